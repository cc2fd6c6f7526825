package id.kanim.drivethru.verification;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.CapturedMessages;
import id.kanim.drivethru.support.OfficeTestBase;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestOffices;
import id.kanim.drivethru.support.TestPhones;
import id.kanim.drivethru.support.VerifiedIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-time code of the JSON API, with the proof on as in production, over real HTTP and PostgreSQL. */
@VerifiedIntegrationTest
class PhoneVerificationApiTest extends OfficeTestBase {

	PhoneVerificationApiTest() {
		super(20, 5);
	}

	@Autowired
	ApiKeys apiKeys;

	@Autowired
	ExpiredProofs expiredProofs;

	String phone;

	@BeforeEach
	void newPhone() {
		phone = TestPhones.next();
	}

	String requestCode(String local) {
		var response = api.post("/api/v1/offices/" + office + "/verifications", Map.of("phone", local));
		assertThat(response.status()).as(response.body()).isEqualTo(202);
		return response.json().path("verificationId").asString();
	}

	Map<String, Object> booking(String applicationNumber, String local, String verificationId, String code) {
		var body = new HashMap<>(Api.booking(applicationNumber, tomorrow, "09:00"));
		body.put("phone", local);
		if (verificationId != null) {
			body.put("verificationId", verificationId);
		}
		if (code != null) {
			body.put("verificationCode", code);
		}
		return body;
	}

	long bookings() {
		return Races.activeBookings(jdbc, office);
	}

