package id.kanim.drivethru.capacity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One day as the availability page and API show it.
 *
 * @param closedReason why a closed day is closed, for applicants; {@code null} on other days
 */
public record DayAvailability(LocalDate date, DayStatus status, int quota, int booked, int remaining,
		String closedReason, List<SlotAvailability> slots) {

	public boolean isOpen() {
		return status == DayStatus.OPEN;
	}

	public record SlotAvailability(LocalTime start, LocalTime end, int capacity, int remaining) {

		public boolean isAvailable() {
			return remaining > 0;
		}

	}

}
