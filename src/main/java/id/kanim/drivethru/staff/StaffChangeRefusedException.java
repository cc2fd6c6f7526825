package id.kanim.drivethru.staff;

/** A staff change that would break a rule; nothing was changed. The key names the text shown. */
public class StaffChangeRefusedException extends RuntimeException {

	private final String messageKey;

	private final Long officeId;

	public StaffChangeRefusedException(String messageKey, Long officeId) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.officeId = officeId;
	}

	/** The office of the account concerned, so the page can go back to its list; null if not known. */
	public Long getOfficeId() {
		return officeId;
	}

	public String getMessageKey() {
		return messageKey;
	}

}
