package id.kanim.drivethru.booking.web;

import id.kanim.drivethru.booking.ValidInput;
import id.kanim.drivethru.booking.ValidInput.Kind;

/** The new day and time of a move; on the page the session has already proven whose booking it is. */
public class MoveForm implements CodeStep.CodeFields {

	@ValidInput(Kind.DATE)
	private String date;

	@ValidInput(Kind.SLOT_START)
	private String slotStart;

	/** The one-time code sent to the booking's phone (see PhoneGate). */
	private String verificationId;

	private String verificationCode;

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

	public String getVerificationId() {
		return verificationId;
	}

	public void setVerificationId(String verificationId) {
		this.verificationId = verificationId;
	}

	public String getVerificationCode() {
		return verificationCode;
	}

	public void setVerificationCode(String verificationCode) {
		this.verificationCode = verificationCode;
	}

}
