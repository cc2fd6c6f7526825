package id.kanim.drivethru.counter;

/** The usual reasons a car is sent away; anything else is typed in by the officer. */
public enum TurnAwayReason {

	DOCUMENTS_INCOMPLETE, PASSPORT_NOT_READY, OTHER

}
