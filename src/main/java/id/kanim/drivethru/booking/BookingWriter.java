package id.kanim.drivethru.booking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.Optional;

import id.kanim.drivethru.capacity.CapacityClaims;
import id.kanim.drivethru.office.OfficeSettings;
import id.kanim.drivethru.office.OfficeSettings.SlotTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The booking transaction: insert the booking, then claim capacity, then commit. The insert comes first
 * because it takes no contended lock (other than on the same application number), so the day's counter row
 * is locked only for the claim and the commit.
 */
@Component
@Transactional
class BookingWriter {

	static final String INSERT_SQL = """
			insert into booking (code, office_id, service_day_id, service_date, slot_start, slot_end,
			    application_number, full_name, phone, email, vehicle_type, plate_number, status, created_at,
			    idempotency_key, idempotency_hash, collector_type, collector_name, priority, language, consented_at)
			values (:code, :office, :day, :date, :start, :end, :application, :name, :phone, :email, :vehicle,
			    :plate, 'BOOKED', :createdAt, :key, :hash, :collectorType, :collectorName, :priority, :language,
			    :consentedAt)
			on conflict do nothing
			returning id""";

	private final JdbcClient jdbc;

	private final CapacityClaims claims;

	private final BookingRepository bookings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	BookingWriter(JdbcClient jdbc, CapacityClaims claims, BookingRepository bookings, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.claims = claims;
		this.bookings = bookings;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Books the place, or returns the booking an earlier request with the same idempotency key made; the same
	 * key with another request is refused ({@link IdempotencyKeyReusedException}).
	 * "On conflict do nothing" keeps the transaction usable when a unique index refuses the row: a
	 * concurrent insert of the same application number or key makes this one wait until the other commits
	 * (then nothing is inserted) or rolls back (then the row goes in).
	 */
	BookingView book(OfficeSettings office, long dayId, SlotTime slot, NewBooking request, String idempotencyKey) {
		for (int attempt = 0; attempt < 3; attempt++) {
			var code = BookingCode.random();
			var createdAt = clock.instant();
			Optional<Long> inserted = insert(code, office.id(), dayId, slot, request, idempotencyKey, createdAt);
			if (inserted.isPresent()) {
				claims.claim(dayId, slot.start(), request.vehicleType() == VehicleType.MOTORCYCLE);
				// The listeners (the outbox message) get the row as inserted instead of reading it back.
				events.publishEvent(new BookingEvent(inserted.get(), BookingEvent.Kind.CONFIRMED,
						Booking.inserted(inserted.get(), code, office.id(), dayId, slot.start(), slot.end(), request,
								createdAt, idempotencyKey)));
				return new BookingView(code, BookingStatus.BOOKED, office.code(), request.date(), slot.start(),
						slot.end(), request.plateNumber(), request.vehicleType());
			}
			if (idempotencyKey != null) {
				var earlier = bookings.findByOfficeIdAndIdempotencyKey(office.id(), idempotencyKey);
				if (earlier.isPresent()) {
					if (!sameRequest(earlier.get().getId(), request)) {
						throw new IdempotencyKeyReusedException();
					}
					return BookingService.toView(earlier.get(), office);
				}
			}
			if (hasActiveBooking(office.id(), request.applicationNumber())) {
				throw new BookingRefusedException(BookingRefusedException.Reason.DUPLICATE_APPLICATION);
			}
			// Otherwise the random code was taken (about one in a trillion): draw another.
		}
		throw new IllegalStateException("Could not draw an unused booking code");
	}

	/** Inserts the booking row (no capacity claimed); empty when a unique index refused it. */
	Optional<Long> insert(BookingCode code, long officeId, long dayId, SlotTime slot, NewBooking request,
			String idempotencyKey) {
		return insert(code, officeId, dayId, slot, request, idempotencyKey, clock.instant());
	}

	private Optional<Long> insert(BookingCode code, long officeId, long dayId, SlotTime slot, NewBooking request,
			String idempotencyKey, java.time.Instant createdAt) {
		return applicant(jdbc.sql(INSERT_SQL), request)
			.param("code", code.value())
			.param("office", officeId)
			.param("day", dayId)
			.param("date", request.date())
			.param("start", slot.start())
			.param("end", slot.end())
			.param("createdAt", Timestamp.from(createdAt))
			.param("key", idempotencyKey)
			.param("hash", idempotencyKey == null ? null : requestHash(request))
			.param("consentedAt", request.consented() ? Timestamp.from(createdAt) : null)
			.query(Long.class)
			.optional();
	}

	/** Whether the booking's key first came with this request (rows from before hashes count as the same). */
	boolean sameRequest(long bookingId, NewBooking request) {
		var stored = jdbc.sql("select idempotency_hash from booking where id = :id")
			.param("id", bookingId)
			.query(String.class)
			.optional();
		return stored.isEmpty() || MessageDigest.isEqual(stored.get().getBytes(StandardCharsets.US_ASCII),
				requestHash(request).getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * SHA-256 of everything the request asks for, once normalised (so "bh1234xy" and "BH 1234 XY" are the same
	 * request). The language is left out: a retry from an English page is still the same booking.
	 */
	static String requestHash(NewBooking request) {
		var canonical = String.join("\u001f", request.applicationNumber(), request.fullName(), request.phone(),
				String.valueOf(request.email()), request.vehicleType().name(), request.plateNumber(),
				request.date().toString(), request.slotStart().toString(), request.collectorType().name(),
				String.valueOf(request.collectorName()), Boolean.toString(request.priority()),
				Boolean.toString(request.consented()));
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The applicant's details, named alike in the booking and waiting-list inserts. */
	static JdbcClient.StatementSpec applicant(JdbcClient.StatementSpec statement, NewBooking request) {
		return statement.param("application", request.applicationNumber())
			.param("name", request.fullName())
			.param("phone", request.phone())
			.param("email", request.email())
			.param("vehicle", request.vehicleType().name())
			.param("plate", request.plateNumber())
			.param("collectorType", request.collectorType().name())
			.param("collectorName", request.collectorName())
			.param("priority", request.priority())
			.param("language", request.language());
	}

	boolean hasActiveBooking(long officeId, String applicationNumber) {
		return jdbc.sql("""
				select exists (select 1 from booking where office_id = :office
				    and application_number = :application and status in """ + BookingStatus.ACTIVE_SQL + ")")
			.param("office", officeId)
			.param("application", applicationNumber)
			.query(Boolean.class)
			.single();
	}

}