	@Test
	void bookingWithoutACodeIsRefusedAndStoresNothing() {
		var response = api.book(office, booking(TestOffices.applicationNumber(), phone, null, null));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.problemType()).isEqualTo("verification-required");
		assertThat(bookings()).isZero();
	}

	@Test
	void aCodeBooksOnceAndCannotBeUsedAgain() {
		var id = requestCode(phone);
		var code = CapturedMessages.latestCode(TestPhones.e164(phone));

		var first = api.book(office, booking(TestOffices.applicationNumber(), phone, id, code));
		var again = api.book(office, booking(TestOffices.applicationNumber(), phone, id, code));

		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(403);
		assertThat(again.problemType()).isEqualTo("verification-failed");
		assertThat(bookings()).isEqualTo(1);
	}

	@Test
	void aCodeCannotBeGuessedInFiveTries() {
		var id = requestCode(phone);
		var code = CapturedMessages.latestCode(TestPhones.e164(phone));
		var wrong = code.equals("000000") ? "111111" : "000000";
		for (int i = 0; i < 5; i++) {
			var guess = api.book(office, booking(TestOffices.applicationNumber(), phone, id, wrong));
			assertThat(guess.status()).isEqualTo(403);
			assertThat(guess.problemType()).isEqualTo("verification-failed");
		}

		var right = api.book(office, booking(TestOffices.applicationNumber(), phone, id, code));

		assertThat(right.status()).isEqualTo(403);
		assertThat(bookings()).isZero();
	}

	@Test
	void aCodeCannotBeUsedForAnotherPhone() {
		var id = requestCode(phone);
		var code = CapturedMessages.latestCode(TestPhones.e164(phone));

		var response = api.book(office, booking(TestOffices.applicationNumber(), TestPhones.next(), id, code));

		assertThat(response.status()).isEqualTo(403);
		assertThat(bookings()).isZero();
	}

	@Test
	void aCodeExpiresAfterFiveMinutes() {
		var id = requestCode(phone);
		var code = CapturedMessages.latestCode(TestPhones.e164(phone));
		clock.advance(Duration.ofMinutes(5).plusSeconds(1));

		var response = api.book(office, booking(TestOffices.applicationNumber(), phone, id, code));

		assertThat(response.status()).isEqualTo(403);
		assertThat(bookings()).isZero();
	}

	@Test
	void onlyAHashOfTheCodeIsStored() {
		var id = requestCode(phone);
		var code = CapturedMessages.latestCode(TestPhones.e164(phone));

		var row = jdbc.sql("select * from phone_verification where id = cast(:id as uuid)").param("id", id)
			.query().singleRow();

		assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(code));
		assertThat(row.get("code_hash").toString()).hasSize(64);
	}

	@Test
	void aRefusedBookingGivesTheCodeBack() {
		var full = TestOffices.create(jdbc, 1, 1);
		assertThat(api.post("/api/v1/offices/" + full + "/verifications", Map.of("phone", phone)).status())
			.isEqualTo(202);
		// Fill the day with a code of another phone.
		var other = TestPhones.next();
		var otherId = api.post("/api/v1/offices/" + full + "/verifications", Map.of("phone", other)).json()
			.path("verificationId").asString();
		var filled = booking(TestOffices.applicationNumber(), other, otherId,
				CapturedMessages.latestCode(TestPhones.e164(other)));
		assertThat(api.book(full, filled).status()).isEqualTo(201);
		var id = jdbc.sql("select cast(id as varchar) from phone_verification where phone = :p").param("p",
				TestPhones.e164(phone)).query(String.class).single();
		var code = CapturedMessages.latestCode(TestPhones.e164(phone));

		var refused = api.book(full, booking(TestOffices.applicationNumber(), phone, id, code));
		var elsewhere = api.book(full, booking(TestOffices.applicationNumber(), phone, id, code));

		assertThat(refused.problemType()).isEqualTo("quota-full");
		assertThat(elsewhere.problemType()).as("the code still works after the refusal").isEqualTo("quota-full");
	}

	@RepeatedTest(3)
	void aCodeRacedByTenRequestsBooksExactlyOnce() {
		var id = requestCode(phone);
		var code = CapturedMessages.latestCode(TestPhones.e164(phone));

		var responses = Races.race(10,
				i -> api.book(office, booking(TestOffices.applicationNumber(), phone, id, code)));

		var outcomes = Races.outcomes(responses);
		assertThat(outcomes.get("201")).isEqualTo(1L);
		assertThat(outcomes.get("403 verification-failed")).isEqualTo(9L);
		assertThat(bookings()).isEqualTo(1);
	}

	@Test
	void cancelAndRescheduleNeedACodeSentToTheBookingsPhone() {
		var number = TestOffices.applicationNumber();
		var id = requestCode(phone);
		var booked = api.book(office, booking(number, phone, id, CapturedMessages.latestCode(TestPhones.e164(phone))));
		var bookingCode = booked.json().path("code").asString();

		var noCode = api.cancel(bookingCode, number);
		var stranger = TestPhones.next();
		var strangerId = requestCode(stranger);
		var strangersCode = api.delete("/api/v1/bookings/" + bookingCode + "?applicationNumber=" + number
				+ "&verificationId=" + strangerId + "&verificationCode="
				+ CapturedMessages.latestCode(TestPhones.e164(stranger)));
		var moveWithoutCode = api.reschedule(bookingCode, number, tomorrow, "10:00");

		assertThat(noCode.problemType()).isEqualTo("verification-required");
		assertThat(strangersCode.problemType()).isEqualTo("verification-failed");
		assertThat(moveWithoutCode.problemType()).isEqualTo("verification-required");
		assertThat(bookings()).isEqualTo(1);

		var moveId = requestCode(phone);
		var moved = api.post("/api/v1/bookings/" + bookingCode + "/reschedule",
				Map.of("applicationNumber", number, "date", tomorrow.toString(), "slotStart", "10:00",
						"verificationId", moveId, "verificationCode",
						CapturedMessages.latestCode(TestPhones.e164(phone))));
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().path("slotStart").asString()).startsWith("10:00");

		var cancelId = requestCode(phone);
		var cancelled = api.delete("/api/v1/bookings/" + bookingCode + "?applicationNumber=" + number
				+ "&verificationId=" + cancelId + "&verificationCode="
				+ CapturedMessages.latestCode(TestPhones.e164(phone)));
		assertThat(cancelled.status()).isEqualTo(204);
		assertThat(bookings()).isZero();
	}

	@Test
	void anApiKeyBooksForItsOfficesOnlyUntilRevoked() {
		var issued = apiKeys.issue("Aplikasi M-Paspor", Set.of(office), "admin");
		var otherOffice = TestOffices.create(jdbc, 20, 5);
		var body = booking(TestOffices.applicationNumber(), phone, null, null);

		var booked = api.book(office, body, "X-API-Key", issued.key());
		var elsewhere = api.book(otherOffice, booking(TestOffices.applicationNumber(), phone, null, null), "X-API-Key",
				issued.key());
		var forged = api.book(office, booking(TestOffices.applicationNumber(), phone, null, null), "X-API-Key",
				issued.key().substring(0, 20) + "0".repeat(issued.key().length() - 20));
		apiKeys.revoke(issued.id(), "admin");
		var revoked = api.book(office, booking(TestOffices.applicationNumber(), phone, null, null), "X-API-Key",
				issued.key());

		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		assertThat(elsewhere.problemType()).isEqualTo("verification-failed");
		assertThat(forged.problemType()).isEqualTo("verification-failed");
		assertThat(revoked.problemType()).isEqualTo("verification-failed");
		assertThat(bookings()).isEqualTo(1);
		assertThat(jdbc.sql("select key_hash from api_key where id = :id").param("id", issued.id()).query(String.class)
			.single()).doesNotContain(issued.key()).hasSize(64);
	}

	@Test
	void codesToOnePhoneAreLimitedWithRetryAfter() {
		for (int i = 0; i < 5; i++) {
			requestCode(phone);
		}

		var sixth = api.post("/api/v1/offices/" + office + "/verifications", Map.of("phone", phone));

		assertThat(sixth.status()).isEqualTo(429);
		assertThat(sixth.problemType()).isEqualTo("too-many-requests");
		assertThat(Long.parseLong(sixth.retryAfter())).isBetween(1L, 3600L);
		assertThat(sixth.json().path("detail").asString()).contains("menit");
		assertThat(CapturedMessages.count(TestPhones.e164(phone))).isEqualTo(5);
	}

	@Test
	void bookingsPerPhoneAtOneOfficeAreLimited() {
		for (int i = 0; i < 4; i++) {
			var id = requestCode(phone);
			assertThat(api.book(office, booking(TestOffices.applicationNumber(), phone, id,
					CapturedMessages.latestCode(TestPhones.e164(phone)))).status()).isEqualTo(201);
		}
		var id = requestCode(phone);

		var fifth = api.book(office, booking(TestOffices.applicationNumber(), phone, id,
				CapturedMessages.latestCode(TestPhones.e164(phone))));

		assertThat(fifth.status()).isEqualTo(429);
		assertThat(fifth.retryAfter()).isNotNull();
		assertThat(bookings()).isEqualTo(4);
	}

	@Test
	void codesAndTheirPhoneAreForgottenADayAfterTheyExpired() {
		var id = requestCode(phone);
		expiredProofs.forget();
		assertThat(codeRows(id)).isEqualTo(1);

		clock.advance(Duration.ofDays(1).plusMinutes(10));
		expiredProofs.forget();

		assertThat(codeRows(id)).isZero();
	}

	long codeRows(String id) {
		return jdbc.sql("select count(*) from phone_verification where id = cast(:id as uuid)").param("id", id)
			.query(Long.class).single();
	}

	@Test
	void aBadPhoneGetsAFieldError() {
		var response = api.post("/api/v1/offices/" + office + "/verifications", Map.of("phone", "12345"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("phone");
	}

}
