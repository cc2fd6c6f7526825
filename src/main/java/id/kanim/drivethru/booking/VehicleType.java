package id.kanim.drivethru.booking;

/** The lane a vehicle uses at the drive-thru. */
public enum VehicleType {

	CAR, MOTORCYCLE

}
