package id.kanim.drivethru.office;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * The settings a supervisor changes for the office as a whole; new service days start from them.
 *
 * @param motorcycleQuota the motorcycle lane's own daily quota, counted inside the day's total; null for none
 * @param sameDayBookingUntil until when (office time) today's free places can still be booked; null: bookings
 * start tomorrow
 */
public record OfficeDefaults(LocalTime opensAt, LocalTime closesAt, int slotMinutes, int defaultQuota,
		int defaultSlotCapacity, Set<DayOfWeek> openWeekdays, int bookingHorizonDays, boolean proxiesAllowed,
		boolean readyListRequired, Integer motorcycleQuota, LocalTime sameDayBookingUntil) {

	/** Without same-day booking (off by default). */
	public OfficeDefaults(LocalTime opensAt, LocalTime closesAt, int slotMinutes, int defaultQuota,
			int defaultSlotCapacity, Set<DayOfWeek> openWeekdays, int bookingHorizonDays, boolean proxiesAllowed,
			boolean readyListRequired, Integer motorcycleQuota) {
		this(opensAt, closesAt, slotMinutes, defaultQuota, defaultSlotCapacity, openWeekdays, bookingHorizonDays,
				proxiesAllowed, readyListRequired, motorcycleQuota, null);
	}

	public static OfficeDefaults of(OfficeSettings settings) {
		return new OfficeDefaults(settings.opensAt(), settings.closesAt(), settings.slotMinutes(),
				settings.defaultQuota(), settings.defaultSlotCapacity(), settings.openWeekdays(),
				settings.bookingHorizonDays(), settings.proxiesAllowed(), settings.readyListRequired(),
				settings.motorcycleQuota(), settings.sameDayBookingUntil());
	}

	/** Whether the hours hold at least one whole slot. */
	public boolean hoursHoldASlot() {
		return opensAt != null && closesAt != null && opensAt.isBefore(closesAt)
				&& !opensAt.plusMinutes(slotMinutes).isAfter(closesAt);
	}

}
