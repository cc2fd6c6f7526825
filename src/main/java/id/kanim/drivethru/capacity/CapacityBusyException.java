package id.kanim.drivethru.capacity;

/**
 * A capacity change that PostgreSQL kept aborting (deadlock or serialization failure) even after being run
 * again a few times. Nothing of it was committed; the caller should try again in a moment (503).
 */
public class CapacityBusyException extends RuntimeException {

	public CapacityBusyException(Throwable cause) {
		super("The capacity change failed after its retries; nothing was changed", cause);
	}

}
