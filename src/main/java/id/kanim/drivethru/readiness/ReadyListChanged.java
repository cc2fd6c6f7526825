package id.kanim.drivethru.readiness;

/**
 * A supervisor corrected or removed one entry of the ready list. Published inside the change's
 * transaction, so the change log that listens records it together with the change, or not at all.
 *
 * @param before the entry as it was ("number (issue date)")
 * @param after the entry as it is now; null when removed
 */
public record ReadyListChanged(long officeId, String actor, Kind kind, String before, String after) {

	public enum Kind {

		CORRECTED, REMOVED

	}

}
