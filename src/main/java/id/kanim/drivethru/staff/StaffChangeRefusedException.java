package id.kanim.drivethru.staff;

/** A staff change that would break a rule; nothing was changed. The key names the text shown. */
public class StaffChangeRefusedException extends RuntimeException {

	private final String messageKey;

	public StaffChangeRefusedException(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return messageKey;
	}

}
