package id.kanim.drivethru.booking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kanim.drivethru.retention.RetentionCutoff;
import id.kanim.drivethru.retention.RetentionRule;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the privacy notice's promise: 90 days after the pickup day nothing personal is left anywhere in the
 * database. This feature's own tables are handled here: a booking's and a waiting entry's personal data
 * (name, phone, e-mail, plate, application number, collector's name, the idempotency key that embeds the
 * application number, a turn-away reason the officer typed) is blanked, and the unmet-demand key is
 * replaced. What remains (date, times, lane, status, coded outcome) is anonymous and still counts in the
 * reports. Every other feature's tables are handled by its own {@link RetentionRule} (ready list, failed
 * sign-ins, closing and window reasons, ...), all run here in one transaction.
 * <p>
 * Several instances run this job at the same time: a transaction-scoped advisory lock lets one of them do
 * the work while the others return at once (without it, two runs updating the same rows in different
 * orders could deadlock). Each statement is conditional on the row still holding data, so a run after a
 * crash, or a second run, changes nothing more.
 */
@Component
@Transactional
public class PersonalDataRetention {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);

	/** The advisory lock's key, any constant no other job uses ("RETAIN" in ASCII). */
	static final long LOCK = 0x52_45_54_41_49_4EL;

	/** Coded turn-away reasons are not personal and the reports count them; free text becomes OTHER. */
	private static final String CODED_REASON = """
			case when outcome_reason in ('DOCUMENTS_INCOMPLETE', 'PASSPORT_NOT_READY', 'OTHER') then outcome_reason
			     when outcome_reason is null then null else 'OTHER' end""";

	/**
	 * This feature's statements, each idempotent. Every status is included: a booking still BOOKED 90 days
	 * after its day is a leftover, and its data is no more needed than any other's.
	 */
	private static final Map<String, String> OWN_RULES = new LinkedHashMap<>();

	static {
		OWN_RULES.put("bookings", """
				update booking set full_name = '-', phone = '-', email = null, collector_name = null,
				    plate_number = '-', application_number = 'X' || id, idempotency_key = null,
				    outcome_reason = %s, anonymised_at = :now
				where anonymised_at is null and service_date < :cutoff""".formatted(CODED_REASON));
		OWN_RULES.put("waiting entries", """
				update waiting_entry set full_name = '-', phone = '-', email = null, collector_name = null,
				    plate_number = '-', application_number = 'X' || id, anonymised_at = :now
				where anonymised_at is null and service_date < :cutoff""");
		// A keyed hash is needed only to count a retrying applicant once; long after the day it goes too.
		OWN_RULES.put("unmet demand keys", """
				update unmet_demand set applicant_hash = '-' || lpad(id::text, 63, '0')
				where service_date < :cutoff and applicant_hash not like '-%'""");
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int days;

	/**
	 * Every other feature's rule. MERGE POINT for issue 12's outbox: delivered and failed messages are removed
	 * by a {@code RetentionRule} bean in the outbox's own feature, found here like the others; nothing in
	 * this class changes.
	 */
	private final List<RetentionRule> rules;

	PersonalDataRetention(JdbcClient jdbc, Clock clock, @Value("${drivethru.retention.days:90}") int days,
			List<RetentionRule> rules) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.days = days;
		this.rules = List.copyOf(rules);
	}

	/**
	 * Nightly; the cutoff is counted from UTC, a day of margin covers every Indonesian time zone. Returns the
	 * number of rows changed, or 0 when another instance is running it at this moment.
	 */
	@Scheduled(cron = "${drivethru.retention.cron:0 30 2 * * *}")
	public int removeExpiredPersonalData() {
		var locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", LOCK).query(Boolean.class).single();
		if (!Boolean.TRUE.equals(locked)) {
			log.info("Personal data retention is running on another instance");
			return 0;
		}
		var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		var serviceDatesBefore = today.minusDays(days + 1L);
		var cutoff = new RetentionCutoff(serviceDatesBefore, serviceDatesBefore.atStartOfDay(ZoneOffset.UTC).toInstant(),
				today, clock.instant());
		var done = new LinkedHashMap<String, Integer>();
		OWN_RULES.forEach((name, sql) -> done.put(name, jdbc.sql(sql)
			.param("now", Timestamp.from(cutoff.now()))
			.param("cutoff", cutoff.serviceDatesBefore())
			.update()));
		for (var rule : rules) {
			done.merge(rule.name(), rule.apply(cutoff), Integer::sum);
		}
		int total = done.values().stream().mapToInt(Integer::intValue).sum();
		if (total > 0) {
			log.info("Removed personal data older than {} days: {}", days, done);
		}
		return total;
	}

}
