package id.kanim.drivethru.booking;

/** The raw fields of a booking request, as typed into the form or sent as JSON. */
public interface BookingInput {

	String getApplicationNumber();

	String getFullName();

	String getPhone();

	String getEmail();

	String getVehicleType();

	String getPlateNumber();

	String getDate();

	String getSlotStart();

}
