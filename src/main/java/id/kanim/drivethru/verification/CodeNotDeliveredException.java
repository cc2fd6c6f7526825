package id.kanim.drivethru.verification;

/** The message provider did not take the code; nothing was kept and the applicant may ask again. */
public class CodeNotDeliveredException extends RuntimeException {

	public CodeNotDeliveredException(Throwable cause) {
		super("The one-time code could not be sent", cause, false, false);
	}

}
