package id.kanim.drivethru.counter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.kanim.drivethru.support.Browser;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Takes loket steps as an officer's browser does, and reads a booking's audit rows. */
final class LoketSteps {

	private LoketSteps() {
	}

	/**
	 * Opens the booking (so the form's CSRF token and version are the ones a real screen would send) and
	 * posts the step; returns the answer, a redirect back to the booking.
	 */
	static Browser.Page take(Browser officer, JdbcClient jdbc, String code, String action, Map<String, ?> fields) {
		officer.get("/staff/loket/" + code);
		var all = new HashMap<String, Object>(fields);
		all.put("version", jdbc.sql("select version from booking where code = :c").param("c", code)
			.query(Long.class).single());
		var answer = officer.post("/staff/loket/" + code + "/" + action, all);
		assertThat(answer.status()).as(action).isEqualTo(302);
		return answer;
	}

	static Browser.Page take(Browser officer, JdbcClient jdbc, String code, String action) {
		return take(officer, jdbc, code, action, Map.of());
	}

	/** The booking's audit rows as {@code ACTION FROM>TO actor}, oldest first. */
	static List<String> audit(JdbcClient jdbc, String code) {
		return jdbc.sql("""
				select e.action || ' ' || e.from_status || '>' || e.to_status || ' ' || e.actor
				from booking_event e join booking b on b.id = e.booking_id where b.code = :code order by e.id""")
			.param("code", code)
			.query(String.class)
			.list();
	}

}
