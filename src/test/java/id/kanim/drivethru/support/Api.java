package id.kanim.drivethru.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The test client of the JSON API (pages have {@link Browser}): real requests over a real socket, no mock
 * MVC, no state, so one instance may serve many threads of a race.
 */
public class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	public Api(int port) {
		this.base = "http://localhost:" + port;
	}

	public Response get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	public Response cancel(String code, String applicationNumber) {
		return delete("/api/v1/bookings/" + code + "?applicationNumber=" + applicationNumber);
	}

	public Response reschedule(String code, String applicationNumber, LocalDate date, String slotStart) {
		return post("/api/v1/bookings/" + code + "/reschedule",
				Map.of("applicationNumber", applicationNumber, "date", date.toString(), "slotStart", slotStart));
	}

	public Response delete(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
	}

	public Response post(String path, Object body, String... headers) {
		var builder = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
		for (int i = 0; i < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return send(builder);
	}

	public Response book(String office, Map<String, Object> body, String... headers) {
		return post("/api/v1/offices/" + office + "/bookings", body, headers);
	}

	private Response send(HttpRequest.Builder request) {
		var response = Http.send(request, HttpResponse.BodyHandlers.ofString());
		return new Response(response.statusCode(), response.body(),
				response.headers().firstValue("Content-Type").orElse(""),
				response.headers().firstValue("Retry-After").orElse(null));
	}

	/** A valid booking request; tests change the fields they are about. */
	public static Map<String, Object> booking(String applicationNumber, LocalDate date, String slotStart) {
		var body = new LinkedHashMap<String, Object>();
		body.put("applicationNumber", applicationNumber);
		body.put("fullName", "Siti Nurhaliza");
		body.put("phone", "081234567890");
		body.put("email", "siti@example.id");
		body.put("vehicleType", "CAR");
		body.put("plateNumber", "BH 1234 XY");
		body.put("date", date.toString());
		body.put("slotStart", slotStart);
		body.put("privacyConsent", true);
		return body;
	}

	public record Response(int status, String body, String contentType, String retryAfter) {

		public Response(int status, String body, String contentType) {
			this(status, body, contentType, null);
		}

		public JsonNode json() {
			return JSON.readTree(body);
		}

		/** The last word of a problem's type, such as {@code quota-full}. */
		public String problemType() {
			var type = json().path("type").asString();
			return type.substring(type.lastIndexOf('/') + 1);
		}

	}

}
