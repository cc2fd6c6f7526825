package id.kanim.drivethru.infrastructure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.TestOffices;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prometheus metrics are answered on the management port only, never on the public one, and count what
 * operators alert on: bookings by result and reason, the claim time, the message backlog, one-time codes and
 * the connection pool.
 */
@IntegrationTest
@TestPropertySource(properties = "management.server.port=0")
class PrometheusMetricsTest extends AppTestBase {

	@LocalManagementPort
	int managementPort;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void thePublicPortNeverAnswersMetrics() throws Exception {
		assertThat(managementPort).isNotEqualTo(port);
		var publicAnswer = get(port, "/actuator/prometheus");
		// Denied like every other /actuator/** path there: an anonymous visitor is sent to the sign-in page.
		assertThat(publicAnswer.statusCode()).isIn(302, 403, 404);
		assertThat(publicAnswer.body()).doesNotContain("drivethru_bookings");
		assertThat(get(managementPort, "/actuator/prometheus").statusCode()).isEqualTo(200);
		assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	@Test
	void bookingsAreCountedByResultAndReason() throws Exception {
		var office = TestOffices.create(jdbc, 1, 1);
		var date = TestOffices.tomorrow(clock);
		var api = new Api(port);
		double bookedBefore = value("drivethru_bookings_total", "reason=\"none\",result=\"booked\"");
		double fullBefore = value("drivethru_bookings_total", "reason=\"quota-full\",result=\"refused\"");
		double claimsBefore = value("drivethru_booking_claim_seconds_count", "");

		assertThat(api.book(office, Api.booking(TestOffices.applicationNumber(), date, "09:00")).status()).isEqualTo(201);
		assertThat(api.book(office, Api.booking(TestOffices.applicationNumber(), date, "09:30")).status()).isEqualTo(409);

		assertThat(value("drivethru_bookings_total", "reason=\"none\",result=\"booked\"")).isEqualTo(bookedBefore + 1);
		assertThat(value("drivethru_bookings_total", "reason=\"quota-full\",result=\"refused\"")).isEqualTo(fullBefore + 1);
		assertThat(value("drivethru_booking_claim_seconds_count", "")).isEqualTo(claimsBefore + 2);
		var scrape = get(managementPort, "/actuator/prometheus").body();
		assertThat(scrape).contains("drivethru_booking_claim_seconds_bucket", "drivethru_messages_pending",
				"drivethru_messages_failed", "drivethru_messages_oldest_pending_age_seconds",
				"drivethru_verification_codes_sent_total", "hikaricp_connections_active", "hikaricp_connections_pending",
				"jvm_memory_used_bytes");
	}

	/**
	 * The Grafana dashboard and the alert rules of docs/operations.md name only metrics the app exports, so a
	 * renamed metric cannot leave an empty panel or an alert that never fires.
	 */
	@Test
	void theDashboardAndTheAlertsNameOnlyExportedMetrics() throws Exception {
		var scrape = get(managementPort, "/actuator/prometheus").body();
		var exported = new java.util.HashSet<String>();
		Pattern.compile("(?m)^([a-z_]+)[{ ]").matcher(scrape).results().forEach(m -> exported.add(m.group(1)));
		var dashboard = java.nio.file.Files.readString(java.nio.file.Path.of("deploy/grafana/drivethru.json"));
		var operations = java.nio.file.Files.readString(java.nio.file.Path.of("docs/operations.md"));
		var named = new java.util.TreeSet<String>();
		var metric = Pattern.compile("\\b((?:drivethru|hikaricp|jvm)_[a-z_]+)");
		metric.matcher(dashboard).results().forEach(m -> named.add(m.group(1)));
		metric.matcher(operations).results().forEach(m -> named.add(m.group(1)));

		assertThat(named).contains("drivethru_bookings_total", "drivethru_booking_claim_seconds_bucket",
				"drivethru_messages_pending", "drivethru_verification_codes_sent_total", "hikaricp_connections_pending");
		assertThat(exported).containsAll(named);
	}

	/** The value of one sample in the scrape (the first with these labels), or 0 before it was first counted. */
	private double value(String name, String labels) throws Exception {
		var scrape = get(managementPort, "/actuator/prometheus").body();
		var pattern = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*" + Pattern.quote(labels)
				+ "[^}]*\\})? ([0-9.eE+-]+)$");
		var matcher = pattern.matcher(scrape);
		return matcher.find() ? Double.parseDouble(matcher.group(2)) : 0;
	}

	private HttpResponse<String> get(int onPort, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
