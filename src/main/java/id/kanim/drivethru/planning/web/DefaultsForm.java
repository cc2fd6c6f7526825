package id.kanim.drivethru.planning.web;

import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import id.kanim.drivethru.office.OfficeDefaults;
import id.kanim.drivethru.office.OfficeDefaultsForm;
import id.kanim.drivethru.office.OfficeSettings;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The office-wide settings as the supervisor edits them: the office's defaults (with the constraints the
 * administrator's new-office form has too) and the settings only this page changes.
 */
public class DefaultsForm extends OfficeDefaultsForm {

	private boolean readyListRequired;

	/** Empty: the motorcycle lane has no quota of its own. */
	@Min(value = 0, message = "{planning.form.number.range}")
	@Max(value = MAX_QUOTA, message = "{planning.form.number.range}")
	private Integer motorcycleQuota;

	/** Empty: no same-day booking, applicants book from tomorrow on. */
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime sameDayBookingUntil;

	static DefaultsForm of(OfficeSettings office) {
		var form = new DefaultsForm();
		form.fill(office);
		form.readyListRequired = office.readyListRequired();
		form.motorcycleQuota = office.motorcycleQuota();
		form.sameDayBookingUntil = office.sameDayBookingUntil();
		return form;
	}

	OfficeDefaults toDefaults() {
		return toDefaults(readyListRequired, motorcycleQuota, sameDayBookingUntil);
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
