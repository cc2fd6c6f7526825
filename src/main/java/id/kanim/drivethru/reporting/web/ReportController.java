package id.kanim.drivethru.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.office.OfficeSettings;
import id.kanim.drivethru.reporting.DayReport;
import id.kanim.drivethru.reporting.PeriodReport;
import id.kanim.drivethru.reporting.ReportCsv;
import id.kanim.drivethru.reporting.Reports;
import id.kanim.drivethru.reporting.SvgCharts;
import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.staff.OfficeScope;
import id.kanim.drivethru.staff.StaffUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Reports for supervisors: a period on screen with charts, the same numbers as CSV, and a printable
 * monthly summary. A supervisor sees their own office; an administrator may choose one.
 */
@Controller
@RequestMapping("/staff/laporan")
class ReportController {

	private static final java.util.Locale INDONESIAN = java.util.Locale.forLanguageTag("id");

	private final OfficeScope scope;

	private final Offices offices;

	private final Reports reports;

	private final MessageSource messages;

	private final Clock clock;

	ReportController(Offices offices, Reports reports, MessageSource messages, Clock clock, OfficeScope scope) {
		this.scope = scope;
		this.offices = offices;
		this.reports = reports;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String period(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String office,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
		var settings = officeFor(user, office);
		var today = settings.today(clock);
		var period = DateRange.of(from, to, today);
		if (period.isEmpty()) {
			model.addAttribute("periodError", true);
		}
		var shown = period.orElseGet(() -> DateRange.thisMonth(today));
		return show(user, settings, reports.period(settings, shown.first(), shown.last()), model, "reporting/period");
	}

	@GetMapping("/bulanan")
	String month(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String office,
			@RequestParam(required = false) String month, Model model) {
		var settings = officeFor(user, office);
		YearMonth chosen;
		try {
			chosen = month == null ? YearMonth.from(settings.today(clock)) : YearMonth.parse(month);
		}
		catch (DateTimeParseException ex) {
			chosen = YearMonth.from(settings.today(clock));
		}
		model.addAttribute("month", chosen);
		return show(user, settings, reports.period(settings, chosen.atDay(1), chosen.atEndOfMonth()), model,
				"reporting/month");
	}

	@GetMapping(value = "/csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String office,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String format) {
		var settings = officeFor(user, office);
		var period = DateRange.of(from, to, settings.today(clock));
		if (period.isEmpty()) {
			return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
				.body(text("report.period.invalid").getBytes(StandardCharsets.UTF_8));
		}
		var first = period.get().first();
		var last = period.get().last();
		var report = reports.period(settings, first, last);
		var form = ReportCsv.Form.of(format);
		var filename = "laporan-drivethru-" + settings.code() + "-" + first + "-" + last
				+ (form == ReportCsv.Form.PLAIN ? "-plain" : "") + ".csv";
		// The Indonesian form's headers are Indonesian whatever the page's language: it is made for Excel
		// set to Indonesian, as the offices' PCs are.
		var csv = form == ReportCsv.Form.PLAIN ? ReportCsv.of(report)
				: ReportCsv.indonesian(report, column -> messages.getMessage("report.csv." + column, null, INDONESIAN),
						messages.getMessage("report.total", null, INDONESIAN));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(ReportCsv.bytes(form, csv));
	}

	private String show(StaffUser user, OfficeSettings office, PeriodReport report, Model model, String view) {
		model.addAttribute("office", office);
		model.addAttribute("admin", user.has(StaffRole.ADMIN));
		model.addAttribute("offices", user.has(StaffRole.ADMIN) ? offices.all() : List.of(office));
		model.addAttribute("report", report);
		model.addAttribute("bookedChart", SvgCharts.barsWithLimit(report.days(), DayReport::booked, DayReport::quota,
				text("report.chart.booked"), "bar-booked"));
		model.addAttribute("unmetChart", SvgCharts.barsWithLimit(report.days(), DayReport::unmetDemand, null,
				text("report.chart.unmet"), "bar-unmet"));
		model.addAttribute("waitChart", SvgCharts.barsWithLimit(report.days(),
				d -> d.averageWaitSeconds() == null ? 0 : d.averageWaitSeconds() / 60,
				d -> d.p90WaitSeconds() == null ? 0 : d.p90WaitSeconds() / 60, text("report.chart.wait"), "bar-wait"));
		return view;
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	/** The dates a report covers, first and last included. */
	private record DateRange(LocalDate first, LocalDate last) {

		/** From the first of this month to today. */
		static DateRange thisMonth(LocalDate today) {
			return new DateRange(today.withDayOfMonth(1), today);
		}

		/**
		 * The period asked for, this month until today where a date is not given; empty when a date cannot be
		 * read, the period runs backwards or is longer than a report may be.
		 */
		static Optional<DateRange> of(String from, String to, LocalDate today) {
			var first = parse(from, today.withDayOfMonth(1));
			var last = parse(to, today);
			if (first == null || last == null || last.isBefore(first)
					|| ChronoUnit.DAYS.between(first, last) >= Reports.MAX_DAYS) {
				return Optional.empty();
			}
			return Optional.of(new DateRange(first, last));
		}

		private static LocalDate parse(String text, LocalDate fallback) {
			if (text == null || text.isBlank()) {
				return fallback;
			}
			try {
				return LocalDate.parse(text.strip());
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}

	}

	private OfficeSettings officeFor(StaffUser user, String code) {
		return scope.officeFor(user, code);
	}

}
