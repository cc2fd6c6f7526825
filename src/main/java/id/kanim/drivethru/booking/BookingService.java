package id.kanim.drivethru.booking;

import java.time.Clock;
import java.util.Optional;

import id.kanim.drivethru.capacity.CapacityBusyException;
import id.kanim.drivethru.capacity.CapacityTransactions;
import id.kanim.drivethru.capacity.CapacityUnavailableException;
import id.kanim.drivethru.capacity.ServiceDays;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.office.OfficeSettings;
import id.kanim.drivethru.readiness.ReadyList;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books pickup slots and finds bookings again. The rules that need no database (horizon, weekday, slot
 * times) are checked first against the cached office settings; the rest happens in one short transaction.
 */
@Service
@Transactional(readOnly = true)
public class BookingService {

	private final Offices offices;

	private final ServiceDays serviceDays;

	private final BookingWriter writer;

	private final BookingRepository bookings;

	private final Clock clock;

	private final UnmetDemand unmetDemand;

	private final CapacityTransactions transactions;

	private final ReadyList readyList;

	private final BookingMetrics metrics;

	BookingService(Offices offices, ServiceDays serviceDays, BookingWriter writer, BookingRepository bookings,
			Clock clock, UnmetDemand unmetDemand, ReadyList readyList, CapacityTransactions transactions,
			BookingMetrics metrics) {
		this.offices = offices;
		this.metrics = metrics;
		this.transactions = transactions;
		this.readyList = readyList;
		this.serviceDays = serviceDays;
		this.writer = writer;
		this.bookings = bookings;
		this.clock = clock;
		this.unmetDemand = unmetDemand;
	}

	/**
	 * Books a slot, or throws {@link BookingRefusedException} having stored nothing. Not itself
	 * transactional: the service day is created (if new) and committed first, then the booking transaction
	 * runs on its own.
	 * @param idempotencyKey optional; a repeated key returns the booking the first request made
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public BookingView book(String officeCode, NewBooking request, String idempotencyKey) {
		try {
			var booking = bookOnce(officeCode, request, idempotencyKey);
			metrics.booked();
			return booking;
		}
		catch (BookingRefusedException ex) {
			metrics.refused(ex.getReason());
			throw ex;
		}
		catch (CapacityBusyException ex) {
			metrics.busy();
			throw ex;
		}
	}

	private BookingView bookOnce(String officeCode, NewBooking request, String idempotencyKey) {
		var office = offices.byCode(officeCode);
		var hint = BookableSlots.check(office, request.date(), request.slotStart(), clock);
		BookableSlots.checkCollector(office, request.collectorType());
		checkReady(office, request.applicationNumber(), request.date());
		checkOwner(office, request.applicationNumber(), request.phone());
		long dayId = BookableSlots.day(serviceDays, office, request.date(), hint);
		var slot = BookableSlots.slotOfDay(serviceDays, dayId, office, request.date(), request.slotStart(),
				clock);
		try {
			return metrics.claim(() -> transactions.run(() -> writer.book(office, dayId, slot, request, idempotencyKey)));
		}
		catch (CapacityUnavailableException ex) {
			// After the booking transaction has rolled back: the record is its own cheap autocommit insert.
			unmetDemand.record(office.id(), request.date(), request.applicationNumber(), ex.getReason());
			throw refusal(ex);
		}
	}

	/**
	 * The booking an earlier request with this idempotency key made, so that a retry is answered before its
	 * (by then used) one-time code is checked again; the same key with another request is refused
	 * ({@link IdempotencyKeyReusedException}), as in {@link BookingWriter#book}.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true) // asked before every booking; see ReadyList.find
	public Optional<BookingView> earlier(String officeCode, String idempotencyKey, NewBooking request) {
		if (idempotencyKey == null) {
			return Optional.empty();
		}
		var office = offices.byCode(officeCode);
		return bookings.findByOfficeIdAndIdempotencyKey(office.id(), idempotencyKey).map(b -> {
			// The key is bound to its request: another body with it learns nothing of the first booking.
			if (!writer.sameRequest(b.getId(), request)) {
				throw new IdempotencyKeyReusedException();
			}
			return toView(b, office);
		});
	}

	static BookingRefusedException refusal(CapacityUnavailableException ex) {
		return new BookingRefusedException(switch (ex.getReason()) {
			case DAY_FULL -> BookingRefusedException.Reason.QUOTA_FULL;
			case SLOT_FULL -> BookingRefusedException.Reason.SLOT_FULL;
			case DAY_CLOSED -> BookingRefusedException.Reason.DAY_CLOSED;
			case MOTORCYCLE_LANE_FULL -> BookingRefusedException.Reason.MOTORCYCLE_LANE_FULL;
		});
	}

	/**
	 * Where the office keeps a ready list: only listed applications, and no later than their collection
	 * deadline. Applies to booking, moving and waiting alike.
	 */
	void checkReady(OfficeSettings office, String applicationNumber, java.time.LocalDate date) {
		if (!office.readyListRequired()) {
			return;
		}
		var entry = readyList.find(office.id(), applicationNumber)
			.orElseThrow(() -> new BookingRefusedException(BookingRefusedException.Reason.NOT_READY));
		var deadline = entry.collectBy();
		if (deadline.isPresent() && date.isAfter(deadline.get())) {
			throw new BookingRefusedException(BookingRefusedException.Reason.AFTER_COLLECTION_DEADLINE,
					deadline.get());
		}
	}

