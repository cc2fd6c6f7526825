package id.kanim.drivethru.planning.web;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

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

	/**
	 * Marks the fields the chosen job needs but lacks, next to those fields: each job has a small form of its
	 * own, so a missing quota is an error on the quota field, not on the form as a whole.
	 */
	void rejectMissing(Errors errors) {
		if (action == null) {
			return;
		}
		switch (action) {
			case QUOTA, MOTORCYCLE_QUOTA -> {
				if (quota == null && !errors.hasFieldErrors("quota")) {
					errors.rejectValue("quota", "planning.form.quota.required");
				}
			}
			case SLOT_CAPACITY -> {
				if (capacity == null && !errors.hasFieldErrors("capacity")) {
					errors.rejectValue("capacity", "planning.form.capacity.required");
				}
			}
			case CLOSE -> {
				if ((reason == null || reason.strip().length() < 3) && !errors.hasFieldErrors("reason")) {
					errors.rejectValue("reason", "planning.form.reason.required");
				}
			}
			case REOPEN -> {
				// Nothing but the dates.
			}
		}
	}

	/** The job's part of the page address ({@code /staff/kuota/ubah/kuota}). */
	public static String slug(Action action) {
		return switch (action) {
			case QUOTA -> "kuota";
			case MOTORCYCLE_QUOTA -> "kuota-motor";
			case SLOT_CAPACITY -> "kapasitas";
			case CLOSE -> "tutup";
			case REOPEN -> "buka";
		};
	}

	/** The job of a page address, if it names one. */
	public static java.util.Optional<Action> ofSlug(String slug) {
		return java.util.Arrays.stream(Action.values()).filter(a -> slug(a).equals(slug)).findFirst();
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
