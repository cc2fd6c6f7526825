package id.kanim.drivethru.messaging;

import java.util.EnumMap;
import java.util.Map;

/**
 * The one {@link MessageSender} the rest of the app sees: it hands each message to the provider configured
 * for its channel. While no real provider is configured at all (a developer's laptop), the log carries
 * everything. Once one is, the log carries nothing: a channel without a provider is not carried (callers
 * ask {@link #carries(Channel)} and the outbox queues nothing for it), and texts reach the log only when
 * {@code drivethru.messages.log-content=true}.
 */
public class RoutingMessageSender implements MessageSender {

	private final Map<Channel, MessageSender> providers;

	private final LogMessageSender log;

	private final boolean copyToLog;

	RoutingMessageSender(MessageSender phone, MessageSender email, boolean logContent) {
		this.log = new LogMessageSender();
		this.providers = new EnumMap<>(Channel.class);
		if (phone == null && email == null) {
			providers.put(Channel.PHONE, log);
			providers.put(Channel.EMAIL, log);
			this.copyToLog = false;
		}
		else {
			if (phone != null) {
				providers.put(Channel.PHONE, phone);
			}
			if (email != null) {
				providers.put(Channel.EMAIL, email);
			}
			this.copyToLog = logContent;
		}
	}

	/** Whether messages to this kind of address reach anyone (the log counts while no provider is configured). */
	public boolean carries(Channel channel) {
		return providers.containsKey(channel);
	}

	/** Whether the log is the only channel, as on a developer's machine. */
	public boolean logOnly() {
		return providers.values().stream().allMatch(LogMessageSender.class::isInstance);
	}

	@Override
	public void send(OutgoingMessage message) {
		var provider = providers.get(message.channel());
		if (provider == null) {
			throw new MessageDeliveryException("No provider carries " + message.channel() + " messages", true, null);
		}
		provider.send(message);
		if (copyToLog) {
			log.send(message);
		}
	}

}
