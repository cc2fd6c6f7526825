package id.kanim.drivethru.booking.web;

import id.kanim.drivethru.booking.BookingInput;
import id.kanim.drivethru.booking.ValidInput;
import id.kanim.drivethru.booking.ValidInput.Kind;

/**
 * The booking fields as typed, bound from the HTML form and from the API's JSON alike. Everything is a
 * string so that a bad date or vehicle type becomes a field error next to the field, not a parse failure.
 */
public class BookingForm implements BookingInput {

	@ValidInput(Kind.APPLICATION_NUMBER)
	private String applicationNumber;

	@ValidInput(Kind.FULL_NAME)
	private String fullName;

	@ValidInput(Kind.MOBILE_NUMBER)
	private String phone;

	@ValidInput(value = Kind.EMAIL, optional = true)
	private String email;

	@ValidInput(Kind.VEHICLE_TYPE)
	private String vehicleType;

	@ValidInput(Kind.PLATE_NUMBER)
	private String plateNumber;

	@ValidInput(Kind.DATE)
	private String date;

	@ValidInput(Kind.SLOT_START)
	private String slotStart;

	/** A random token per rendered form, so that a double-clicked submit books once. Not used by the API. */
	private String formToken;

	@Override
	public String getApplicationNumber() {
		return applicationNumber;
	}

	public void setApplicationNumber(String applicationNumber) {
		this.applicationNumber = applicationNumber;
	}

	@Override
	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	@Override
	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	@Override
	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	@Override
	public String getVehicleType() {
		return vehicleType;
	}

	public void setVehicleType(String vehicleType) {
		this.vehicleType = vehicleType;
	}

	@Override
	public String getPlateNumber() {
		return plateNumber;
	}

	public void setPlateNumber(String plateNumber) {
		this.plateNumber = plateNumber;
	}

	@Override
	public String getDate() {
		return date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	@Override
	public String getSlotStart() {
		return slotStart;
	}

	public void setSlotStart(String slotStart) {
		this.slotStart = slotStart;
	}

	public String getFormToken() {
		return formToken;
	}

	public void setFormToken(String formToken) {
		this.formToken = formToken;
	}

}
