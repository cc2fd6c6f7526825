package id.kanim.drivethru.verification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.CapturedMessages;
import id.kanim.drivethru.support.TestOffices;
import id.kanim.drivethru.support.TestPhones;
import id.kanim.drivethru.support.VerifiedIntegrationTest;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document says what the API really answers: real answers of every operation, successes and
 * problems, are checked against the document's JSON schemas, and every operation in it is exercised.
 */
@VerifiedIntegrationTest
class ApiContractTest extends AppTestBase {

	private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	Api api;

	JsonNode document;

	final List<String> exercised = new ArrayList<>();

	@BeforeEach
	void setUp() {
		api = new Api(port);
		var docs = api.get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		document = docs.json();
	}

	@Test
	void theDocumentIsOpenApi31AndHasNoUi() {
		assertThat(document.path("openapi").asString()).startsWith("3.1");
		assertThat(api.get("/swagger-ui/index.html").status()).isIn(401, 403, 404);
		assertThat(api.get("/swagger-ui.html").status()).isIn(401, 403, 404);
	}

	@Test
	void everyOperationAnswersAsTheDocumentSays() {
		var office = TestOffices.create(jdbc, 20, 5);
		var tomorrow = TestOffices.tomorrow(clock);
		var phone = TestPhones.next();
		var availability = "/api/v1/offices/{office}/availability";
		var verifications = "/api/v1/offices/{office}/verifications";
		var bookings = "/api/v1/offices/{office}/bookings";
		var booking = "/api/v1/bookings/{code}";
		var reschedule = "/api/v1/bookings/{code}/reschedule";

		conforms("get", availability, api.get("/api/v1/offices/" + office + "/availability"), 200);
		conforms("get", availability, api.get("/api/v1/offices/nowhere/availability"), 404);
		conforms("get", availability, api.get("/api/v1/offices/" + office + "/availability?from=kemarin"), 400);

		var started = api.post("/api/v1/offices/" + office + "/verifications", Map.of("phone", phone));
		conforms("post", verifications, started, 202);
		conforms("post", verifications, api.post("/api/v1/offices/" + office + "/verifications", Map.of("phone", "1")), 400);
		conforms("post", verifications, api.post("/api/v1/offices/nowhere/verifications", Map.of("phone", phone)), 404);

		var number = TestOffices.applicationNumber();
		var body = new HashMap<>(Api.booking(number, tomorrow, "09:00"));
		body.put("phone", phone);
		conforms("post", bookings, api.book(office, body), 400);
		body.put("verificationId", started.json().path("verificationId").asString());
		body.put("verificationCode", "000000".equals(CapturedMessages.latestCode(TestPhones.e164(phone))) ? "111111" : "000000");
		conforms("post", bookings, api.book(office, body), 403);
		body.put("verificationCode", CapturedMessages.latestCode(TestPhones.e164(phone)));
		var booked = api.book(office, body);
		conforms("post", bookings, booked, 201);
		var invalid = new HashMap<>(body);
		invalid.put("plateNumber", "?");
		conforms("post", bookings, api.book(office, invalid), 400);
		body.put("verificationId", api.post("/api/v1/offices/" + office + "/verifications", Map.of("phone", phone))
			.json().path("verificationId").asString());
		body.put("verificationCode", CapturedMessages.latestCode(TestPhones.e164(phone)));
		conforms("post", bookings, api.book(office, body), 409);

		var code = booked.json().path("code").asString();
		conforms("get", booking, api.get("/api/v1/bookings/" + code + "?applicationNumber=" + number), 200);
		conforms("get", booking, api.get("/api/v1/bookings/" + code + "?applicationNumber=NOPE123456"), 404);

		conforms("post", reschedule, api.reschedule(code, number, tomorrow, "10:00"), 400);
		var moveId = api.post("/api/v1/offices/" + office + "/verifications", Map.of("phone", phone)).json()
			.path("verificationId").asString();
		conforms("post", reschedule, api.post("/api/v1/bookings/" + code + "/reschedule",
				Map.of("applicationNumber", number, "date", tomorrow.toString(), "slotStart", "10:00", "verificationId",
						moveId, "verificationCode", CapturedMessages.latestCode(TestPhones.e164(phone)))), 200);

		conforms("delete", booking, api.delete("/api/v1/bookings/" + code + "?applicationNumber=" + number
				+ "&verificationId=" + moveId + "&verificationCode=123456"), 403);
		var cancelId = api.post("/api/v1/offices/" + office + "/verifications", Map.of("phone", phone)).json()
			.path("verificationId").asString();
		conforms("delete", booking, api.delete("/api/v1/bookings/" + code + "?applicationNumber=" + number
				+ "&verificationId=" + cancelId + "&verificationCode="
				+ CapturedMessages.latestCode(TestPhones.e164(phone))), 204);
		// Codes to one phone are limited: the limit's answer is in the document too.
		var limited = api.post("/api/v1/offices/" + office + "/verifications", Map.of("phone", phone));
		for (int i = 0; i < 5 && limited.status() == 202; i++) {
			limited = api.post("/api/v1/offices/" + office + "/verifications", Map.of("phone", phone));
		}
		conforms("post", verifications, limited, 429);
		assertThat(limited.retryAfter()).isNotNull();

		var documented = new TreeSet<String>();
		document.path("paths").properties().forEach(path -> path.getValue().properties()
			.forEach(op -> documented.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
		assertThat(new TreeSet<>(exercised)).as("every documented operation is exercised").isEqualTo(documented);
	}

	/** The answer has the expected status, the document lists it, and the body fits its schema. */
	private void conforms(String method, String template, Api.Response response, int expectedStatus) {
		assertThat(response.status()).as(method + " " + template + ": " + response.body()).isEqualTo(expectedStatus);
		exercised.add(method.toUpperCase(Locale.ROOT) + " " + template);
		var operation = document.path("paths").path(template).path(method);
		assertThat(operation.isMissingNode()).as("documented: " + method + " " + template).isFalse();
		var documented = operation.path("responses").path(String.valueOf(response.status()));
		assertThat(documented.isMissingNode()).as(method + " " + template + " documents " + response.status()).isFalse();
		if (response.body().isEmpty()) {
			assertThat(documented.path("content").isEmpty()).as("no body documented for " + response.status()).isTrue();
			return;
		}
		var mediaType = response.contentType().split(";")[0].strip();
		var media = documented.path("content").path(mediaType);
		if (media.isMissingNode()) {
			media = documented.path("content").path("*/*");
		}
		assertThat(media.isMissingNode()).as(method + " " + template + " " + response.status() + " documents "
				+ mediaType + " in " + documented).isFalse();
		var errors = validate(media.path("schema"), response.json());
		assertThat(errors).as(method + " " + template + " " + response.status() + ": " + response.body()).isEmpty();
	}

	/** The control: the same check refuses a body that does not fit, so the test above can fail. */
	@Test
	void theCheckRefusesABodyThatDoesNotFit() {
		var created = document.path("paths").path("/api/v1/offices/{office}/bookings").path("post").path("responses")
			.path("201").path("content");
		var schema = created.properties().iterator().next().getValue().path("schema");
		var problem = document.path("paths").path("/api/v1/bookings/{code}").path("get").path("responses").path("404")
			.path("content").path("application/problem+json").path("schema");

		assertThat(validate(schema, api.get("/v3/api-docs").json().path("info"))).isNotEmpty();
		assertThat(validate(schema, tools.jackson.databind.json.JsonMapper.builder().build()
			.readTree("{\"code\": \"ABCD1234\", \"status\": \"LOST\"}"))).isNotEmpty();
		assertThat(validate(problem, tools.jackson.databind.json.JsonMapper.builder().build()
			.readTree("{\"title\": \"no type\"}"))).isNotEmpty();
	}

	private List<com.networknt.schema.Error> validate(JsonNode schemaNode, JsonNode body) {
		var schema = (ObjectNode) schemaNode.deepCopy();
		schema.set("components", document.path("components"));
		return SCHEMAS.getSchema(schema.toString()).validate(body);
	}

}
