package id.kanim.drivethru.booking.web;

/**
 * The code step's fields: a form of their own for cancelling a booking, the base of the booking, move and recovery
 * forms.
 */
public class CodeForm implements CodeStep.CodeFields {

	private String verificationId;

	private String verificationCode;

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
