package id.kanim.drivethru.booking.web;

import id.kanim.drivethru.booking.ValidInput;
import id.kanim.drivethru.booking.ValidInput.Kind;

/** A move from the API: the new day and time, and the application number that proves the right to it. */
public class RescheduleRequest extends MoveForm {

	@ValidInput(Kind.APPLICATION_NUMBER)
	private String applicationNumber;

	public String getApplicationNumber() {
		return applicationNumber;
	}

	public void setApplicationNumber(String applicationNumber) {
		this.applicationNumber = applicationNumber;
	}

}
