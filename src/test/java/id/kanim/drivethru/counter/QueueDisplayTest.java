package id.kanim.drivethru.counter;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.support.Browser;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.OfficeTestBase;
import id.kanim.drivethru.support.TestBookings;
import id.kanim.drivethru.support.TestOffices;


import static org.assertj.core.api.Assertions.assertThat;

/** The public queue screen: plates, lanes and windows, and nothing that identifies a person. */
@IntegrationTest
class QueueDisplayTest extends OfficeTestBase {

	QueueDisplayTest() {
		super(20, 5);
	}

	Browser officer;

	@BeforeEach
	void signInAsOfficer() {
		signIn(StaffRole.OFFICER);
		officer = browser;
	}

	@Test
	void theDisplayShowsCalledAndWaitingPlatesPerLaneWithoutLogin() {
		var today = TestBookings.today(clock);
		var called = TestBookings.book(jdbc, office, today, "09:00", "BH 1111 CA");
		var firstCar = TestBookings.book(jdbc, office, today, "09:00", "BH 2222 CB");
		var priorityCar = TestBookings.book(jdbc, office, today, "09:30", "BH 3333 CC", "CAR", "PROXY", true);
		var bike = TestBookings.book(jdbc, office, today, "09:00", "BH 4444 MA", "MOTORCYCLE", "SELF", false);
		var notArrived = TestBookings.book(jdbc, office, today, "09:00", "BH 5555 NA");
		for (var code : new String[] { called, firstCar, priorityCar, bike }) {
			step(code, "arrive");
		}
		officer.post("/staff/loket/window", Map.of("window", 2));
		step(called, "call");

		var page = new Browser(port).get("/display/" + office);

		assertThat(page.status()).isEqualTo(200);
		var body = page.body();
		assertThat(body).containsSubsequence("Silakan maju", "BH 1111 CA", "mobil – loket 2");
		assertThat(body).containsSubsequence("Berikutnya, lajur mobil", "BH 3333 CC", "BH 2222 CB",
				"Berikutnya, lajur sepeda motor", "BH 4444 MA");
		assertThat(body).doesNotContain("BH 5555 NA");
		assertThat(body).contains("Siapkan KTP asli");
		assertThat(notArrived).isNotBlank();
	}

	@Test
	void theDisplayShowsNoNamePhoneEmailOrBookingCode() {
		var code = TestBookings.book(jdbc, office, TestBookings.today(clock), "09:00", "BH 6666 PR", "CAR", "FAMILY", true);
		step(code, "arrive");

		for (var path : new String[] { "/display/" + office, "/display/" + office + "/board" }) {
			var body = new Browser(port).get(path).body();
			assertThat(body).as(path).contains("BH 6666 PR")
				.doesNotContain("Siti").doesNotContain("Nurhaliza").doesNotContain("Ahmad Fauzi")
				.doesNotContain("0812").doesNotContain("example.id")
				.doesNotContain(code).doesNotContain(code.substring(0, 4) + "-" + code.substring(4))
				.doesNotContain("APP");
		}
	}

	@Test
	void theDisplayUpdatesItselfWithHtmxAndReloadsWithoutJavaScript() {
		var page = new Browser(port).get("/display/" + office);

		assertThat(page.body()).contains("hx-get=\"/display/" + office + "/board\"").contains("hx-trigger=\"every 3s\"")
			.containsPattern("src=\"/webjars/htmx.org/[0-9.]+/dist/htmx.min.js\"")
			.contains("<noscript><meta http-equiv=\"refresh\" content=\"6\"></noscript>")
			.doesNotContain("<script>").doesNotContain("style=\"");
		assertThat(page.setCookies()).as("a TV needs no session").isEmpty();
		var board = new Browser(port).get("/display/" + office + "/board", "HX-Request", "true");
		assertThat(board.body()).startsWith("<main").contains("hx-trigger=\"every 3s\"").doesNotContain("<html");
		assertThat(new Browser(port).get("/webjars/htmx.org/dist/htmx.min.js").status()).isEqualTo(200);
	}

	@Test
	void anUnknownOfficeHasNoDisplay() {
		assertThat(new Browser(port).get("/display/tidak-ada").status()).isEqualTo(404);
	}

	private void step(String code, String action) {
		LoketSteps.take(officer, jdbc, code, action);
	}

}
