package id.kanim.drivethru.booking.web;

import id.kanim.drivethru.booking.ValidInput;
import id.kanim.drivethru.booking.ValidInput.Kind;

/**
 * The new day and time of a move, and the one-time code sent to the booking's phone (see PhoneGate); on the
 * page the session has already proven whose booking it is.
 */
public class MoveForm extends CodeForm {

	@ValidInput(Kind.DATE)
	private String date;

	@ValidInput(Kind.SLOT_START)
	private String slotStart;

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
