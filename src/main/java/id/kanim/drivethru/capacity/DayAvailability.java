package id.kanim.drivethru.capacity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/**
 * One day as the availability page and API show it.
 *
 * @param closedReason why a closed day is closed, for applicants; {@code null} on other days
 * @param holiday the national holiday or collective leave on that date, if any (even when reopened)
 * @param motorcycleQuota the motorcycle lane's own quota that day, or null when the lane has none
 * @param motorcycleRemaining places left for motorcycles (never more than the day has left), or null
 */
public record DayAvailability(LocalDate date, DayStatus status, int quota, int booked, int remaining,
		String closedReason, Holiday holiday, List<SlotAvailability> slots, Integer motorcycleQuota,
		Integer motorcycleRemaining) {

	/** Why the day is closed, in the reader's language where the reason is a known holiday. */
	public String closedReason(Locale locale) {
		if (status != DayStatus.CLOSED) {
			return null;
		}
		if (holiday != null && holiday.closureReason().equals(closedReason)) {
			return holiday.name(locale);
		}
		return closedReason;
	}

	public boolean isOpen() {
		return status == DayStatus.OPEN;
	}

	public record SlotAvailability(LocalTime start, LocalTime end, int capacity, int remaining) {

		public boolean isAvailable() {
			return remaining > 0;
		}

	}

}
