package id.kanim.drivethru.counter;

/**
 * A step an officer (or the end-of-day job) takes with a booking; each is one row of the audit log.
 * {@link #CHECK_DOCUMENT} changes no status: it records one document the officer checked (one row per
 * document, even when "all documents complete" was one click), and it is not a step an undo takes back.
 */
public enum CounterAction {

	ARRIVE, CALL, COLLECT, TURN_AWAY, NO_SHOW, UNDO, END_OF_DAY, CHECK_DOCUMENT,
	/** The end-of-day job closing a car that arrived but was never finished (UNFINISHED). */
	DAY_ENDED,

	/** A supervisor cancels a booking made with someone else's application number (see OwnerCancellation). */
	OWNER_CANCEL;

	/** Steps only the end-of-day job takes: never an officer's, never undone. */
	public boolean isAutomatic() {
		return this == END_OF_DAY || this == DAY_ENDED;
	}

	/** The URL word of an officer's step, such as {@code turn-away}. */
	public String path() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public static CounterAction fromPath(String path) {
		for (var action : values()) {
			if (!action.isAutomatic() && action != CHECK_DOCUMENT && action != OWNER_CANCEL && action.path().equals(path)) {
				return action;
			}
		}
		return null;
	}

}
