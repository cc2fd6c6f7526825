package id.kanim.drivethru.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The default while no provider is configured: the message is written to the log, so that a developer
 * (and a browser test) can read a one-time code without a phone. Only for trying the app locally: it prints
 * personal data, which is why a real deployment configures a provider. (Routing between this and the real
 * providers is to come; until then this is the only sender.)
 */
@Component
class LogMessageSender implements MessageSender {

	private static final Logger log = LoggerFactory.getLogger(LogMessageSender.class);

	LogMessageSender() {
		log.warn("No message provider is configured: messages to applicants are written to this log");
	}

	@Override
	public void send(OutgoingMessage message) {
		log.info("Message to {} {}: {}\n{}", message.channel(), message.recipient(),
				message.subject() == null ? "" : message.subject(), message.text());
	}

}
