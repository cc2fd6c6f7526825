package id.kanim.drivethru.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kanim.drivethru.booking.BookingStatistics;
import id.kanim.drivethru.capacity.ServiceDays;
import id.kanim.drivethru.office.OfficeSettings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The numbers supervisors use to argue for a bigger quota or more officers: per day and for a period, how
 * the quota was used, what happened at the window, how long a pickup took per lane, and how many applicants
 * were refused because the day was full. Counted from the bookings, the waiting list and the record of
 * refusals ({@link BookingStatistics}), so the numbers always match what happened.
 */
@Service
@Transactional(readOnly = true)
public class Reports {

	/** A report covers at most a year; beyond that the page and the CSV become unreadable anyway. */
	public static final int MAX_DAYS = 366;

	private final BookingStatistics statistics;

	private final ServiceDays serviceDays;

	Reports(BookingStatistics statistics, ServiceDays serviceDays) {
		this.statistics = statistics;
		this.serviceDays = serviceDays;
	}

	/** The report of an office for the dates {@code from} to {@code to}, both included. */
	public PeriodReport period(OfficeSettings office, LocalDate from, LocalDate to) {
		if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw new IllegalArgumentException("A report covers 1 to " + MAX_DAYS + " days");
		}
		var quotas = new HashMap<LocalDate, Integer>();
		var closed = new HashMap<LocalDate, Boolean>();
		for (var day : serviceDays.stored(office, from, to)) {
			quotas.put(day.date(), day.quota());
			closed.put(day.date(), day.closed());
		}
		var perDay = statistics.perDay(office.id(), from, to);
		var total = statistics.total(office.id(), from, to);
		var joins = statistics.waitingListJoins(office.id(), from, to);
		var promotions = statistics.waitingListPromotions(office.id(), from, to);
		var unmet = statistics.unmetDemand(office.id(), from, to);

		var days = new ArrayList<DayReport>();
		for (var date = from; !date.isAfter(to); date = date.plusDays(1)) {
			var row = perDay.get(date);
			boolean served = served(office, date, closed.get(date));
			if (row == null && !served && !unmet.containsKey(date) && !joins.containsKey(date)) {
				continue;
			}
			int quota = served ? quotas.getOrDefault(date, office.defaultQuota()) : 0;
			days.add(toReport(date, quota, row, joins.getOrDefault(date, 0), promotions.getOrDefault(date, 0),
					unmet.getOrDefault(date, 0)));
		}
		var totalReport = toReport(null, days.stream().mapToInt(DayReport::quota).sum(), total,
				sum(joins), sum(promotions), sum(unmet));
		return new PeriodReport(office.code(), from, to, days, totalReport);
	}

	/**
	 * Whether the office served on the date, so that its quota counts. A stored day counts unless it was
	 * closed (by hand or for a holiday), whatever the office's weekdays are now: the report is history. A
	 * date never stored counts only on an open weekday that would start open ({@link ServiceDays#newDay}: not
	 * on a national holiday or collective leave day, closed until a supervisor reopens it, which stores the
	 * day). Counting closed days would
	 * understate how much of the quota was used.
	 *
	 * @param closed the stored day's closed flag, or null when the day was never stored
	 */
	private boolean served(OfficeSettings office, LocalDate date, Boolean closed) {
		if (closed != null) {
			return !closed;
		}
		return office.isOpenWeekday(date) && !serviceDays.newDay(office, date).closed();
	}

	private static int sum(Map<LocalDate, Integer> counts) {
		return counts.values().stream().mapToInt(Integer::intValue).sum();
	}

	private static DayReport toReport(LocalDate date, int quota, BookingStatistics.Numbers row, int joins, int promotions, int unmet) {
		if (row == null) {
			return new DayReport(date, quota, 0, 0, 0, 0, 0, 0, 0, 0, joins, promotions, unmet, null, null,
					DayReport.LaneNumbers.NONE, DayReport.LaneNumbers.NONE, 0);
		}
		return new DayReport(date, quota, row.booked(), row.arrived(), row.collected(), row.noShow(),
				row.taDocuments(), row.taNotReady(), row.taOther(), row.cancelled(), joins, promotions, unmet,
				row.averageWaitSeconds(), row.p90WaitSeconds(), lane(row.car()), lane(row.motorcycle()), row.unfinished());
	}

	private static DayReport.LaneNumbers lane(BookingStatistics.Lane lane) {
		return new DayReport.LaneNumbers(lane.booked(), lane.collected(), lane.averageWaitSeconds(), lane.p90WaitSeconds());
	}

}
