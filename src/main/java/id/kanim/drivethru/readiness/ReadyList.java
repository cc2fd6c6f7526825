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

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's list of passports ready for pickup. Uploaded as CSV
 * ({@code application_number[,issued_on[,phone]]}, a header line optional, dates as {@code 2026-11-30} or
 * {@code 30/11/2026}); a new upload adds to the list and updates issue dates and phones. A phone binds the
 * number to its owner: only that phone may book it. A file with any bad line is refused whole, with every bad
 * line reported.
 * <p>
 * The separator is whichever the file uses: Excel set to Indonesian saves "CSV" with {@code ;} (its list
 * separator, since the comma is the decimal mark) and often with a UTF-8 byte order mark; other programs use
 * {@code ,}. The first line that holds a {@code ;} decides, and the result says which was used.
 * <p>
 * Supervisors may also search, correct and remove single entries; each such change publishes a
 * {@link ReadyListChanged} in the same transaction, which the office's change log records.
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

	/** At most this many entries are listed at once; a search narrows the list. */
	public static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	private final Offices offices;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ReadyList(JdbcClient jdbc, Offices offices, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.offices = offices;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The entry for an application, if it is on the office's list. One statement needs no transaction of its
	 * own: every booking asks this twice, and each read-only transaction around it cost a BEGIN, a COMMIT and
	 * a JPA session (bench/RESULTS.md).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
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
		var text = csv == null ? "" : csv;
		var separator = Separator.detect(text);
		try (var reader = new BufferedReader(new StringReader(text))) {
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
				var fields = withoutTrailingEmpty(trimmed.split(Pattern.quote(separator.character()), -1));
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
			return new UploadResult(0, problems, separator);
		}
		if (entries.isEmpty()) {
			return new UploadResult(0, List.of(new LineProblem(0, "empty", "")), separator);
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
		return new UploadResult(entries.size(), List.of(), separator);
	}

	/**
	 * Excel writes a separator for every column that held anything anywhere in the sheet, so a line can end
	 * in empty fields ({@code ABC123456;;}); those are not extra columns.
	 */
	private static String[] withoutTrailingEmpty(String[] fields) {
		int length = fields.length;
		while (length > 1 && fields[length - 1].strip().replace("\"", "").isEmpty()) {
			length--;
		}
		return java.util.Arrays.copyOf(fields, length);
	}

	/**
	 * The entries whose application number contains the query (all when it is blank), in order of number,
	 * at most {@link #PAGE_SIZE}.
	 */
	@Transactional(readOnly = true)
	public List<ListedEntry> search(String officeCode, String query) {
		var office = offices.byCode(officeCode);
		var needle = query == null ? "" : query.strip().toUpperCase(Locale.ROOT);
		return jdbc.sql("""
				select application_number, issued_on, uploaded_at, uploaded_by from passport_ready
				where office_id = :office and strpos(application_number, :needle) > 0
				order by application_number limit :limit""")
			.param("office", office.id())
			.param("needle", needle)
			.param("limit", PAGE_SIZE)
			.query((rs, n) -> new ListedEntry(rs.getString("application_number"),
					rs.getObject("issued_on", LocalDate.class), rs.getTimestamp("uploaded_at").toInstant(),
					rs.getString("uploaded_by")))
			.list();
	}

	/**
	 * Corrects one entry: its application number (a typo in the upload) and its issue date (null: unknown).
	 * Refused, changing nothing, when the entry is gone, the new number is not a valid one, or another entry
	 * already has it.
	 */
	public void correct(String officeCode, String applicationNumber, String newNumber, LocalDate issuedOn,
			String actor) {
		var office = offices.byCode(officeCode);
		var number = normalise(newNumber);
		if (!APPLICATION_NUMBER.matcher(number).matches()) {
			throw new ReadyListChangeRefusedException(ReadyListChangeRefusedException.Reason.INVALID_NUMBER);
		}
		var before = find(office.id(), applicationNumber)
			.orElseThrow(() -> new ReadyListChangeRefusedException(ReadyListChangeRefusedException.Reason.NOT_LISTED));
		if (!number.equals(applicationNumber) && find(office.id(), number).isPresent()) {
			throw new ReadyListChangeRefusedException(ReadyListChangeRefusedException.Reason.ALREADY_LISTED);
		}
		jdbc.sql("""
				update passport_ready set application_number = :number, issued_on = :issued,
				    uploaded_at = :at, uploaded_by = :by
				where office_id = :office and application_number = :old""")
			.param("number", number)
			.param("issued", issuedOn)
			.param("at", Timestamp.from(clock.instant()))
			.param("by", actor)
			.param("office", office.id())
			.param("old", applicationNumber)
			.update();
		events.publishEvent(new ReadyListChanged(office.id(), actor, ReadyListChanged.Kind.CORRECTED,
				describe(before), describe(new Entry(number, issuedOn))));
	}

	/** Removes one entry; refused when it is not on the list. */
	public void remove(String officeCode, String applicationNumber, String actor) {
		var office = offices.byCode(officeCode);
		var before = find(office.id(), applicationNumber)
			.orElseThrow(() -> new ReadyListChangeRefusedException(ReadyListChangeRefusedException.Reason.NOT_LISTED));
		jdbc.sql("delete from passport_ready where office_id = :office and application_number = :number")
			.param("office", office.id())
			.param("number", applicationNumber)
			.update();
		events.publishEvent(new ReadyListChanged(office.id(), actor, ReadyListChanged.Kind.REMOVED, describe(before),
				null));
	}

	/** An application number as stored: upper case, no spaces or quotes. */
	public static String normalise(String number) {
		return number == null ? "" : number.strip().replace("\"", "").toUpperCase(Locale.ROOT);
	}

	private static String describe(Entry entry) {
		return entry.applicationNumber() + (entry.issuedOn() == null ? "" : " (" + entry.issuedOn() + ")");
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

	/** One entry as the list page shows it: when and by whom it was last uploaded or corrected. */
	public record ListedEntry(String applicationNumber, LocalDate issuedOn, java.time.Instant uploadedAt,
			String uploadedBy) {
	}

	/** The separator a file used. */
	public enum Separator {

		COMMA(","), SEMICOLON(";");

		private final String character;

		Separator(String character) {
			this.character = character;
		}

		public String character() {
			return character;
		}

		/** The first line with a {@code ;} makes it {@code ;} (Excel in Indonesian); otherwise {@code ,}. */
		static Separator detect(String csv) {
			for (var line : csv.split("\\R")) {
				if (line.contains(";")) {
					return SEMICOLON;
				}
				if (line.contains(",")) {
					return COMMA;
				}
			}
			return COMMA;
		}

	}

	/**
	 * What an upload did: how many entries were merged, or why the file was refused, and which separator it
	 * was read with.
	 */
	public record UploadResult(int merged, List<LineProblem> problems, Separator separator) {

		public boolean accepted() {
			return problems.isEmpty();
		}

	}

	/**
	 * A bad line: its number (1-based), the problem ({@code application-number}, {@code issued-on}, {@code phone},
	 * {@code too-many-fields}, {@code too-many-lines}, {@code empty}) and the line as given. Serializable: the
	 * upload page hands the problems to the next page as flash attributes, which live in the staff session, and
	 * sessions are stored in PostgreSQL.
	 */
	public record LineProblem(int line, String problem, String content) implements java.io.Serializable {
	}

}
