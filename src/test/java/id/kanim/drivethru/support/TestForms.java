package id.kanim.drivethru.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

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
		Api.booking(applicationNumber, date, slotStart).forEach((name, value) -> fields.put(name, String.valueOf(value)));
		// The page's own hidden fields and tick, and an applicant's spelling, which the app normalises.
		fields.putAll(Map.of("_csrf", Objects.toString(form.csrf(), ""), "formToken",
				Objects.toString(form.input("formToken"), ""), "requirementsRead", "true",
				"fullName", "Budi Santoso", "phone", "0812 3456 7890", "email", "", "plateNumber", "bh 1 ab"));
		return fields;
	}

}
