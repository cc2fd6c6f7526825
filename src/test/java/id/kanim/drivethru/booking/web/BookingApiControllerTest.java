package id.kanim.drivethru.booking.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kanim.drivethru.booking.BookingService;
import id.kanim.drivethru.booking.ManageBookings;
import id.kanim.drivethru.infrastructure.security.WebSlice;
import id.kanim.drivethru.verification.PhoneGate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The booking API's mapping and validation alone, without a database: a request the rules refuse never reaches
 * a service and is answered with an RFC 9457 problem naming the field. What the services then do is proven
 * over real HTTP against PostgreSQL in BookingApiTest.
 */
@WebMvcTest(BookingApiController.class)
@WebSlice
class BookingApiControllerTest {

	private static final String VALID = """
			{"applicationNumber": "ABC123456", "fullName": "Siti Nurhaliza", "phone": "081234567890",
			 "vehicleType": "CAR", "plateNumber": "BH 1234 XY", "date": "2026-12-02", "slotStart": "09:00",
			 "privacyConsent": true}""";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	BookingService bookings;

	@MockitoBean
	ManageBookings manage;

	@MockitoBean
	LookupGuard guard;

	@MockitoBean
	PhoneGate gate;

	@AfterEach
	void nothingElseWasCalled() {
		verifyNoMoreInteractions(bookings, manage, gate);
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource({ "applicationNumber, '\"\"'", "applicationNumber, '\"12\"'", "fullName, '\"\"'",
			"phone, '\"021 123\"'", "vehicleType, '\"BUS\"'", "plateNumber, '\"1234 XY\"'",
			"date, '\"30-11-2026\"'", "slotStart, '\"9 pagi\"'", "privacyConsent, false" })
	void refusesAnInvalidFieldWithAProblemThatNamesItAndCallsNothing(String field, String json) throws Exception {
		var body = VALID.replaceFirst("\"" + field + "\": [^,}]+", "\"" + field + "\": " + json.replace("$", "\\$"));

		mvc.perform(post("/api/v1/offices/KT01/bookings").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type", endsWith("/invalid-booking")))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message", not(emptyString())));
		verifyNoInteractions(bookings, manage, gate);
	}

	@Test
	void refusesUnreadableJsonNamingTheBody() throws Exception {
		mvc.perform(post("/api/v1/offices/KT01/bookings").contentType(MediaType.APPLICATION_JSON)
			.content("{\"applicationNumber\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		verifyNoInteractions(bookings, manage, gate);
	}

	@Test
	void refusesAMalformedIdempotencyKeyBeforeLookingForAnEarlierBooking() throws Exception {
		mvc.perform(post("/api/v1/offices/KT01/bookings").contentType(MediaType.APPLICATION_JSON).content(VALID)
			.header("Idempotency-Key", "x".repeat(65)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
		verifyNoInteractions(bookings, manage, gate);
	}

	@Test
	void aLookupOfAnUnknownPairIsTheOneNotFoundProblemAndCountsAsAFailure() throws Exception {
		given(guard.allows(anyString(), anyString())).willReturn(true);

		mvc.perform(get("/api/v1/bookings/ABCD-EFGH").param("applicationNumber", "ABC123456"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type", endsWith("/booking-not-found")));
		verify(bookings).find("ABCD-EFGH", "ABC123456");
		verify(guard).failed(any(), org.mockito.ArgumentMatchers.eq("ABCD-EFGH"));
	}

	@Test
	void aClientOverItsLookupLimitIsRefusedWithoutALookup() throws Exception {
		given(guard.allows(anyString(), anyString())).willReturn(false);

		mvc.perform(get("/api/v1/bookings/ABCD-EFGH").param("applicationNumber", "ABC123456"))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.type", endsWith("/too-many-lookups")));
		verifyNoInteractions(bookings);
	}

}
