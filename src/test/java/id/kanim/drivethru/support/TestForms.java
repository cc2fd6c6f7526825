package id.kanim.drivethru.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Forms as an applicant fills them in, for page tests; tests change the fields they are about. */
public final class TestForms {

	private TestForms() {
	}

	/**
	 * The booking form of the page just read, filled in validly for a car collected by the applicant: its CSRF
	 * token and form token (so a second submit is recognised) and every field, as a mutable map.
	 */
	public static Map<String, String> booking(Browser.Page form, String applicationNumber, LocalDate date,
			String slotStart) {
		var fields = new HashMap<String, String>();
		fields.put("_csrf", form.csrf());
		fields.put("formToken", form.input("formToken"));
		fields.put("applicationNumber", applicationNumber);
		fields.put("fullName", "Budi Santoso");
		fields.put("phone", "0812 3456 7890");
		fields.put("email", "");
		fields.put("vehicleType", "CAR");
		fields.put("plateNumber", "bh 1 ab");
		fields.put("date", date.toString());
		fields.put("slotStart", slotStart);
		fields.put("requirementsRead", "true");
		fields.put("privacyConsent", "true");
		return fields;
	}

}
