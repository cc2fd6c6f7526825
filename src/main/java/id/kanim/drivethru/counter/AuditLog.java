package id.kanim.drivethru.counter;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.kanim.drivethru.booking.Booking;
import id.kanim.drivethru.booking.BookingStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log of bookings: one row per change, written in the transaction that makes the change, so a
 * change without its row (or a row without its change) cannot be committed. Rows are never updated.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(Booking booking, CounterAction action, BookingStatus from, String reason, String actor, Instant at,
			ZoneId zone, Long undoneEventId) {
		jdbc.sql("""
				insert into booking_event (booking_id, office_id, action, from_status, to_status, reason, window_number,
				    actor, occurred_at, office_time, undone_event_id)
				values (:booking, :office, :action, :from, :to, :reason, :window, :actor, :at, :local, :undone)""")
			.param("booking", booking.getId())
			.param("office", booking.getOfficeId())
			.param("action", action.name())
			.param("from", from.name())
			.param("to", booking.getStatus().name())
			.param("reason", reason)
			.param("window", action == CounterAction.CALL ? booking.getWindowNumber() : null)
			.param("actor", actor)
			.param("at", Timestamp.from(at))
			.param("local", LocalDateTime.ofInstant(at, zone))
			.param("undone", undoneEventId)
			.update();
	}

	/** A row for a step the end-of-day job took: no officer, no window, no reason. */
	void recordAutomatic(long bookingId, long officeId, CounterAction action, BookingStatus from, BookingStatus to,
			String actor, Instant at, ZoneId zone) {
		jdbc.sql("""
				insert into booking_event (booking_id, office_id, action, from_status, to_status, actor, occurred_at,
				    office_time)
				values (:booking, :office, :action, :from, :to, :actor, :at, :local)""")
			.param("booking", bookingId)
			.param("office", officeId)
			.param("action", action.name())
			.param("from", from.name())
			.param("to", to.name())
			.param("actor", actor)
			.param("at", Timestamp.from(at))
			.param("local", LocalDateTime.ofInstant(at, zone))
			.update();
	}

	/** The newest row of the booking, the step an undo would take back. */
	Optional<AuditEntry> last(long bookingId) {
		// A document check changes no status, so it is never the step an undo takes back.
		return jdbc.sql(SELECT + " where booking_id = :booking and action <> 'CHECK_DOCUMENT' order by id desc limit 1")
			.param("booking", bookingId)
			.query(AuditLog::row)
			.optional();
	}

	/**
	 * Serialises document checks of one booking until the transaction ends, so that two officers pressing
	 * "semua dokumen lengkap" at once record each document once: the second reads what the first wrote.
	 * An advisory lock on the booking's id rather than a row lock on the booking, which belongs to the
	 * booking module and carries its own optimistic version.
	 */
	void lockDocuments(long bookingId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('drivethru.counter.documents'), cast(:booking as integer))")
			.param("booking", bookingId)
			.query()
			.singleRow();
	}

	/** The documents recorded as checked for the booking (by any officer, at any step of the day). */
	Set<String> checkedDocuments(long bookingId) {
		return new HashSet<>(jdbc.sql("select reason from booking_event where booking_id = :booking and action = 'CHECK_DOCUMENT'")
			.param("booking", bookingId)
			.query(String.class)
			.list());
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	List<AuditEntry> forBooking(long bookingId) {
		return jdbc.sql(SELECT + " where booking_id = :booking order by id").param("booking", bookingId)
			.query(AuditLog::row)
			.list();
	}

	private static final String SELECT = """
			select id, action, from_status, to_status, reason, window_number, actor, occurred_at, office_time
			from booking_event""";

	private static AuditEntry row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new AuditEntry(rs.getLong("id"), CounterAction.valueOf(rs.getString("action")),
				BookingStatus.valueOf(rs.getString("from_status")), BookingStatus.valueOf(rs.getString("to_status")),
				rs.getString("reason"), (Integer) rs.getObject("window_number"), rs.getString("actor"),
				rs.getTimestamp("occurred_at").toInstant(), rs.getObject("office_time", LocalDateTime.class));
	}

}
