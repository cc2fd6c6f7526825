package id.kanim.drivethru.reporting;

import java.util.Locale;

/**
 * The report as CSV, one line per day and a total line, with the same numbers as the page. Columns are in
 * English identifiers so spreadsheets and scripts can rely on them whatever the reader's language.
 */
public final class ReportCsv {

	static final String HEADER = "date,quota,booked,quota_use_percent,arrived,collected,no_show,"
			+ "turned_away_documents,turned_away_not_ready,turned_away_other,cancelled,waiting_joins,"
			+ "waiting_promotions,unmet_demand,avg_wait_minutes,p90_wait_minutes,car_booked,car_collected,"
			+ "car_avg_wait_minutes,car_p90_wait_minutes,motorcycle_booked,motorcycle_collected,"
			+ "motorcycle_avg_wait_minutes,motorcycle_p90_wait_minutes,unfinished";

	private ReportCsv() {
	}

	public static String of(PeriodReport report) {
		var csv = new StringBuilder(HEADER).append("\r\n");
		for (var day : report.days()) {
			line(csv, day.date().toString(), day);
		}
		line(csv, "total", report.total());
		return csv.toString();
	}

	private static void line(StringBuilder csv, String label, DayReport d) {
		csv.append(String.join(",", label, n(d.quota()), n(d.booked()), n(d.quotaUsePercent()), n(d.arrived()),
				n(d.collected()), n(d.noShow()), n(d.turnedAwayDocuments()), n(d.turnedAwayNotReady()),
				n(d.turnedAwayOther()), n(d.cancelled()), n(d.waitingJoins()), n(d.waitingPromotions()),
				n(d.unmetDemand()), minutes(d.averageWaitSeconds()), minutes(d.p90WaitSeconds()), n(d.car().booked()),
				n(d.car().collected()), minutes(d.car().averageWaitSeconds()), minutes(d.car().p90WaitSeconds()),
				n(d.motorcycle().booked()), n(d.motorcycle().collected()),
				minutes(d.motorcycle().averageWaitSeconds()), minutes(d.motorcycle().p90WaitSeconds()),
				n(d.unfinished())))
			.append("\r\n");
	}

	private static String n(int value) {
		return String.valueOf(value);
	}

	/** Minutes with one decimal, or empty when nothing was measured. */
	public static String minutes(Double seconds) {
		return seconds == null ? "" : String.format(Locale.ROOT, "%.1f", seconds / 60);
	}

}
