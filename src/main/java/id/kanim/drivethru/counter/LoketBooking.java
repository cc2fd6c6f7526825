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
 */
public record LoketBooking(LoketRow row, LocalDate date, List<String> documents, Set<CounterAction> steps,
		LocalTime noShowFrom, boolean undoable, LocalTime finishedAt, String finishedBy, String outcomeReason) {

}
