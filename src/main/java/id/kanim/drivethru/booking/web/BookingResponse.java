package id.kanim.drivethru.booking.web;

import java.time.LocalDate;
import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonFormat;

import id.kanim.drivethru.booking.BookingStatus;
import id.kanim.drivethru.booking.BookingView;
import id.kanim.drivethru.booking.VehicleType;

/** A booking as the API returns it: no name, phone or application number. */
record BookingResponse(String code, BookingStatus status, String office, LocalDate date,
		@JsonFormat(pattern = "HH:mm") LocalTime slotStart, @JsonFormat(pattern = "HH:mm") LocalTime slotEnd,
		String plateNumber, VehicleType vehicleType) {

	static BookingResponse from(BookingView view) {
		return new BookingResponse(view.code().display(), view.status(), view.officeCode(), view.date(),
				view.slotStart(), view.slotEnd(), view.plateNumber(), view.vehicleType());
	}

}
