package id.kanim.drivethru.counter;

import java.sql.Timestamp;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends every booking and waiting-list entry whose day has passed in the office's own time zone, so that no
 * application number stays blocked by a past day: bookings nobody came for become NO_SHOW, cars that arrived
 * but were never finished at the window (called or not) become UNFINISHED ("tidak selesai"), and entries
 * still waiting become EXPIRED.
 *
 * <p>Why it is idempotent and safe with several app instances: it is one conditional UPDATE that moves only
 * rows still BOOKED, and writes the audit row of exactly the rows it moved, in the same statement. Two
 * instances running it at once both try to lock the same rows; the second waits, then re-checks
 * {@code status = 'BOOKED'} against the committed row (READ COMMITTED re-evaluation), finds it NO_SHOW and
 * skips it. So each booking is moved, and audited, once; a second run finds nothing to do.
 */
@Component
public class EndOfDayNoShows {

	private static final Logger log = LoggerFactory.getLogger(EndOfDayNoShows.class);

	static final String ACTOR = "system";

	static final String MARK_SQL = """
			with moved as (
			    update booking b set status = 'NO_SHOW', finished_at = :now, finished_by = :actor,
			        version = b.version + 1
			    from office o
			    where o.id = b.office_id and b.status = 'BOOKED'
			      and b.service_date < (cast(:now as timestamptz) at time zone o.time_zone)::date
			    returning b.id, b.office_id, o.time_zone)
			insert into booking_event (booking_id, office_id, action, from_status, to_status, actor, occurred_at,
			    office_time)
			select id, office_id, 'END_OF_DAY', 'BOOKED', 'NO_SHOW', :actor, :now,
			    cast(:now as timestamptz) at time zone time_zone
			from moved""";

	/** A car that arrived but was never finished: its own end, apart from a no-show, in the same audit log. */
	static final String UNFINISHED_SQL = """
			with moved as (
			    update booking b set status = 'UNFINISHED', finished_at = :now, finished_by = :actor,
			        version = b.version + 1
			    from office o
			    where o.id = b.office_id and b.status = 'ARRIVED'
			      and b.service_date < (cast(:now as timestamptz) at time zone o.time_zone)::date
			    returning b.id, b.office_id, o.time_zone)
			insert into booking_event (booking_id, office_id, action, from_status, to_status, actor, occurred_at,
			    office_time)
			select id, office_id, 'DAY_ENDED', 'ARRIVED', 'UNFINISHED', :actor, :now,
			    cast(:now as timestamptz) at time zone time_zone
			from moved""";

	static final String EXPIRE_WAITING_SQL = """
			update waiting_entry w set status = 'EXPIRED', version = w.version + 1
			from office o
			where o.id = w.office_id and w.status = 'WAITING'
			  and w.service_date < (cast(:now as timestamptz) at time zone o.time_zone)::date""";

	private final JdbcClient jdbc;

	private final Clock clock;

	EndOfDayNoShows(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** @return how many bookings and waiting-list entries this run ended */
	@Scheduled(cron = "${drivethru.counter.end-of-day-cron:0 */15 * * * *}")
	@Transactional
	public int run() {
		var now = Timestamp.from(clock.instant());
		int marked = jdbc.sql(MARK_SQL).param("now", now).param("actor", ACTOR).update();
		int unfinished = jdbc.sql(UNFINISHED_SQL).param("now", now).param("actor", ACTOR).update();
		int expired = jdbc.sql(EXPIRE_WAITING_SQL).param("now", now).update();
		if (marked + unfinished + expired > 0) {
			log.info("End of day: {} booking(s) marked as no-show, {} left unfinished, {} waiting entr(ies) expired",
					marked, unfinished, expired);
		}
		return marked + unfinished + expired;
	}

}
