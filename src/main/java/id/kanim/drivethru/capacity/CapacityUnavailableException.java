package id.kanim.drivethru.capacity;

/** The day or slot has no place left, or the day is closed. Rolls back the transaction it is thrown in. */
public class CapacityUnavailableException extends RuntimeException {

	public enum Reason {

		DAY_FULL, SLOT_FULL, DAY_CLOSED, MOTORCYCLE_LANE_FULL

	}

	private final Reason reason;

	public CapacityUnavailableException(Reason reason) {
		super(reason.name(), null, false, false);
		this.reason = reason;
	}

	public Reason getReason() {
		return reason;
	}

}
