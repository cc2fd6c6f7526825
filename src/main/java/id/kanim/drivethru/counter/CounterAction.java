package id.kanim.drivethru.counter;

/** A step an officer (or the end-of-day job) takes with a booking; each is one row of the audit log. */
public enum CounterAction {

	ARRIVE, CALL, COLLECT, TURN_AWAY, NO_SHOW, UNDO, END_OF_DAY,

	/** A supervisor cancels a booking made with someone else's application number (see OwnerCancellation). */
	OWNER_CANCEL;

	/** The URL word of an officer's step, such as {@code turn-away}. */
	public String path() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public static CounterAction fromPath(String path) {
		for (var action : values()) {
			if (action != END_OF_DAY && action != OWNER_CANCEL && action.path().equals(path)) {
				return action;
			}
		}
		return null;
	}

}