	/**
	 * Where the ready list names the applicant's phone for this number, only that phone may book, wait for or
	 * change it (whether or not the office requires the list): a squatter with another phone is refused.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true) // asked before every booking; see ReadyList.find
	public void checkOwner(String officeCode, String applicationNumber, String phone) {
		checkOwner(offices.byCode(officeCode), ApplicationNumber.normalise(applicationNumber).orElse(""),
				MobileNumber.normalise(phone).orElse(""));
	}

	void checkOwner(OfficeSettings office, String applicationNumber, String phone) {
		var owner = readyList.find(office.id(), applicationNumber).flatMap(ReadyList.Entry::phone);
		if (owner.isPresent() && !owner.get().equals(phone)) {
			throw new BookingRefusedException(BookingRefusedException.Reason.PHONE_NOT_OWNER);
		}
	}

	/**
	 * The phone that proves a right to this booking: the owner's phone from the ready list where it has one
	 * (so the owner, not a squatter, can recover and cancel a squatted number), else the booking's own.
	 */
	public String ownerPhone(Booking booking) {
		return readyList.find(booking.getOfficeId(), booking.getApplicationNumber())
			.flatMap(ReadyList.Entry::phone)
			.orElse(booking.getPhone());
	}

	/** The active (booked or arrived) booking of an application number, for recovery by phone. */
	public Optional<Booking> activeByApplicationNumber(String applicationNumber) {
		return ApplicationNumber.normalise(applicationNumber)
			.flatMap(n -> bookings.findFirstByApplicationNumberAndStatusIn(n,
					BookingStatus.ACTIVE));
	}

	/**
	 * The booking with this code, but only together with its application number: a wrong code and a wrong
	 * number look the same, so nobody can probe which codes exist.
	 */
	public Optional<Booking> find(String code, String applicationNumber) {
		var parsedCode = BookingCode.parse(code);
		var number = ApplicationNumber.normalise(applicationNumber);
		if (parsedCode.isEmpty() || number.isEmpty()) {
			return Optional.empty();
		}
		return bookings.findByCode(parsedCode.get().value())
			.filter(b -> b.getApplicationNumber().equals(number.get()));
	}

	/** The booking with this code, for callers that have already proven they may see it. */
	public Optional<Booking> findByCode(BookingCode code) {
		return bookings.findByCode(code.value());
	}

	public BookingView view(Booking booking) {
		return toView(booking, offices.byId(booking.getOfficeId()));
	}

	static BookingView toView(Booking booking, OfficeSettings office) {
		return new BookingView(booking.getCode(), booking.getStatus(), office.code(), booking.getServiceDate(),
				booking.getSlotStart(), booking.getSlotEnd(), booking.getPlateNumber(), booking.getVehicleType());
	}

}
