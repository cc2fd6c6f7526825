package id.kanim.drivethru.messaging;

/**
 * A provider did not take the message. {@code permanent} says whether trying again can help (a refused
 * number) or not worth waiting for (a timeout, a 5xx: retry later).
 */
public class MessageDeliveryException extends RuntimeException {

	private final boolean permanent;

	public MessageDeliveryException(String message, boolean permanent, Throwable cause) {
		super(message, cause);
		this.permanent = permanent;
	}

	public boolean isPermanent() {
		return this.permanent;
	}

}
