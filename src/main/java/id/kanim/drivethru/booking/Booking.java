package id.kanim.drivethru.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A pickup slot held for one passport application. New bookings are written by {@link BookingWriter}
 * with plain SQL (they must claim capacity in the same transaction); later changes go through this entity,
 * whose methods refuse moves the status does not allow. Two set-based statements are the exceptions, both
 * in this module: {@link PastDays} ends the bookings of past days (with the transitions
 * {@link BookingStatus#atDayEnd()} allows), and {@link PersonalDataRetention} blanks personal data after
 * the retention period.
 */
@Entity
public class Booking {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(columnDefinition = "bpchar")
	private String code;

	private Long officeId;

	private Long serviceDayId;

	private LocalDate serviceDate;

	private LocalTime slotStart;

	private LocalTime slotEnd;

	private String applicationNumber;

	private String fullName;

	private String phone;

	private String email;

	@Enumerated(EnumType.STRING)
	private VehicleType vehicleType;

	private String plateNumber;

	@Enumerated(EnumType.STRING)
	private CollectorType collectorType;

	private String collectorName;

	private boolean priority;

	private String language;

	@Enumerated(EnumType.STRING)
	private BookingStatus status;

	private Instant createdAt;

	private String idempotencyKey;

	@Version
	private long version;

	private Instant arrivedAt;

	private Instant calledAt;

	private Integer windowNumber;

	private Instant finishedAt;

	private String finishedBy;

	private String outcomeReason;

	protected Booking() {
	}

	/**
	 * The row {@link BookingWriter} has just inserted, as it stands, for the listeners of its
	 * {@link BookingEvent} in the same transaction, which read it back through JPA before (the outbox message
	 * of every booking; 14 % of a booking's CPU). Never saved: not managed by any persistence context.
	 */
	static Booking inserted(long id, BookingCode code, long officeId, long dayId, LocalTime slotStart,
			LocalTime slotEnd, NewBooking request, Instant createdAt, String idempotencyKey) {
		var booking = new Booking();
		booking.id = id;
		booking.code = code.value();
		booking.officeId = officeId;
		booking.serviceDayId = dayId;
		booking.serviceDate = request.date();
		booking.slotStart = slotStart;
		booking.slotEnd = slotEnd;
		booking.applicationNumber = request.applicationNumber();
		booking.fullName = request.fullName();
		booking.phone = request.phone();
		booking.email = request.email();
		booking.vehicleType = request.vehicleType();
		booking.plateNumber = request.plateNumber();
		booking.collectorType = request.collectorType();
		booking.collectorName = request.collectorName();
		booking.priority = request.priority();
		booking.language = request.language();
		booking.status = BookingStatus.BOOKED;
		booking.createdAt = createdAt;
		booking.idempotencyKey = idempotencyKey;
		return booking;
	}

	/**
	 * Whether the applicant may still cancel or move it: only a BOOKED booking whose day has not passed
	 * (in the office's time zone) may change.
	 */
	public boolean isChangeable(LocalDate today) {
		return status == BookingStatus.BOOKED && !serviceDate.isBefore(today);
	}

	/** Cancels, or throws {@link BookingNotChangeableException} for a cancelled, collected or past booking. */
	void cancel(LocalDate today) {
		if (!isChangeable(today)) {
			throw new BookingNotChangeableException(status);
		}
		moveTo(BookingStatus.CANCELLED);
	}

	/** Moves to another day or slot; the caller has released the old place and claimed the new one. */
	void reschedule(long newDayId, LocalDate newDate, LocalTime newStart, LocalTime newEnd, LocalDate today) {
		if (!isChangeable(today)) {
			throw new BookingNotChangeableException(status);
		}
		this.serviceDayId = newDayId;
		this.serviceDate = newDate;
		this.slotStart = newStart;
		this.slotEnd = newEnd;
	}

	/** Moves the booking on, or says why it cannot. */
	void moveTo(BookingStatus target) {
		if (!status.canMoveTo(target)) {
			throw new IllegalBookingTransitionException(status, target);
		}
		this.status = target;
	}

	/** The car is at the gate or the window: it joins the queue of its lane. */
	public void arrive(Instant now) {
		moveTo(BookingStatus.ARRIVED);
		this.arrivedAt = now;
	}

	/** Calls an arrived car to a window (again, if it did not come forward); the queue display shows it. */
	public void callTo(int window, Instant now) {
		if (status != BookingStatus.ARRIVED) {
			throw new IllegalBookingTransitionException(status, BookingStatus.ARRIVED);
		}
		this.calledAt = now;
		this.windowNumber = window;
	}

	/** The passport was handed over; the caller has checked the documents for the collector type. */
	public void collect(Instant now, String officer) {
		moveTo(BookingStatus.COLLECTED);
		finish(now, officer, null);
	}

	/** Sent away at the window, with the reason; the place stays taken, the outcome is counted. */
	public void turnAway(String reason, Instant now, String officer) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A booking is turned away for a reason");
		}
		moveTo(BookingStatus.TURNED_AWAY);
		finish(now, officer, reason.strip());
	}

	/**
	 * Nobody came. Allowed only once the slot has ended plus a grace period, in the office's time, so that a
	 * car stuck in traffic is not written off while it may still come.
	 */
	public void markNoShow(Instant now, ZoneId zone, Duration grace, String officer) {
		if (!status.canMoveTo(BookingStatus.NO_SHOW)) {
			throw new IllegalBookingTransitionException(status, BookingStatus.NO_SHOW);
		}
		var allowedFrom = noShowAllowedFrom(zone, grace);
		if (now.isBefore(allowedFrom)) {
			throw new NoShowTooEarlyException(allowedFrom);
		}
		moveTo(BookingStatus.NO_SHOW);
		finish(now, officer, null);
	}

	public Instant noShowAllowedFrom(ZoneId zone, Duration grace) {
		return ZonedDateTime.of(serviceDate, slotEnd, zone).plus(grace).toInstant();
	}

	/**
	 * Takes back the last step, for a mis-click: the booking returns to {@code from}, which must be a status
	 * it can have come from. {@code callOnly} takes back a call to the window, which changed no status.
	 */
	public void undo(BookingStatus from, boolean callOnly) {
		if (callOnly) {
			if (status != BookingStatus.ARRIVED || calledAt == null) {
				throw new IllegalBookingTransitionException(status, from);
			}
			this.calledAt = null;
			this.windowNumber = null;
			return;
		}
		if (status == BookingStatus.CANCELLED || !from.canMoveTo(status)) {
			throw new IllegalBookingTransitionException(status, from);
		}
		this.status = from;
		this.finishedAt = null;
		this.finishedBy = null;
		this.outcomeReason = null;
		if (from == BookingStatus.BOOKED) {
			this.arrivedAt = null;
			this.calledAt = null;
			this.windowNumber = null;
		}
	}

	private void finish(Instant now, String officer, String reason) {
		this.finishedAt = now;
		this.finishedBy = officer;
		this.outcomeReason = reason;
	}

	public Long getId() {
		return id;
	}

	public BookingCode getCode() {
		return new BookingCode(code);
	}

	public Long getOfficeId() {
		return officeId;
	}

	public Long getServiceDayId() {
		return serviceDayId;
	}

	public LocalDate getServiceDate() {
		return serviceDate;
	}

	public LocalTime getSlotStart() {
		return slotStart;
	}

	public LocalTime getSlotEnd() {
		return slotEnd;
	}

	public String getApplicationNumber() {
		return applicationNumber;
	}

	public String getFullName() {
		return fullName;
	}

	public String getPhone() {
		return phone;
	}

	public String getEmail() {
		return email;
	}

	public VehicleType getVehicleType() {
		return vehicleType;
	}

	public String getPlateNumber() {
		return plateNumber;
	}

	public CollectorType getCollectorType() {
		return collectorType;
	}

	/** The name of whoever collects, when it is not the applicant. */
	public String getCollectorName() {
		return collectorName;
	}

	public boolean isPriority() {
		return priority;
	}

	/** The language the applicant booked in ({@code id} or {@code en}), for later messages. */
	public String getLanguage() {
		return language;
	}

	public BookingStatus getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getVersion() {
		return version;
	}

	public Instant getArrivedAt() {
		return arrivedAt;
	}

	/** When the car was last called to a window, or null while it waits. */
	public Instant getCalledAt() {
		return calledAt;
	}

	public Integer getWindowNumber() {
		return windowNumber;
	}

	/** When the booking reached its outcome (collected, turned away, no-show). */
	public Instant getFinishedAt() {
		return finishedAt;
	}

	/** Who handed the passport over or recorded the outcome. */
	public String getFinishedBy() {
		return finishedBy;
	}

	/** Why the booking was turned away. */
	public String getOutcomeReason() {
		return outcomeReason;
	}

}
