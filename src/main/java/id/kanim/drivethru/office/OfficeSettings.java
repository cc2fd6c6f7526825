package id.kanim.drivethru.office;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import id.kanim.drivethru.infrastructure.web.PageOffice;

/**
 * An office's settings, immutable, so the booking path can use a cached copy without touching the database.
 *
 * @param readyListRequired whether only application numbers on the office's ready list may book
 * @param motorcycleQuota the motorcycle lane's own daily quota, inside the day's total; null for none
 * @param sameDayBookingUntil until when (office time) today's free places can still be booked; null (the
 * default): applicants book from tomorrow on
 */
public record OfficeSettings(Long id, String code, String name, String address, ZoneId zone, LocalTime opensAt,
		LocalTime closesAt, int slotMinutes, int defaultQuota, int defaultSlotCapacity, Set<DayOfWeek> openWeekdays,
		int bookingHorizonDays, boolean proxiesAllowed, boolean readyListRequired, Integer motorcycleQuota,
		LocalTime sameDayBookingUntil) implements PageOffice {

	/** Without same-day booking. */
	public OfficeSettings(Long id, String code, String name, String address, ZoneId zone, LocalTime opensAt,
			LocalTime closesAt, int slotMinutes, int defaultQuota, int defaultSlotCapacity,
			Set<DayOfWeek> openWeekdays, int bookingHorizonDays, boolean proxiesAllowed, boolean readyListRequired,
			Integer motorcycleQuota) {
		this(id, code, name, address, zone, opensAt, closesAt, slotMinutes, defaultQuota, defaultSlotCapacity,
				openWeekdays, bookingHorizonDays, proxiesAllowed, readyListRequired, motorcycleQuota, null);
	}

	/** Today in the office's own time zone: a booking made at 23:30 WIB belongs to that WIB day. */
	public LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(zone));
	}

	/**
	 * The first bookable date: tomorrow, or today while the office takes same-day bookings and its
	 * same-day time has not passed.
	 */
	public LocalDate firstBookableDate(Clock clock) {
		return sameDayBookingOpen(clock) ? today(clock) : today(clock).plusDays(1);
	}

	/** Whether today's free places can be booked right now. */
	public boolean sameDayBookingOpen(Clock clock) {
		return sameDayBookingUntil != null && LocalTime.now(clock.withZone(zone)).isBefore(sameDayBookingUntil);
	}

	/**
	 * Whether a slot of this date is over already (it ended before now, office time): only today's can be,
	 * once same-day booking lets today be booked at all.
	 */
	public boolean slotOver(LocalDate date, LocalTime slotEnd, Clock clock) {
		return date.equals(today(clock)) && !LocalTime.now(clock.withZone(zone)).isBefore(slotEnd);
	}

	public LocalDate lastBookableDate(Clock clock) {
		return today(clock).plusDays(bookingHorizonDays);
	}

	public boolean withinHorizon(LocalDate date, Clock clock) {
		return !date.isBefore(firstBookableDate(clock)) && !date.isAfter(lastBookableDate(clock));
	}

	public boolean isOpenWeekday(LocalDate date) {
		return openWeekdays.contains(date.getDayOfWeek());
	}

	/** The windows a day is cut into: from opening, one every slot length, the last ending by closing time. */
	public List<SlotTime> slotTimes() {
		var slots = new ArrayList<SlotTime>();
		var start = opensAt;
		while (true) {
			var end = start.plusMinutes(slotMinutes);
			if (end.isAfter(closesAt) || !end.isAfter(start)) {
				return List.copyOf(slots);
			}
			slots.add(new SlotTime(start, end));
			start = end;
		}
	}

	/**
	 * The zone as Indonesians write it (WIB, WITA, WIT), or its id for zones outside Indonesia.
	 */
	public String zoneAbbreviation() {
		return switch (zone.getId()) {
			case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
			case "Asia/Makassar" -> "WITA";
			case "Asia/Jayapura" -> "WIT";
			default -> zone.getId();
		};
	}

	/** The open weekdays for people: "Senin–Jumat" for a run of days, "Senin, Rabu" otherwise. */
	public String openWeekdaysText(Locale locale) {
		var days = openWeekdays.stream().sorted().toList();
		if (days.isEmpty()) {
			return "";
		}
		boolean consecutive = days.get(days.size() - 1).getValue() - days.get(0).getValue() == days.size() - 1;
		if (consecutive && days.size() > 2) {
			return name(days.get(0), locale) + "–" + name(days.get(days.size() - 1), locale);
		}
		return days.stream().map(d -> name(d, locale)).collect(Collectors.joining(", "));
	}

	private static String name(DayOfWeek day, Locale locale) {
		return day.getDisplayName(TextStyle.FULL, locale);
	}

	public Optional<SlotTime> slotStartingAt(LocalTime start) {
		return slotTimes().stream().filter(s -> s.start().equals(start)).findFirst();
	}

	/** One time window of a service day. */
	public record SlotTime(LocalTime start, LocalTime end) {
	}

}
