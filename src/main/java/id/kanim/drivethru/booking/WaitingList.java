package id.kanim.drivethru.booking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import id.kanim.drivethru.capacity.CapacityClaims;
import id.kanim.drivethru.capacity.CapacityTransactions;
import id.kanim.drivethru.capacity.PlacesFreed;
import id.kanim.drivethru.capacity.ServiceDays;
import id.kanim.drivethru.office.OfficeSettings;
import id.kanim.drivethru.office.OfficeSettings.SlotTime;
import id.kanim.drivethru.office.Offices;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A first-come, first-served waiting list per office and day. Joining is only possible while the day is
 * full; whenever a place frees up, {@link #promote(long, LocalDate)} turns the first person waiting into an
 * ordinary booking (with the code they already hold) in the transaction that freed the place.
 *
 * <p>Why exactly one person gets each freed place: whoever frees a place (a cancellation, a reschedule, a
 * raised quota) has updated the day's counter row and holds its lock until commit, so promotions for one day
 * run one after the other; each promotion claims its place with the same conditional UPDATE as a booking
 * ({@link CapacityClaims#tryClaim}), so it can only take a place that is really free, and the waiting row is
 * locked ({@code FOR UPDATE SKIP LOCKED}) so two promoters never take the same person.
 */
@Service
@Transactional
public class WaitingList {

	/** An entry as the applicant sees it; position is 0 once it is no longer waiting. */
	public record Entry(long id, BookingCode code, long officeId, LocalDate date, String applicationNumber,
			String status, int position) {

		public boolean isWaiting() {
			return "WAITING".equals(status);
		}

	}

	/** Why someone cannot join. */
	public enum Refusal {

		/** The day still has places: book one instead. */
		DAY_HAS_ROOM,
		/** The application already holds a booking at this office. */
		HAS_BOOKING,
		/** The application already waits (for this or another day) at this office. */
		ALREADY_WAITING;

		public String messageKey() {
			return "waiting.refused." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	public static class RefusedException extends RuntimeException {

		private final Refusal refusal;

		public RefusedException(Refusal refusal) {
			super(refusal.name(), null, false, false);
			this.refusal = refusal;
		}

		public Refusal getRefusal() {
			return refusal;
		}

	}

	private final JdbcClient jdbc;

	private final CapacityClaims claims;

	private final ServiceDays serviceDays;

	private final Offices offices;

	private final BookingWriter writer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final BookingService bookingService;

	private final CapacityTransactions transactions;

	WaitingList(JdbcClient jdbc, CapacityClaims claims, ServiceDays serviceDays, Offices offices, BookingWriter writer,
			ApplicationEventPublisher events, Clock clock, BookingService bookingService,
			CapacityTransactions transactions) {
		this.bookingService = bookingService;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.claims = claims;
		this.serviceDays = serviceDays;
		this.offices = offices;
		this.writer = writer;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Puts the applicant on the day's waiting list. The day must be full; should a place have freed up in
	 * the meantime, the new entry is promoted at once.
	 * @throws BookingRefusedException for a day outside the horizon or closed, as a booking would be
	 * @throws RefusedException when the day has room or the application already books or waits
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Entry join(String officeCode, NewBooking request) {
		var office = offices.byCode(officeCode);
		var hint = BookableSlots.check(office, request.date(), request.slotStart(), clock);
		BookableSlots.checkCollector(office, request.collectorType());
		bookingService.checkReady(office, request.applicationNumber(), request.date());
		bookingService.checkOwner(office, request.applicationNumber(), request.phone());
		// Before the transaction: creating the day needs a connection of its own.
		long dayId = BookableSlots.day(serviceDays, office, request.date(), hint);
		BookableSlots.slotOfDay(serviceDays, dayId, office, request.date(), request.slotStart(), clock);
		return transactions.run(() -> join(office, dayId, request));
	}

	private Entry join(OfficeSettings office, long dayId, NewBooking request) {
		var day = serviceDays.stored(dayId);
		if (day.closed()) {
			throw new BookingRefusedException(BookingRefusedException.Reason.DAY_CLOSED);
		}
		if (!day.isFull()) {
			throw new RefusedException(Refusal.DAY_HAS_ROOM);
		}
		if (writer.hasActiveBooking(office.id(), request.applicationNumber())) {
			throw new RefusedException(Refusal.HAS_BOOKING);
		}
		var now = Timestamp.from(clock.instant());
		var code = BookingCode.random();
		var id = BookingWriter.applicant(jdbc.sql("""
				insert into waiting_entry (code, office_id, service_date, slot_start, application_number, full_name,
				    phone, email, vehicle_type, plate_number, collector_type, collector_name, priority, language,
				    status, created_at, consented_at)
				values (:code, :office, :date, :start, :application, :name, :phone, :email, :vehicle, :plate,
				    :collectorType, :collectorName, :priority, :language, 'WAITING', :now, :now)
				on conflict do nothing
				returning id"""), request)
			.param("code", code.value())
			.param("office", office.id())
			.param("date", request.date())
			.param("start", request.slotStart())
			.param("now", now)
			.query(Long.class)
			.optional();
		if (id.isEmpty()) {
			throw new RefusedException(Refusal.ALREADY_WAITING);
		}
		promote(office.id(), request.date());
		return byId(id.get()).orElseThrow();
	}

	/**
	 * Gives free places of the day to the people waiting, first come first served, in the caller's
	 * transaction; call it after anything that frees a place or raises a quota. Returns how many were
	 * promoted. Each promoted person gets an ordinary BOOKED booking with their waiting code, preferably
	 * in the slot they asked for, otherwise the earliest slot with room.
	 */
	public int promote(long officeId, LocalDate date) {
		int promoted = 0;
		while (true) {
			var next = jdbc.sql("""
					select id, code, slot_start, application_number, full_name, phone, email, vehicle_type,
					    plate_number, collector_type, collector_name, priority, language
					from waiting_entry
					where office_id = :office and service_date = :date and status = 'WAITING'
					order by id limit 1
					for update skip locked""")
				.param("office", officeId)
				.param("date", date)
				.query((rs, n) -> new Waiting(rs.getLong("id"), new BookingCode(rs.getString("code")),
						rs.getObject("slot_start", LocalTime.class),
						new NewBooking(rs.getString("application_number"), rs.getString("full_name"),
								rs.getString("phone"), rs.getString("email"),
								VehicleType.valueOf(rs.getString("vehicle_type")), rs.getString("plate_number"), date,
								rs.getObject("slot_start", LocalTime.class),
								CollectorType.valueOf(rs.getString("collector_type")), rs.getString("collector_name"),
								rs.getBoolean("priority"), rs.getString("language"), true)))
				.optional();
			if (next.isEmpty()) {
				return promoted;
			}
			var waiting = next.get();
			var office = offices.byId(officeId);
			var dayId = serviceDays.stored(office, date).map(ServiceDays.StoredDay::id);
			if (dayId.isEmpty()) {
				return promoted;
			}
			// The day before its slots, as everywhere (CapacityClaims); usually the caller holds it already.
			claims.lockDays(List.of(dayId.get()));
			var slot = claimSlot(office, dayId.get(), waiting.preferredStart(),
					waiting.request().vehicleType() == VehicleType.MOTORCYCLE);
			if (slot.isEmpty()) {
				return promoted; // the day is full (again): everyone keeps their place in the queue
			}
			var bookingId = insertBooking(office, dayId.get(), slot.get(), waiting);
			if (bookingId.isEmpty()) {
				// The application has meanwhile booked directly: it cannot hold two; the next person gets it.
				claims.release(dayId.get(), slot.get().start(), waiting.request().vehicleType() == VehicleType.MOTORCYCLE);
				markDone(waiting.id(), "SKIPPED", null);
				continue;
			}
			markDone(waiting.id(), "PROMOTED", bookingId.get());
			events.publishEvent(new BookingEvent(bookingId.get(), BookingEvent.Kind.PROMOTED));
			promoted++;
		}
	}

	/**
	 * A supervisor raised a quota or a capacity, or reopened a day: the places go to the people waiting, in
	 * the supervisor's transaction (the event is published synchronously inside it).
	 */
	@EventListener
	void on(PlacesFreed freed) {
		promote(freed.officeId(), freed.date());
	}

	/** Leaves the list; false when the entry was no longer waiting. */
	public boolean leave(BookingCode code) {
		return jdbc.sql("update waiting_entry set status = 'LEFT', version = version + 1 where code = :code and status = 'WAITING'")
			.param("code", code.value())
			.update() == 1;
	}

	/** The entry with this code and application number; the same empty answer for any wrong pair. */
	@Transactional(readOnly = true)
	public Optional<Entry> find(String code, String applicationNumber) {
		var parsedCode = BookingCode.parse(code);
		var number = ApplicationNumber.normalise(applicationNumber);
		if (parsedCode.isEmpty() || number.isEmpty()) {
			return Optional.empty();
		}
		return byCode(parsedCode.get()).filter(e -> e.applicationNumber().equals(number.get()));
	}

	@Transactional(readOnly = true)
	public Optional<Entry> byCode(BookingCode code) {
		return entry("w.code = :key", code.value());
	}

	private Optional<Entry> byId(long id) {
		return entry("w.id = :key", id);
	}

	private Optional<Entry> entry(String condition, Object key) {
		return jdbc.sql("""
				select w.id, w.code, w.office_id, w.service_date, w.application_number, w.status,
				    case when w.status = 'WAITING' then (select count(*) from waiting_entry o
				        where o.office_id = w.office_id and o.service_date = w.service_date
				        and o.status = 'WAITING' and o.id <= w.id) else 0 end as position
				from waiting_entry w where\s""" + condition)
			.param("key", key)
			.query((rs, n) -> new Entry(rs.getLong("id"), new BookingCode(rs.getString("code")),
					rs.getLong("office_id"), rs.getObject("service_date", LocalDate.class),
					rs.getString("application_number"), rs.getString("status"), rs.getInt("position")))
			.optional();
	}

	private Optional<SlotTime> claimSlot(OfficeSettings office, long dayId, LocalTime preferred, boolean motorcycle) {
		// The day's own slot rows; the day row is held, so nobody else is changing them. The preferred first.
		var candidates = serviceDays.slotsWithRoom(dayId)
			.stream()
			.sorted(java.util.Comparator.comparing((SlotTime slot) -> !slot.start().equals(preferred)))
			.toList();
		for (var slot : candidates) {
			if (claims.tryClaim(dayId, slot.start(), motorcycle)) {
				return Optional.of(slot);
			}
		}
		return Optional.empty();
	}

	private Optional<Long> insertBooking(OfficeSettings office, long dayId, SlotTime slot, Waiting waiting) {
		var request = waiting.request().on(waiting.request().date(), slot.start());
		var code = waiting.code();
		for (int attempt = 0; attempt < 3; attempt++) {
			var id = writer.insert(code, office.id(), dayId, slot, request, null);
			if (id.isPresent() || writer.hasActiveBooking(office.id(), request.applicationNumber())) {
				return id;
			}
			code = BookingCode.random(); // the waiting code is taken by a booking (about one in a trillion)
		}
		throw new IllegalStateException("Could not draw an unused booking code");
	}

	private void markDone(long id, String status, Long bookingId) {
		jdbc.sql("update waiting_entry set status = :status, booking_id = :booking, version = version + 1 where id = :id")
			.param("status", status)
			.param("booking", bookingId)
			.param("id", id)
			.update();
	}

	private record Waiting(long id, BookingCode code, LocalTime preferredStart, NewBooking request) {
	}

}
