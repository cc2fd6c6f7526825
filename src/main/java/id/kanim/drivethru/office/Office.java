package id.kanim.drivethru.office;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * An immigration office that runs drive-thru pickup, and the defaults from which its service days start.
 */
@Entity
public class Office {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String address;

	private String timeZone;

	private LocalTime opensAt;

	private LocalTime closesAt;

	private int slotMinutes;

	private int defaultQuota;

	private int defaultSlotCapacity;

	@Convert(converter = WeekdaysConverter.class)
	@Column(name = "open_weekdays")
	private Set<DayOfWeek> openWeekdays = EnumSet.noneOf(DayOfWeek.class);

	private int bookingHorizonDays;

	private boolean proxiesAllowed;

	private boolean readyListRequired;

	private Integer motorcycleQuota;

	private LocalTime sameDayBookingUntil;

	@Version
	private long version;

	protected Office() {
	}

	public Office(String code, String name, String address, ZoneId timeZone, LocalTime opensAt, LocalTime closesAt,
			int slotMinutes, int defaultQuota, int defaultSlotCapacity, Set<DayOfWeek> openWeekdays,
			int bookingHorizonDays, boolean proxiesAllowed) {
		this.code = code;
		this.name = name;
		this.address = address;
		this.timeZone = timeZone.getId();
		this.opensAt = opensAt;
		this.closesAt = closesAt;
		this.slotMinutes = slotMinutes;
		this.defaultQuota = defaultQuota;
		this.defaultSlotCapacity = defaultSlotCapacity;
		this.openWeekdays = EnumSet.copyOf(openWeekdays);
		this.bookingHorizonDays = bookingHorizonDays;
		this.proxiesAllowed = proxiesAllowed;
	}

	/** The office's settings as an immutable value, safe to cache and to share between threads. */
	public OfficeSettings toSettings() {
		return new OfficeSettings(id, code, name, address, ZoneId.of(timeZone), opensAt, closesAt, slotMinutes,
				defaultQuota, defaultSlotCapacity, Set.copyOf(openWeekdays), bookingHorizonDays, proxiesAllowed,
				readyListRequired, motorcycleQuota, sameDayBookingUntil);
	}

	/** Takes new defaults; the caller has validated them (see {@link OfficeDefaults#hoursHoldASlot()}). */
	void changeDefaults(OfficeDefaults defaults) {
		if (!defaults.hoursHoldASlot() || defaults.openWeekdays().isEmpty()) {
			throw new IllegalArgumentException("Opening hours must hold a slot and the office must open on some day");
		}
		this.opensAt = defaults.opensAt();
		this.closesAt = defaults.closesAt();
		this.slotMinutes = defaults.slotMinutes();
		this.defaultQuota = defaults.defaultQuota();
		this.defaultSlotCapacity = defaults.defaultSlotCapacity();
		this.openWeekdays = EnumSet.copyOf(defaults.openWeekdays());
		this.bookingHorizonDays = defaults.bookingHorizonDays();
		this.proxiesAllowed = defaults.proxiesAllowed();
		this.readyListRequired = defaults.readyListRequired();
		this.motorcycleQuota = defaults.motorcycleQuota();
		this.sameDayBookingUntil = defaults.sameDayBookingUntil();
	}

	void describe(String name, String address) {
		this.name = name;
		this.address = address;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

}
