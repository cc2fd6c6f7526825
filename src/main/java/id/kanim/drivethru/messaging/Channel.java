package id.kanim.drivethru.messaging;

/**
 * Where a message goes. Callers name the kind of address only: which provider reaches a phone (WhatsApp or
 * SMS) is the deployment's choice, not the caller's.
 */
public enum Channel {

	/** A mobile number in E.164 form ({@code +62812...}). */
	PHONE,

	/** An e-mail address. */
	EMAIL

}
