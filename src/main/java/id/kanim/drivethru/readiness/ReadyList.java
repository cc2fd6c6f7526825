package id.kanim.drivethru.readiness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import id.kanim.drivethru.office.Offices;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's list of passports ready for pickup. Uploaded as CSV
 * ({@code application_number[,issued_on[,phone]]}, a header line optional, dates as {@code 2026-11-30} or {@code 30/11/2026}); a new upload adds to the list
 * and updates issue dates and phones. A phone binds the number to its owner: only that phone may book it. A file with any bad line is refused whole, with every bad line reported.
 */
@Service
@Transactional
public class ReadyList {

	/** A passport not collected within 30 days of issue is cancelled. */
	public static final int COLLECTION_DAYS = 30;

	static final int MAX_LINES = 20_000;

	private static final Pattern APPLICATION_NUMBER = Pattern.compile("[A-Z0-9]{6,32}");

	// Strict, so that 31/02/2026 is an error rather than quietly the 28th.
	private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(java.time.format.ResolverStyle.STRICT);

	private final JdbcClient jdbc;

	private final Offices offices;

	private final Clock clock;

	ReadyList(JdbcClient jdbc, Offices offices, Clock clock) {
		this.jdbc = jdbc;
		this.offices = offices;
		this.clock = clock;
	}

	/**
	 * The entry for an application, if it is on the office's list.
	 */
	@Transactional(readOnly = true)
	public Optional<Entry> find(long officeId, String applicationNumber) {
		return jdbc.sql("""
				select issued_on, phone from passport_ready where office_id = :office and application_number = :number""")
			.param("office", officeId)
			.param("number", applicationNumber)
			.query((rs, n) -> new Entry(applicationNumber, rs.getObject("issued_on", LocalDate.class),
					rs.getString("phone")))
			.optional();
	}

	@Transactional(readOnly = true)
	public long size(String officeCode) {
		return jdbc.sql("select count(*) from passport_ready where office_id = :office")
			.param("office", offices.byCode(officeCode).id())
			.query(Long.class)
			.single();
	}

	/**
	 * Reads the CSV and, only if every line is good, merges it into the list.
	 */
	public UploadResult upload(String officeCode, String csv, String actor) {
		var office = offices.byCode(officeCode);
		var entries = new LinkedHashMap<String, LocalDate>();
		var phones = new java.util.HashMap<String, String>();
		var problems = new ArrayList<LineProblem>();
		try (var reader = new BufferedReader(new StringReader(csv == null ? "" : csv))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (number > MAX_LINES) {
					problems.add(new LineProblem(number, "too-many-lines", line));
					break;
				}
				var trimmed = line.strip().replace("\uFEFF", "");
				if (trimmed.isEmpty() || (number == 1 && trimmed.toLowerCase(Locale.ROOT).startsWith("application"))
						|| (number == 1 && trimmed.toLowerCase(Locale.ROOT).startsWith("nomor"))) {
					continue;
				}
				var fields = trimmed.split("[,;]", -1);
				if (fields.length > 3) {
					problems.add(new LineProblem(number, "too-many-fields", trimmed));
					continue;
				}
				var applicationNumber = fields[0].strip().replace("\"", "").toUpperCase(Locale.ROOT);
				if (!APPLICATION_NUMBER.matcher(applicationNumber).matches()) {
					problems.add(new LineProblem(number, "application-number", trimmed));
					continue;
				}
				LocalDate issuedOn = null;
				if (fields.length == 2 && !fields[1].isBlank()) {
					var date = parseDate(fields[1].strip().replace("\"", ""));
					if (date.isEmpty()) {
						problems.add(new LineProblem(number, "issued-on", trimmed));
						continue;
					}
					issuedOn = date.get();
				}
				if (fields.length == 3 && !fields[2].isBlank()) {
					var phone = mobile(fields[2].strip().replace("\"", ""));
					if (phone.isEmpty()) {
						problems.add(new LineProblem(number, "phone", trimmed));
						continue;
					}
					phones.put(applicationNumber, phone.get());
				}
				entries.put(applicationNumber, issuedOn);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!problems.isEmpty()) {
			return new UploadResult(0, problems);
		}
		if (entries.isEmpty()) {
			return new UploadResult(0, List.of(new LineProblem(0, "empty", "")));
		}
		var now = Timestamp.from(clock.instant());
		for (var entry : entries.entrySet()) {
			jdbc.sql("""
					insert into passport_ready (office_id, application_number, issued_on, uploaded_at, uploaded_by, phone)
					values (:office, :number, :issued, :at, :by, :phone)
					on conflict (office_id, application_number)
					do update set issued_on = coalesce(excluded.issued_on, passport_ready.issued_on),
					    phone = coalesce(excluded.phone, passport_ready.phone),
					    uploaded_at = excluded.uploaded_at, uploaded_by = excluded.uploaded_by""")
				.param("office", office.id())
				.param("number", entry.getKey())
				.param("issued", entry.getValue())
				.param("at", now)
				.param("by", actor)
				.param("phone", phones.get(entry.getKey()))
				.update();
		}
		return new UploadResult(entries.size(), List.of());
	}

	/**
	 * An Indonesian mobile number as E.164, the form bookings store (the same rule as the booking form's; kept
	 * here as well because the booking feature depends on this one, not the other way round).
	 */
	static Optional<String> mobile(String text) {
		var phones = com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance();
		try {
			var number = phones.parse(text, "ID");
			if (number.getCountryCode() != 62 || !phones.isValidNumberForRegion(number, "ID")
					|| phones.getNumberType(number) != com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType.MOBILE) {
				return Optional.empty();
			}
			return Optional.of(phones.format(number, com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat.E164));
		}
		catch (com.google.i18n.phonenumbers.NumberParseException ex) {
			return Optional.empty();
		}
	}

	private static Optional<LocalDate> parseDate(String text) {
		for (var format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, SLASHED)) {
			try {
				return Optional.of(LocalDate.parse(text, format));
			}
			catch (DateTimeParseException ignored) {
				// try the next format
			}
		}
		return Optional.empty();
	}

	/** One application on the list; {@code phone} (E.164) is null where the list does not name it. */
	public record Entry(String applicationNumber, LocalDate issuedOn, String phoneNumber) {

		public Entry(String applicationNumber, LocalDate issuedOn) {
			this(applicationNumber, issuedOn, null);
		}

		/** The owner's phone, where the list names it. */
		public Optional<String> phone() {
			return Optional.ofNullable(phoneNumber);
		}

		/** The last day the passport can be collected, if its issue date is known. */
		public Optional<LocalDate> collectBy() {
			return Optional.ofNullable(issuedOn).map(d -> d.plusDays(COLLECTION_DAYS));
		}

	}

	/** What an upload did: how many entries were merged, or why the file was refused. */
	public record UploadResult(int merged, List<LineProblem> problems) {

		public boolean accepted() {
			return problems.isEmpty();
		}

	}

	/**
	 * A bad line: its number (1-based), the problem ({@code application-number}, {@code issued-on}, {@code phone},
	 * {@code too-many-fields}, {@code too-many-lines}, {@code empty}) and the line as given.
	 */
	public record LineProblem(int line, String problem, String content) {
	}

}
