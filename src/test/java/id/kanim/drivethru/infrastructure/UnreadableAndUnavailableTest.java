package id.kanim.drivethru.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.Browser;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestForms;
import id.kanim.drivethru.support.TestOffices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests the app cannot serve answer quickly and plainly: bad bytes are a 400, a database that makes a
 * request wait too long is a 503 to retry, never a hang, a 500 or a stack trace.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class UnreadableAndUnavailableTest extends AppTestBase {

	@Autowired
	DataSource dataSource;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@Test
	void answersInvalidUtf8InAnApiQueryWithA400Problem(CapturedOutput output) throws IOException {
		var response = raw("GET /api/v1/offices/jambi/availability?from=%ff HTTP/1.1");

		assertThat(response).startsWith("HTTP/1.1 400").contains("application/problem+json")
			.contains("/problems/bad-encoding");
		assertThat(output.getAll()).doesNotContain("Exception", "\tat ");
	}

	@Test
	void answersABrokenPercentCodeWithA400Problem(CapturedOutput output) throws IOException {
		assertThat(raw("GET /api/v1/offices/jambi/availability?from=%zz HTTP/1.1")).startsWith("HTTP/1.1 400")
			.contains("/problems/bad-encoding");
		assertThat(raw("GET /api/v1/offices/jambi/availability?from=2026-01-0% HTTP/1.1")).startsWith("HTTP/1.1 400");
		assertThat(output.getAll()).doesNotContain("Exception", "\tat ");
	}

	@Test
	void answersInvalidUtf8OnAPageWithTheErrorPage(CapturedOutput output) throws IOException {
		var response = raw("GET /kantor/jambi?lang=%c3%28 HTTP/1.1");

		assertThat(response).startsWith("HTTP/1.1 400").contains("text/html").contains("Permintaan tidak dapat dibaca");
		assertThat(output.getAll()).doesNotContain("Exception", "\tat ");
	}

	@Test
	void answersInvalidUtf8InAFormBodyWith400(CapturedOutput output) throws IOException {
		var body = "applicationNumber=%ff%fe&fullName=x";
		var response = raw("POST /kantor/jambi/booking HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded"
				+ "\r\nContent-Length: " + body.length(), body);

		assertThat(response).startsWith("HTTP/1.1 400");
		assertThat(output.getAll()).doesNotContain("Exception", "\tat ");
	}

	@Test
	void answersBadBytesInThePathWith400(CapturedOutput output) throws IOException {
		assertThat(raw("GET /kantor/%ff HTTP/1.1")).startsWith("HTTP/1.1 400");
		assertThat(raw("GET /kantor/%zz HTTP/1.1")).startsWith("HTTP/1.1 400");
		assertThat(raw("GET /api/v1/offices/%c3%28/availability HTTP/1.1")).startsWith("HTTP/1.1 400");
		assertThat(output.getAll()).doesNotContain("Exception", "\tat ");
	}

	@Test
	void letsGoodNonAsciiThrough() {
		assertThat(api.get("/api/v1/offices/jambi/availability?x=%C3%A9").status()).isEqualTo(200);
	}

	@Test
	void limitsHowLongAStatementMayRunOrWaitForALock() {
		assertThat(jdbc.sql("show statement_timeout").query(String.class).single()).isEqualTo("8s");
		assertThat(jdbc.sql("show lock_timeout").query(String.class).single()).isEqualTo("5s");
	}

	/**
	 * The day's counter row held by someone else for longer than the lock timeout: the booking gives up after
	 * 5 s with a 503 to retry, stores nothing, and logs one line, not a stack trace.
	 */
	@Test
	void answersABookingThatWaitsTooLongForALockWithA503(CapturedOutput output) throws Exception {
		var office = TestOffices.create(jdbc, 20, 3);
		LocalDate tomorrow = TestOffices.tomorrow(clock);
		// The day row exists once one booking is made.
		assertThat(api.book(office, Api.booking(TestOffices.applicationNumber(), tomorrow, "09:00")).status())
			.isEqualTo(201);
		try (var holder = dataSource.getConnection()) {
			holder.setAutoCommit(false);
			try (var statement = holder.createStatement()) {
				statement.execute("select * from service_day where office_id = (select id from office where code = '"
						+ office + "') for update");
			}
			long started = System.nanoTime();
			var response = api.book(office, Api.booking(TestOffices.applicationNumber(), tomorrow, "09:30"));
			var took = Duration.ofNanos(System.nanoTime() - started);
			holder.rollback();

			assertThat(response.status()).isEqualTo(503);
			assertThat(response.problemType()).isEqualTo("service-unavailable");
			assertThat(response.json().path("detail").asString()).contains("coba lagi beberapa menit lagi");
			assertThat(took).isLessThan(Duration.ofSeconds(10));
		}
		assertThat(Races.activeBookings(jdbc, office)).isEqualTo(1);
		assertThat(Races.counterMismatches(jdbc, office)).isEmpty();
		assertThat(output.getAll()).contains("answered 503").doesNotContain("\tat ");
	}

	/** The booking form, sent while the day's counter is locked for longer than the lock timeout: the 503 page. */
	@Test
	void showsTheServiceDisruptedPageWhenTheDatabaseMakesTheFormWaitTooLong(CapturedOutput output) throws Exception {
		var office = TestOffices.create(jdbc, 20, 3);
		LocalDate tomorrow = TestOffices.tomorrow(clock);
		assertThat(api.book(office, Api.booking(TestOffices.applicationNumber(), tomorrow, "09:00")).status())
			.isEqualTo(201);
		var browser = new Browser(port);
		var form = browser.get("/kantor/" + office + "/booking");
		var fields = TestForms.booking(form, TestOffices.applicationNumber(), tomorrow, "09:30");
		try (var holder = dataSource.getConnection()) {
			holder.setAutoCommit(false);
			try (var statement = holder.createStatement()) {
				statement.execute("select * from service_day where office_id = (select id from office where code = '"
						+ office + "') for update");
			}
			var page = browser.post("/kantor/" + office + "/booking", fields);
			holder.rollback();

			assertThat(page.status()).isEqualTo(503);
			assertThat(page.body()).contains("Layanan sedang gangguan, coba lagi beberapa menit lagi");
		}
		assertThat(Races.activeBookings(jdbc, office)).isEqualTo(1);
		assertThat(output.getAll()).doesNotContain("\tat ");
	}

	/** One raw request over a socket, since an HTTP client refuses to send a broken percent code. */
	private String raw(String requestLine) throws IOException {
		return raw(requestLine, "");
	}

	private String raw(String head, String body) throws IOException {
		try (var socket = new Socket("localhost", port)) {
			socket.setSoTimeout(15_000);
			var request = head + "\r\nHost: localhost\r\nAccept: " + (head.contains("/api/") ? "application/json" : "text/html")
					+ "\r\nConnection: close\r\n\r\n" + body;
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
