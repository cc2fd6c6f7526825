package id.kanim.drivethru.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * A period's report: its days and their total.
 */
public record PeriodReport(String officeCode, LocalDate from, LocalDate to, List<DayReport> days, DayReport total) {

	/** Days the office served (a quota above 0), the base for per-day averages. */
	public long servedDays() {
		return days.stream().filter(d -> d.quota() > 0).count();
	}

	/**
	 * The "what if": at the unmet demand observed, how many more places per day would have been used, on
	 * average over the days served (rounded up: a half applicant still needs a place).
	 */
	public int extraPlacesPerDay() {
		long served = servedDays();
		return served == 0 ? 0 : (int) Math.ceil((double) total.unmetDemand() / served);
	}

	/** The average daily quota over the days served. */
	public int averageQuota() {
		long served = servedDays();
		return served == 0 ? 0 : (int) Math.round((double) total.quota() / served);
	}

}
