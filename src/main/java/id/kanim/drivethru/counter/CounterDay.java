package id.kanim.drivethru.counter;

import java.time.LocalDate;
import java.util.List;

/**
 * Today at one office's drive-thru: the bookings in slot order and the counts at the top of the screen.
 * @param arrived bookings whose car came (waiting, collected or turned away)
 * @param remainingQuota places of the day not taken by any booking
 */
public record CounterDay(LocalDate date, List<CounterRow> rows, long expected, long arrived, long collected,
		long turnedAway, long noShow, int remainingQuota) {

}
