package id.kanim.drivethru.messaging;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A message for the outbox, with what supervisors and the retention job need to know about it.
 *
 * @param officeId the office whose supervisors see it if it cannot be delivered
 * @param reference the booking code it is about (may be null)
 * @param topic what it is about ({@code CONFIRMED}, {@code REMINDER}, ...)
 * @param language the language it is written in
 * @param serviceDate the pickup day it is about, from which its 90 days of retention count (may be null)
 * @param message the message itself
 */
public record QueuedMessage(long officeId, String reference, String topic, String language, LocalDate serviceDate,
		OutgoingMessage message) {

	public QueuedMessage {
		Objects.requireNonNull(topic, "topic");
		Objects.requireNonNull(language, "language");
		Objects.requireNonNull(message, "message");
	}

}
