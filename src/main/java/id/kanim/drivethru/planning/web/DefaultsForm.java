package id.kanim.drivethru.planning.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.kanim.drivethru.office.OfficeDefaults;
import id.kanim.drivethru.office.OfficeSettings;

import org.springframework.format.annotation.DateTimeFormat;

/** The office-wide settings as the supervisor edits them. */
public class DefaultsForm {

	@NotBlank(message = "{planning.defaults.name.required}")
	@Size(max = 200, message = "{planning.defaults.name.required}")
	private String name;

	@NotBlank(message = "{planning.defaults.address.required}")
	@Size(max = 500, message = "{planning.defaults.address.required}")
	private String address;

	@NotNull(message = "{planning.defaults.hours.invalid}")
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime opensAt;

	@NotNull(message = "{planning.defaults.hours.invalid}")
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime closesAt;

	@Min(value = 5, message = "{planning.defaults.slotMinutes.range}")
	@Max(value = 240, message = "{planning.defaults.slotMinutes.range}")
	private int slotMinutes;

	@Min(value = 0, message = "{planning.form.number.range}")
	@Max(value = 10000, message = "{planning.form.number.range}")
	private int defaultQuota;

	@Min(value = 0, message = "{planning.form.number.range}")
	@Max(value = 10000, message = "{planning.form.number.range}")
	private int defaultSlotCapacity;

	@NotEmpty(message = "{planning.defaults.weekdays.required}")
	private Set<DayOfWeek> openWeekdays = EnumSet.noneOf(DayOfWeek.class);

	@Min(value = 1, message = "{planning.defaults.horizon.range}")
	@Max(value = 90, message = "{planning.defaults.horizon.range}")
	private int bookingHorizonDays;

	private boolean proxiesAllowed;

	private boolean readyListRequired;

	/** Empty: the motorcycle lane has no quota of its own. */
	@Min(value = 0, message = "{planning.form.number.range}")
	@Max(value = 10000, message = "{planning.form.number.range}")
	private Integer motorcycleQuota;

	/** Empty: no same-day booking, applicants book from tomorrow on. */
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime sameDayBookingUntil;

	static DefaultsForm of(OfficeSettings office) {
		var form = new DefaultsForm();
		form.name = office.name();
		form.address = office.address();
		form.opensAt = office.opensAt();
		form.closesAt = office.closesAt();
		form.slotMinutes = office.slotMinutes();
		form.defaultQuota = office.defaultQuota();
		form.defaultSlotCapacity = office.defaultSlotCapacity();
		form.openWeekdays = office.openWeekdays().isEmpty() ? EnumSet.noneOf(DayOfWeek.class)
				: EnumSet.copyOf(office.openWeekdays());
		form.bookingHorizonDays = office.bookingHorizonDays();
		form.proxiesAllowed = office.proxiesAllowed();
		form.readyListRequired = office.readyListRequired();
		form.motorcycleQuota = office.motorcycleQuota();
		form.sameDayBookingUntil = office.sameDayBookingUntil();
		return form;
	}

	OfficeDefaults toDefaults() {
		return new OfficeDefaults(opensAt, closesAt, slotMinutes, defaultQuota, defaultSlotCapacity, openWeekdays,
				bookingHorizonDays, proxiesAllowed, readyListRequired, motorcycleQuota, sameDayBookingUntil);
	}

	@AssertTrue(message = "{planning.defaults.hours.invalid}")
	public boolean isHoursHoldASlot() {
		return opensAt == null || closesAt == null || toDefaults().hoursHoldASlot();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public LocalTime getOpensAt() {
		return opensAt;
	}

	public void setOpensAt(LocalTime opensAt) {
		this.opensAt = opensAt;
	}

	public LocalTime getClosesAt() {
		return closesAt;
	}

	public void setClosesAt(LocalTime closesAt) {
		this.closesAt = closesAt;
	}

	public int getSlotMinutes() {
		return slotMinutes;
	}

	public void setSlotMinutes(int slotMinutes) {
		this.slotMinutes = slotMinutes;
	}

	public int getDefaultQuota() {
		return defaultQuota;
	}

	public void setDefaultQuota(int defaultQuota) {
		this.defaultQuota = defaultQuota;
	}

	public int getDefaultSlotCapacity() {
		return defaultSlotCapacity;
	}

	public void setDefaultSlotCapacity(int defaultSlotCapacity) {
		this.defaultSlotCapacity = defaultSlotCapacity;
	}

	public Set<DayOfWeek> getOpenWeekdays() {
		return openWeekdays;
	}

	public void setOpenWeekdays(Set<DayOfWeek> openWeekdays) {
		this.openWeekdays = openWeekdays == null ? EnumSet.noneOf(DayOfWeek.class) : openWeekdays;
	}

	public int getBookingHorizonDays() {
		return bookingHorizonDays;
	}

	public void setBookingHorizonDays(int bookingHorizonDays) {
		this.bookingHorizonDays = bookingHorizonDays;
	}

	public boolean isProxiesAllowed() {
		return proxiesAllowed;
	}

	public void setProxiesAllowed(boolean proxiesAllowed) {
		this.proxiesAllowed = proxiesAllowed;
	}

	public Integer getMotorcycleQuota() {
		return motorcycleQuota;
	}

	public void setMotorcycleQuota(Integer motorcycleQuota) {
		this.motorcycleQuota = motorcycleQuota;
	}

	public boolean isReadyListRequired() {
		return readyListRequired;
	}

	public void setReadyListRequired(boolean readyListRequired) {
		this.readyListRequired = readyListRequired;
	}

	public LocalTime getSameDayBookingUntil() {
		return sameDayBookingUntil;
	}

	public void setSameDayBookingUntil(LocalTime sameDayBookingUntil) {
		this.sameDayBookingUntil = sameDayBookingUntil;
	}

}
