package id.kanim.drivethru.messaging;

/**
 * The port. An implementation delivers the message now, within a few seconds, or throws
 * {@link MessageDeliveryException}: it never blocks a caller for longer than its timeouts.
 */
public interface MessageSender {

	void send(OutgoingMessage message);

}
