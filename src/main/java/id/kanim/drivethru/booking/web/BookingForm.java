package id.kanim.drivethru.booking.web;

import jakarta.validation.constraints.AssertTrue;

import id.kanim.drivethru.booking.BookingInput;
import id.kanim.drivethru.booking.ValidCollector;
import id.kanim.drivethru.booking.ValidInput;
import id.kanim.drivethru.booking.ValidInput.Kind;
import id.kanim.drivethru.infrastructure.web.PageOrder;

/**
 * The booking fields as typed, bound from the HTML form and from the API's JSON alike. Everything is a
 * string so that a bad date or vehicle type becomes a field error next to the field, not a parse failure.
 */
@ValidCollector
@PageOrder({ "date", "slotStart", "applicationNumber", "fullName", "phone", "email", "vehicleType", "plateNumber",
		"collectorType", "collectorName", "priority", "requirementsRead", "privacyConsent", "verificationCode" })
public class BookingForm extends CodeForm implements BookingInput {

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

	/** Blank means the applicant collects; FAMILY and PROXY need a name and an office that allows them. */
	@ValidInput(value = Kind.COLLECTOR_TYPE, optional = true)
	private String collectorType;

	@ValidInput(value = Kind.COLLECTOR_NAME, optional = true)
	private String collectorName;

	private boolean priority;

	/** Required by the form and the API alike: nothing is stored without the applicant's agreement. */
	@AssertTrue(message = "{validation.privacyConsent.required}")
	private boolean privacyConsent;

	/** The form's "I have read what to bring" tick; checked by the page controller, not asked of the API. */
	private boolean requirementsRead;

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

	@Override
	public String getCollectorType() {
		return collectorType;
	}

	public void setCollectorType(String collectorType) {
		this.collectorType = collectorType;
	}

	@Override
	public String getCollectorName() {
		return collectorName;
	}

	public void setCollectorName(String collectorName) {
		this.collectorName = collectorName;
	}

	@Override
	public boolean isPriority() {
		return priority;
	}

	public void setPriority(boolean priority) {
		this.priority = priority;
	}

	@Override
	public boolean isPrivacyConsent() {
		return privacyConsent;
	}

	public void setPrivacyConsent(boolean privacyConsent) {
		this.privacyConsent = privacyConsent;
	}

	public boolean isRequirementsRead() {
		return requirementsRead;
	}

	public void setRequirementsRead(boolean requirementsRead) {
		this.requirementsRead = requirementsRead;
	}

}
