package id.kanim.drivethru.booking;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A validated, normalised booking request, whichever way it came in.
 */
public record NewBooking(String applicationNumber, String fullName, String phone, String email,
		VehicleType vehicleType, String plateNumber, LocalDate date, LocalTime slotStart) {

	/**
	 * Normalises input that has passed {@link ValidInput} validation; anything else is a programming error.
	 */
	public static NewBooking from(BookingInput input) {
		var email = input.getEmail() == null || input.getEmail().isBlank() ? null
				: BookingInputs.email(input.getEmail()).orElseThrow();
		return new NewBooking(ApplicationNumber.normalise(input.getApplicationNumber()).orElseThrow(),
				PersonName.normalise(input.getFullName()).orElseThrow(),
				MobileNumber.normalise(input.getPhone()).orElseThrow(), email,
				BookingInputs.vehicleType(input.getVehicleType()).orElseThrow(),
				PlateNumber.normalise(input.getPlateNumber()).orElseThrow(),
				BookingInputs.date(input.getDate()).orElseThrow(),
				BookingInputs.time(input.getSlotStart()).orElseThrow());
	}

}
