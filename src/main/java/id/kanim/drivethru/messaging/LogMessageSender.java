package id.kanim.drivethru.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log channel: writes the whole message, one-time codes included, so that a developer (and a browser
 * test) can read it without a phone. It carries messages only while no real provider is configured, and
 * copies them beside a real provider only with {@code drivethru.messages.log-content=true}, since every
 * line holds personal data (see {@link RoutingMessageSender}).
 */
class LogMessageSender implements MessageSender {

	private static final Logger log = LoggerFactory.getLogger(LogMessageSender.class);

	@Override
	public void send(OutgoingMessage message) {
		log.info("Message to {} {}: {}\n{}", message.channel(), message.recipient(),
				message.subject() == null ? "" : message.subject(), message.text());
	}

}
