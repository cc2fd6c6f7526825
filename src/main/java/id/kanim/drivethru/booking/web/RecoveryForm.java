package id.kanim.drivethru.booking.web;

import id.kanim.drivethru.booking.ValidInput;
import id.kanim.drivethru.booking.ValidInput.Kind;

/** "Lupa kode booking?": the application number, then the one-time code sent to the booking's phone. */
public class RecoveryForm implements CodeStep.CodeFields {

	@ValidInput(Kind.APPLICATION_NUMBER)
	private String applicationNumber;

	private String verificationId;

	private String verificationCode;

	public String getApplicationNumber() {
		return applicationNumber;
	}

	public void setApplicationNumber(String applicationNumber) {
		this.applicationNumber = applicationNumber;
	}

	@Override
	public String getVerificationId() {
		return verificationId;
	}

	@Override
	public void setVerificationId(String verificationId) {
		this.verificationId = verificationId;
	}

	@Override
	public String getVerificationCode() {
		return verificationCode;
	}

	@Override
	public void setVerificationCode(String verificationCode) {
		this.verificationCode = verificationCode;
	}

}
