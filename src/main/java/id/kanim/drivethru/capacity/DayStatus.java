package id.kanim.drivethru.capacity;

/** How a bookable day looks to an applicant. */
public enum DayStatus {

	OPEN, FULL, CLOSED

}
