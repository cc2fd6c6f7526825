package id.kanim.drivethru.notification;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kanim.drivethru.booking.Booking;
import id.kanim.drivethru.booking.Requirements;
import id.kanim.drivethru.office.Offices;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Writes a message about a booking in the applicant's language and sends it by e-mail when SMTP is
 * configured ({@code spring.mail.host}, which makes Boot provide a {@link JavaMailSender}); otherwise, or
 * when the applicant gave no address, the message goes to the log.
 */
@Component
public class Notifier {

	private static final Logger log = LoggerFactory.getLogger(Notifier.class);

	/** What the message is about; each has {@code mail.<name>.subject} and {@code mail.<name>.intro}. */
	public enum Topic {

		CONFIRMED, CHANGED, CANCELLED, PROMOTED, REMINDER, CANCELLED_BY_OFFICE

	}

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MessageSource messages;

	private final Offices offices;

	private final NotificationSettings settings;

	Notifier(ObjectProvider<JavaMailSender> mailSender, MessageSource messages, Offices offices,
			NotificationSettings settings) {
		this.mailSender = mailSender;
		this.messages = messages;
		this.offices = offices;
		this.settings = settings;
	}

	/**
	 * Sends the message; a failure of the mail server is thrown to the caller.
	 * @param introArguments fill the topic's intro text (the office's reason for a closure)
	 */
	public void send(Booking booking, Topic topic, Object... introArguments) {
		var locale = Locale.forLanguageTag("en".equals(booking.getLanguage()) ? "en" : "id");
		var subject = text(locale, "mail." + topic.name() + ".subject", booking.getCode().display());
		var body = body(booking, topic, locale, introArguments);
		var sender = mailSender.getIfAvailable();
		if (sender == null || booking.getEmail() == null) {
			log.info("Message to applicant of booking {} ({}): {}\n{}", booking.getCode(), topic, subject, body);
			return;
		}
		var mail = new SimpleMailMessage();
		mail.setFrom(settings.from());
		mail.setTo(booking.getEmail());
		mail.setSubject(subject);
		mail.setText(body);
		sender.send(mail);
	}

	String body(Booking booking, Topic topic, Locale locale, Object... introArguments) {
		var office = offices.byId(booking.getOfficeId());
		var date = booking.getServiceDate().format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale));
		var time = booking.getSlotStart().format(DateTimeFormatter.ofPattern("HH.mm")) + "–"
				+ booking.getSlotEnd().format(DateTimeFormatter.ofPattern("HH.mm")) + " " + office.zoneAbbreviation();
		var out = new StringBuilder();
		out.append(text(locale, "mail.greeting", booking.getFullName())).append("\n\n");
		out.append(text(locale, "mail." + topic.name() + ".intro", introArguments)).append("\n\n");
		out.append(text(locale, "mail.details", booking.getCode().display(), office.name(), office.address(), date,
				time, booking.getPlateNumber())).append("\n");
		if (topic != Topic.CANCELLED && topic != Topic.CANCELLED_BY_OFFICE) {
			out.append('\n').append(text(locale, "requirements.heading." + booking.getCollectorType().name(),
					booking.getCollectorName() == null ? "" : booking.getCollectorName())).append('\n');
			for (var key : Requirements.keys(booking.getCollectorType())) {
				out.append("- ").append(text(locale, key)).append('\n');
			}
			out.append('\n').append(text(locale, "booking.deadline.warning")).append('\n');
		}
		out.append('\n').append(text(locale, "mail.manage", settings.publicUrl().resolve("/booking/cek"))).append("\n\n");
		out.append(text(locale, "mail.signature", office.name())).append('\n');
		return out.toString();
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
