package id.kanim.drivethru.planning.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.format.annotation.DateTimeFormat;

/** A correction of one ready-list entry: its application number and its issue date (empty: unknown). */
public class ReadyEntryForm {

	@NotBlank(message = "{ready.form.number.required}")
	@Pattern(regexp = "\\s*\"?[A-Za-z0-9]{6,32}\"?\\s*", message = "{ready.form.number.invalid}")
	private String applicationNumber;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate issuedOn;

	public String getApplicationNumber() {
		return applicationNumber;
	}

	public void setApplicationNumber(String applicationNumber) {
		this.applicationNumber = applicationNumber;
	}

	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	public void setIssuedOn(LocalDate issuedOn) {
		this.issuedOn = issuedOn;
	}

}
