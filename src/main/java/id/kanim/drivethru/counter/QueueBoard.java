package id.kanim.drivethru.counter;

import java.time.LocalTime;
import java.util.List;

import id.kanim.drivethru.booking.VehicleType;

/**
 * What the screen at the drive-thru shows. Holds plates, lanes and windows only: it is public, so nothing
 * here may identify a person beyond the plate the car carries anyway.
 */
public record QueueBoard(String officeName, LocalTime time, List<CalledCar> called, List<Lane> lanes) {

	/**
	 * A car called to a window.
	 * @param callId tells one call from the next (a second call of the same car has a new one), so that a
	 * screen that speaks the calls speaks each call once, and a repeated call again
	 */
	public record CalledCar(String plate, VehicleType lane, int window, long callId) {
	}

	/** The cars waiting in one lane, next first. */
	public record Lane(VehicleType lane, List<String> plates) {
	}

}
