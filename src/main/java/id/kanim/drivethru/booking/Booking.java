package id.kanim.drivethru.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A pickup slot held for one passport application. New bookings are written by {@link BookingService}
 * with plain SQL (they must claim capacity in the same transaction); later changes go through this entity,
 * whose methods refuse moves the status does not allow.
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

	protected Booking() {
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

	/** Moves to another day or slot; the caller has claimed the new place and releases the old one. */
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

}
