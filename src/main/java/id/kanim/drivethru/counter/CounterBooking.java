package id.kanim.drivethru.counter;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * The booking opened on the loket screen, with what the officer may do next.
 * @param documents keys of the documents to check for its collector type
 * @param steps the steps its status allows now
 * @param noShowFrom from when (office time) a no-show may be recorded
 * @param undoable whether its last step may still be taken back
 * @param nextStep the one step that normally comes next (arrive, call, hand over), or null when finished
 * @param noShowAllowed whether a no-show may be recorded now (else from {@code noShowFrom})
 * @param checkedDocuments the documents already recorded as checked in the audit log
 */
public record CounterBooking(CounterRow row, LocalDate date, List<String> documents, Set<CounterAction> steps,
		LocalTime noShowFrom, boolean undoable, LocalTime finishedAt, String finishedBy, String outcomeReason,
		CounterAction nextStep, boolean noShowAllowed, Set<String> checkedDocuments) {

	/** Whether every document of its collector type has been recorded as checked. */
	public boolean documentsComplete() {
		return checkedDocuments.containsAll(documents);
	}

	public long checkedCount() {
		return documents.stream().filter(checkedDocuments::contains).count();
	}

	/** The steps besides the next one that are offered as plain buttons (turn-away and no-show have their own place). */
	public List<CounterAction> otherSteps() {
		return steps.stream()
			.filter(s -> s != nextStep && s != CounterAction.TURN_AWAY && s != CounterAction.NO_SHOW)
			.toList();
	}

}
