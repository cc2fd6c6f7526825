package id.kanim.drivethru.booking;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import id.kanim.drivethru.office.Offices;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends every booking and waiting-list entry whose day has passed in its office's own time zone, so that no
 * application number stays blocked by a past day: each still-active booking takes the status
 * {@link BookingStatus#atDayEnd()} gives it (a booking nobody came for becomes NO_SHOW, a car that arrived
 * but was never finished UNFINISHED), and entries still waiting become EXPIRED. Runs in the caller's
 * transaction, which records what moved (the counter's audit log) in the same commit.
 *
 * <p>Why set-based updates rather than loading every booking and calling its methods: each statement is
 * one conditional UPDATE that moves only rows still in the {@code from} status and returns exactly the rows
 * it moved. Two app instances running it at once both try to lock the same rows; the second waits, then
 * re-checks the status against the committed row (READ COMMITTED re-evaluation), finds it moved and skips it.
 * So each booking is moved, and returned, once; a second run finds nothing. Entities with optimistic
 * versions would instead make the slower instance fail and roll back its whole run. The transitions
 * themselves are {@link BookingStatus}'s, so the statements cannot move a booking where its status may not go.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class PastDays {

	private static final String END_BOOKINGS_SQL = """
			update booking set status = :to, finished_at = :now, finished_by = :actor, version = version + 1
			where office_id = :office and status = :from and service_date < :today
			returning id""";

	private static final String EXPIRE_WAITING_SQL = """
			update waiting_entry set status = 'EXPIRED', version = version + 1
			where office_id = :office and status = 'WAITING' and service_date < :today""";

	/** Offices with something that may have ended: a day before the latest "today" anywhere on earth. */
	private static final String OFFICES_SQL = """
			select office_id from booking where status in (:from) and service_date < :latest
			union
			select office_id from waiting_entry where status = 'WAITING' and service_date < :latest""";

	private final JdbcClient jdbc;

	private final Offices offices;

	PastDays(JdbcClient jdbc, Offices offices) {
		this.jdbc = jdbc;
		this.offices = offices;
	}

	/** What the end of a day did to one booking. */
	public record Ended(long bookingId, long officeId, BookingStatus from, BookingStatus to) {
	}

	/** What one run ended. */
	public record Result(List<Ended> bookings, int expiredWaitingEntries) {
	}

	/**
	 * Ends what the past days left open, as of {@code now}.
	 * @param actor who the bookings' {@code finished_by} names
	 */
	public Result end(Instant now, String actor) {
		var ending = BookingStatus.endingAtDayEnd().stream().map(Enum::name).toList();
		var latest = LocalDate.ofInstant(now, ZoneOffset.MAX);
		var officeIds = jdbc.sql(OFFICES_SQL).param("from", ending).param("latest", latest).query(Long.class).list();
		var ended = new ArrayList<Ended>();
		int expired = 0;
		for (var officeId : officeIds.stream().sorted().toList()) {
			var today = LocalDate.ofInstant(now, offices.byId(officeId).zone());
			for (var from : BookingStatus.endingAtDayEnd()) {
				var to = from.atDayEnd().orElseThrow();
				jdbc.sql(END_BOOKINGS_SQL)
					.param("to", to.name())
					.param("now", Timestamp.from(now))
					.param("actor", actor)
					.param("office", officeId)
					.param("from", from.name())
					.param("today", today)
					.query(Long.class)
					.list()
					.forEach(id -> ended.add(new Ended(id, officeId, from, to)));
			}
			expired += jdbc.sql(EXPIRE_WAITING_SQL).param("office", officeId).param("today", today).update();
		}
		return new Result(List.copyOf(ended), expired);
	}

}
