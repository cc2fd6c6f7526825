package id.kanim.drivethru.booking;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What the applicant is told about a booking. Holds no name or phone, so it is safe to return from the
 * booking API.
 */
public record BookingView(BookingCode code, BookingStatus status, String officeCode, LocalDate date,
		LocalTime slotStart, LocalTime slotEnd, String plateNumber, VehicleType vehicleType) {

}
