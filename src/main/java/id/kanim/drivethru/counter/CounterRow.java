package id.kanim.drivethru.counter;

import java.time.LocalTime;

import id.kanim.drivethru.booking.BookingCode;
import id.kanim.drivethru.booking.BookingStatus;
import id.kanim.drivethru.booking.CollectorType;
import id.kanim.drivethru.booking.VehicleType;

/**
 * One booking as the officer sees it, times already in the office's zone.
 * @param queuePosition the place in its lane's queue while arrived and not yet called, else null
 */
public record CounterRow(BookingCode code, LocalTime slotStart, LocalTime slotEnd, BookingStatus status,
		VehicleType vehicleType, String plateNumber, String fullName, CollectorType collectorType,
		String collectorName, boolean priority, LocalTime arrivedAt, LocalTime calledAt, Integer window,
		Integer queuePosition, long version) {

	public boolean called() {
		return calledAt != null;
	}

	/**
	 * What the officer reads as the booking's state: its status, except that an arrived car called to a
	 * window is "CALLED" (a call changes no status, but it changes what happens next).
	 */
	public String stage() {
		return status == BookingStatus.ARRIVED && called() ? "CALLED" : status.name();
	}

}
