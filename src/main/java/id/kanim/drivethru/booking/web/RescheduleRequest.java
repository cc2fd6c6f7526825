package id.kanim.drivethru.booking.web;

import id.kanim.drivethru.booking.ValidInput;
import id.kanim.drivethru.booking.ValidInput.Kind;

/** A move to another day or slot, from the API ({@code applicationNumber} proves the right to it) or a page. */
public class RescheduleRequest {

	@ValidInput(Kind.APPLICATION_NUMBER)
	private String applicationNumber;

	@ValidInput(Kind.DATE)
	private String date;

	@ValidInput(Kind.SLOT_START)
	private String slotStart;

	public String getApplicationNumber() {
		return applicationNumber;
	}

	public void setApplicationNumber(String applicationNumber) {
		this.applicationNumber = applicationNumber;
	}

	public String getDate() {
		return date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getSlotStart() {
		return slotStart;
	}

	public void setSlotStart(String slotStart) {
		this.slotStart = slotStart;
	}

}
