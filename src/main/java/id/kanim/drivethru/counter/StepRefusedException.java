package id.kanim.drivethru.counter;

/**
 * A step the officer asked for that was not taken; nothing changed. Carries the text to show (a key in the
 * staff bundle and its arguments), since each refusal needs its own plain explanation.
 */
public class StepRefusedException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public StepRefusedException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String getMessageKey() {
		return messageKey;
	}

	public Object[] getArguments() {
		return arguments;
	}

}
