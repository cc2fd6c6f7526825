package id.kanim.drivethru.booking.web;

/** Only the code step's fields, for a form that has no others (cancelling a booking). */
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
