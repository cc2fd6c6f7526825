package id.kanim.drivethru.booking.web;

import jakarta.validation.constraints.NotBlank;

/** The "Cek / ubah booking" form: both fields are needed, and a wrong pair gets one answer whatever is wrong. */
public class LookupForm {

	@NotBlank(message = "{validation.code.required}")
	private String code;

	@NotBlank(message = "{validation.applicationNumber.required}")
	private String applicationNumber;

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getApplicationNumber() {
		return applicationNumber;
	}

	public void setApplicationNumber(String applicationNumber) {
		this.applicationNumber = applicationNumber;
	}

}
