package id.kanim.drivethru.reporting;

import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The report as CSV, one line per day and a total line, with the same numbers as the page, in two forms:
 * <ul>
 * <li>{@link Form#INDONESIAN} (the default download): what Excel set to Indonesian opens into columns
 * without an import wizard. Excel there takes {@code ;} as the list separator and {@code ,} as the decimal
 * mark, and only reads the file as UTF-8 when it starts with a byte order mark; headers are in Indonesian
 * and dates as {@code 31/12/2026}.</li>
 * <li>{@link Form#PLAIN}: {@code ,} and a decimal point, ISO dates, English column identifiers and no byte
 * order mark, for scripts and spreadsheets set to English, which can rely on it whatever the reader's
 * language.</li>
 * </ul>
 */
public final class ReportCsv {

	/** The column identifiers of the plain form, in order; the Indonesian headers are their message keys. */
	public static final List<String> COLUMNS = List.of("date", "quota", "booked", "quota_use_percent", "arrived",
			"collected", "no_show", "turned_away_documents", "turned_away_not_ready", "turned_away_other",
			"cancelled", "waiting_joins", "waiting_promotions", "unmet_demand", "avg_wait_minutes",
			"p90_wait_minutes", "car_booked", "car_collected", "car_avg_wait_minutes", "car_p90_wait_minutes",
			"motorcycle_booked", "motorcycle_collected", "motorcycle_avg_wait_minutes",
			"motorcycle_p90_wait_minutes", "unfinished");

	static final String HEADER = String.join(",", COLUMNS);

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final DateTimeFormatter INDONESIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	public enum Form {

		INDONESIAN, PLAIN;

		/** The form a download asks for ({@code format=plain}); anything else is the Indonesian default. */
		public static Form of(String parameter) {
			return "plain".equalsIgnoreCase(parameter) ? PLAIN : INDONESIAN;
		}

	}

	private ReportCsv() {
	}

	/** The plain form as text. */
	public static String of(PeriodReport report) {
		var csv = new StringBuilder(HEADER).append("\r\n");
		for (var day : report.days()) {
			line(csv, day.date().toString(), day, ",", Locale.ROOT);
		}
		line(csv, "total", report.total(), ",", Locale.ROOT);
		return csv.toString();
	}

	/**
	 * The Indonesian form as text, without the byte order mark.
	 * @param header the Indonesian header of a column identifier (from the message bundle)
	 * @param totalLabel the label of the total line ("Jumlah")
	 */
	public static String indonesian(PeriodReport report, Function<String, String> header, String totalLabel) {
		var headers = new ArrayList<String>();
		for (var column : COLUMNS) {
			headers.add(quote(header.apply(column)));
		}
		var csv = new StringBuilder(String.join(";", headers)).append("\r\n");
		for (var day : report.days()) {
			line(csv, INDONESIAN_DATE.format(day.date()), day, ";", INDONESIAN);
		}
		line(csv, quote(totalLabel), report.total(), ";", INDONESIAN);
		return csv.toString();
	}

	/** The file's bytes: UTF-8, with the byte order mark Excel needs for the Indonesian form. */
	public static byte[] bytes(Form form, String csv) {
		var text = csv.getBytes(StandardCharsets.UTF_8);
		if (form == Form.PLAIN) {
			return text;
		}
		var withBom = new byte[BOM.length + text.length];
		System.arraycopy(BOM, 0, withBom, 0, BOM.length);
		System.arraycopy(text, 0, withBom, BOM.length, text.length);
		return withBom;
	}

	private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

	private static void line(StringBuilder csv, String label, DayReport d, String separator, Locale locale) {
		csv.append(String.join(separator, label, n(d.quota()), n(d.booked()), n(d.quotaUsePercent()), n(d.arrived()),
				n(d.collected()), n(d.noShow()), n(d.turnedAwayDocuments()), n(d.turnedAwayNotReady()),
				n(d.turnedAwayOther()), n(d.cancelled()), n(d.waitingJoins()), n(d.waitingPromotions()),
				n(d.unmetDemand()), minutes(d.averageWaitSeconds(), locale), minutes(d.p90WaitSeconds(), locale),
				n(d.car().booked()), n(d.car().collected()), minutes(d.car().averageWaitSeconds(), locale),
				minutes(d.car().p90WaitSeconds(), locale), n(d.motorcycle().booked()), n(d.motorcycle().collected()),
				minutes(d.motorcycle().averageWaitSeconds(), locale), minutes(d.motorcycle().p90WaitSeconds(), locale),
				n(d.unfinished())))
			.append("\r\n");
	}

	private static String n(int value) {
		return String.valueOf(value);
	}

	/** A header in quotes, doubled inside, so a translation with a separator cannot shift the columns. */
	private static String quote(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	/** Minutes with one decimal and a decimal point, or empty when nothing was measured. */
	public static String minutes(Double seconds) {
		return minutes(seconds, Locale.ROOT);
	}

	/** "average / P90" in minutes for the page, or a dash when nothing was measured (not a lone "/"). */
	public static String minutesPair(Locale locale, Double average, Double p90) {
		if (average == null && p90 == null) {
			return "—";
		}
		return minutes(average, locale) + " / " + minutes(p90, locale);
	}

	/** As {@link #minutes(Double, Locale)}, in the order templates read best: {@code minutes(#locale, x)}. */
	public static String minutes(Locale locale, Double seconds) {
		return minutes(seconds, locale);
	}

	/**
	 * Minutes with one decimal in the reader's language ("2,4" in Indonesian, "2.4" in English), or empty
	 * when nothing was measured.
	 */
	public static String minutes(Double seconds, Locale locale) {
		if (seconds == null) {
			return "";
		}
		var format = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(
				"id".equals(locale.getLanguage()) ? INDONESIAN : Locale.ROOT));
		format.setRoundingMode(java.math.RoundingMode.HALF_UP);
		return format.format(seconds / 60);
	}

}
