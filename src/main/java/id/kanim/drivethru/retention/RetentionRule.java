package id.kanim.drivethru.retention;

/**
 * Removes (or blanks) what one feature keeps about people for longer than it may. Runs inside the nightly
 * retention transaction, after an advisory lock has made it the only run across all instances. It must be
 * idempotent: a conditional UPDATE or DELETE that leaves nothing for a second run to change.
 */
public interface RetentionRule {

	/** What the rule covers, for the job's log line (no personal data). */
	String name();

	/** Applies the rule; returns how many rows it changed or removed. */
	int apply(RetentionCutoff cutoff);

}
