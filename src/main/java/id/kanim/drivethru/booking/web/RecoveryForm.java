package id.kanim.drivethru.booking.web;

import id.kanim.drivethru.booking.ValidInput;
import id.kanim.drivethru.booking.ValidInput.Kind;

/** "Lupa kode booking?": the application number, then the one-time code sent to the booking's phone. */
public class RecoveryForm extends CodeForm {

	@ValidInput(Kind.APPLICATION_NUMBER)
	private String applicationNumber;

	public String getApplicationNumber() {
		return applicationNumber;
	}

	public void setApplicationNumber(String applicationNumber) {
		this.applicationNumber = applicationNumber;
	}

}
