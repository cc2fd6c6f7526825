package id.kanim.drivethru.readiness;

/** A correction or removal of a ready-list entry that was not made, and why. */
public class ReadyListChangeRefusedException extends RuntimeException {

	public enum Reason {

		NOT_LISTED, INVALID_NUMBER, ALREADY_LISTED;

		/** The message key of the reason, for the page. */
		public String messageKey() {
			return "ready.refused." + name();
		}

	}

	private final Reason reason;

	public ReadyListChangeRefusedException(Reason reason) {
		super(reason.name());
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
