package id.kanim.drivethru.planning.web;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A change to one date or a range of dates: a quota, a slot capacity, a closure or a reopening. */
public class DayChangeForm {

	public enum Action {

		QUOTA, MOTORCYCLE_QUOTA, SLOT_CAPACITY, CLOSE, REOPEN

	}

	@NotNull(message = "{planning.form.from.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	@NotNull(message = "{planning.form.action.required}")
	private Action action;

	@Min(value = 0, message = "{planning.form.number.range}")
	@Max(value = 10000, message = "{planning.form.number.range}")
	private Integer quota;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime slotStart;

	@Min(value = 0, message = "{planning.form.number.range}")
	@Max(value = 10000, message = "{planning.form.number.range}")
	private Integer capacity;

	@Size(max = 300, message = "{planning.form.reason.size}")
	private String reason;

	private boolean cancelBookings;

	@AssertTrue(message = "{planning.form.quota.required}")
	public boolean isQuotaGivenForQuotaChange() {
		return action != Action.QUOTA || quota != null;
	}

	@AssertTrue(message = "{planning.form.quota.required}")
	public boolean isQuotaGivenForLaneChange() {
		return action != Action.MOTORCYCLE_QUOTA || quota != null;
	}

	@AssertTrue(message = "{planning.form.capacity.required}")
	public boolean isCapacityGivenForCapacityChange() {
		return action != Action.SLOT_CAPACITY || capacity != null;
	}

	@AssertTrue(message = "{planning.form.reason.required}")
	public boolean isReasonGivenForClosure() {
		return action != Action.CLOSE || (reason != null && reason.strip().length() >= 3);
	}

	/** A single date when no end is given. */
	public LocalDate effectiveTo() {
		return to == null ? from : to;
	}

	public LocalDate getFrom() {
		return from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public Action getAction() {
		return action;
	}

	public void setAction(Action action) {
		this.action = action;
	}

	public Integer getQuota() {
		return quota;
	}

	public void setQuota(Integer quota) {
		this.quota = quota;
	}

	public LocalTime getSlotStart() {
		return slotStart;
	}

	public void setSlotStart(LocalTime slotStart) {
		this.slotStart = slotStart;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public boolean isCancelBookings() {
		return cancelBookings;
	}

	public void setCancelBookings(boolean cancelBookings) {
		this.cancelBookings = cancelBookings;
	}

}
