package id.kanim.drivethru.messaging;

import java.util.Objects;

/**
 * One message to one applicant, already written in their language: adapters only carry it.
 *
 * @param channel the kind of address
 * @param recipient the phone number (E.164) or e-mail address
 * @param subject a short subject (e-mail subject; phone adapters may leave it out)
 * @param text the whole text
 */
public record OutgoingMessage(Channel channel, String recipient, String subject, String text) {

	public OutgoingMessage {
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(text, "text");
	}

}
