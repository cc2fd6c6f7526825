package id.kanim.drivethru.notification;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;

import id.kanim.drivethru.booking.Booking;
import id.kanim.drivethru.booking.BookingLinks;
import id.kanim.drivethru.booking.Requirements;
import id.kanim.drivethru.messaging.Channel;
import id.kanim.drivethru.messaging.OutgoingMessage;
import id.kanim.drivethru.messaging.Outbox;
import id.kanim.drivethru.messaging.QueuedMessage;
import id.kanim.drivethru.office.OfficeSettings;
import id.kanim.drivethru.office.Offices;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the messages about a booking in the applicant's language and queues them in the outbox, in the
 * caller's transaction: a short text to the phone (every booking has one) and the full letter to the e-mail
 * address when the applicant gave one. The outbox worker delivers them; nothing here waits for a provider.
 */
@Component
public class Notifier {

	/** What the message is about; each has {@code mail.<name>.subject}, {@code mail.<name>.intro} and {@code phone.<name>}. */
	public enum Topic {

		CONFIRMED, CHANGED, CANCELLED, PROMOTED, REMINDER, CANCELLED_BY_OFFICE

	}

	private final Outbox outbox;

	private final MessageSource messages;

	private final Offices offices;

	private final NotificationSettings settings;

	private final BookingLinks links;

	Notifier(Outbox outbox, MessageSource messages, Offices offices, NotificationSettings settings,
			BookingLinks links) {
		this.links = links;
		this.outbox = outbox;
		this.messages = messages;
		this.offices = offices;
		this.settings = settings;
	}

	/**
	 * Queues the messages in the current transaction (or in one of their own when there is none), so they
	 * are delivered if and only if the change they tell about commits.
	 * @param introArguments fill the topic's intro text (the office's reason for a closure)
	 */
	@Transactional
	public void send(Booking booking, Topic topic, Object... introArguments) {
		var locale = locale(booking);
		var code = booking.getCode().display();
		var messages = new ArrayList<QueuedMessage>(2);
		if (booking.getPhone() != null) {
			messages.add(queued(booking, topic, new OutgoingMessage(Channel.PHONE, booking.getPhone(), null,
					phoneText(booking, topic, locale, introArguments))));
		}
		if (booking.getEmail() != null) {
			var subject = text(locale, "mail." + topic.name() + ".subject", code);
			messages.add(queued(booking, topic, new OutgoingMessage(Channel.EMAIL, booking.getEmail(), subject,
					body(booking, topic, locale, introArguments))));
		}
		// One statement for both: a booking's messages cost one round trip (bench/RESULTS.md).
		outbox.enqueue(messages);
	}

	private static QueuedMessage queued(Booking booking, Topic topic, OutgoingMessage message) {
		return new QueuedMessage(booking.getOfficeId(), booking.getCode().display(), topic.name(),
				"en".equals(booking.getLanguage()) ? "en" : "id", booking.getServiceDate(), message);
	}

	private static Locale locale(Booking booking) {
		return Locale.forLanguageTag("en".equals(booking.getLanguage()) ? "en" : "id");
	}

	/**
	 * The short text for WhatsApp or SMS: what happened, the code, when and where, and the link to see or
	 * change the booking. No name or plate: a phone's lock screen shows it to anyone nearby.
	 */
	String phoneText(Booking booking, Topic topic, Locale locale, Object... introArguments) {
		var office = offices.byId(booking.getOfficeId());
		var date = booking.getServiceDate().format(DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale));
		var time = booking.getSlotStart().format(DateTimeFormatter.ofPattern("HH.mm")) + " " + office.zoneAbbreviation();
		var link = link(booking, topic, office);
		var reason = introArguments.length > 0 ? introArguments[0] : "";
		return text(locale, "phone." + topic.name(), booking.getCode().display(), date, time, office.name(), link,
				reason);
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
		var cancelled = topic == Topic.CANCELLED || topic == Topic.CANCELLED_BY_OFFICE;
		out.append('\n').append(text(locale, cancelled ? "mail.rebook" : "mail.manage", link(booking, topic, office)))
			.append("\n\n");
		out.append(text(locale, "mail.signature", office.name())).append('\n');
		return out.toString();
	}

	/**
	 * Where the message sends the applicant: the booking's own page (a link that opens it in any browser until
	 * its day), or, once it is cancelled, the office's page to book again.
	 */
	private java.net.URI link(Booking booking, Topic topic, OfficeSettings office) {
		if (topic == Topic.CANCELLED || topic == Topic.CANCELLED_BY_OFFICE) {
			return settings.publicUrl().resolve("/kantor/" + office.code());
		}
		return settings.publicUrl().resolve(links.managePath(booking.getCode(), booking.getServiceDate()));
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
