package id.kanim.drivethru.verification;

/**
 * The one-time code (or API key) was missing ({@link Kind#REQUIRED}) or did not prove the phone
 * ({@link Kind#FAILED}: wrong, expired, used up, used already, or for another phone or office — the caller is
 * not told which, so nobody learns anything by trying).
 */
public class VerificationException extends RuntimeException {

	public enum Kind {

		REQUIRED("verification-required"), FAILED("verification-failed");

		private final String problemType;

		Kind(String problemType) {
			this.problemType = problemType;
		}

		/** The API problem type and the last part of the message key. */
		public String problemType() {
			return problemType;
		}

	}

	private final Kind kind;

	public VerificationException(Kind kind) {
		super(kind.problemType(), null, false, false);
		this.kind = kind;
	}

	public Kind kind() {
		return kind;
	}

	/** The message key of the text shown to the applicant. */
	public String messageKey() {
		return "verification." + kind.problemType();
	}

}
