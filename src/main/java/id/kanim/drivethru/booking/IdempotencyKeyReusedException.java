package id.kanim.drivethru.booking;

/**
 * An idempotency key came back with a request other than the one it was first used for. Refused without a
 * word about the booking the key made: it may belong to someone else.
 */
public class IdempotencyKeyReusedException extends RuntimeException {

	public IdempotencyKeyReusedException() {
		super("The idempotency key was used for another request", null, false, false);
	}

}
