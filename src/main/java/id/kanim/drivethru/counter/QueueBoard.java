package id.kanim.drivethru.counter;

import java.util.List;

import id.kanim.drivethru.booking.VehicleType;

/**
 * What the screen at the drive-thru shows. Holds plates, lanes and windows only: it is public, so nothing
 * here may identify a person beyond the plate the car carries anyway.
 */
public record QueueBoard(String officeName, List<CalledCar> called, List<Lane> lanes) {

	/** A car called to a window. */
	public record CalledCar(String plate, VehicleType lane, int window) {
	}

	/** The cars waiting in one lane, next first. */
	public record Lane(VehicleType lane, List<String> plates) {
	}

}
