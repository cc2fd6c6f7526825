package id.kanim.drivethru.messaging;

import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sends e-mail through the SMTP server Boot configures from {@code spring.mail.*}. JavaMail waits forever
 * for a server that accepts a connection and never answers, so the connect, read and write timeouts are set
 * here unless {@code spring.mail.properties.mail.smtp.*} already sets them.
 */
class MailMessageSender implements MessageSender {

	private final JavaMailSender mail;

	private final String from;

	MailMessageSender(JavaMailSender mail, String from, MessagesSettings settings) {
		this.mail = mail;
		this.from = from;
		if (mail instanceof JavaMailSenderImpl impl) {
			var properties = impl.getJavaMailProperties();
			var connect = String.valueOf(settings.connectTimeout().toMillis());
			var read = String.valueOf(settings.readTimeout().toMillis());
			for (var protocol : new String[] { "smtp", "smtps" }) {
				properties.putIfAbsent("mail." + protocol + ".connectiontimeout", connect);
				properties.putIfAbsent("mail." + protocol + ".timeout", read);
				properties.putIfAbsent("mail." + protocol + ".writetimeout", read);
			}
		}
	}

	@Override
	public void send(OutgoingMessage message) {
		if (message.channel() != Channel.EMAIL) {
			throw new MessageDeliveryException("SMTP carries e-mail only", true, null);
		}
		var out = new SimpleMailMessage();
		out.setFrom(from);
		out.setTo(message.recipient());
		out.setSubject(message.subject());
		out.setText(message.text());
		try {
			mail.send(out);
		}
		catch (MailParseException | MailPreparationException ex) {
			// The address or the message itself is bad: another try would fail the same way.
			throw new MessageDeliveryException("SMTP refused the message: " + ex.getClass().getSimpleName(), true, null);
		}
		catch (MailException ex) {
			// Only the class: JavaMail's texts quote the recipient's address.
			throw new MessageDeliveryException("SMTP failed: " + rootCause(ex).getClass().getSimpleName(), false, null);
		}
	}

	private static Throwable rootCause(Throwable ex) {
		var cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

}
