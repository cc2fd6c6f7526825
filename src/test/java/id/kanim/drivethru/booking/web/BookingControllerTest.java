package id.kanim.drivethru.booking.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.booking.BookingService;
import id.kanim.drivethru.booking.WaitingList;
import id.kanim.drivethru.capacity.PublishedAvailability;
import id.kanim.drivethru.infrastructure.security.WebSlice;
import id.kanim.drivethru.office.OfficeSettings;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.verification.PhoneGate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The booking form's mapping and validation alone, without a database: a refused form is the same page again
 * with each message beside its field and in the summary, and nothing is booked or sent. The whole journey is
 * proven over real HTTP in BookingPageTest and in a browser in BookingBrowserTest.
 */
@WebMvcTest(BookingController.class)
@WebSlice
class BookingControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Offices offices;

	@MockitoBean
	PublishedAvailability availability;

	@MockitoBean
	BookingService bookings;

	@MockitoBean
	WaitingList waitingList;

	@MockitoBean
	BookingAccess access;

	@MockitoBean
	CodeStep codeStep;

	@MockitoBean
	PhoneGate gate;

	@BeforeEach
	void anOffice() {
		given(offices.byCode("KT01")).willReturn(new OfficeSettings(1L, "KT01", "Kantor Uji", "Jl. Uji No. 1",
				ZoneId.of("Asia/Jakarta"), LocalTime.of(9, 0), LocalTime.of(15, 0), 30, 20, 3,
				EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 14, true, false, null));
	}

	@Test
	void showsEachRefusalBesideItsFieldAndInTheSummaryAndBooksNothing() throws Exception {
		mvc.perform(form("applicationNumber", "12", "plateNumber", "nope").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("booking/form"))
			.andExpect(model().attributeHasFieldErrors("form", "applicationNumber", "plateNumber"))
			.andExpect(model().attributeErrorCount("form", 2))
			.andExpect(content().string(allOf(containsString("class=\"error-summary\""),
					containsString("href=\"#applicationNumber\""), containsString("id=\"applicationNumber-error\""),
					containsString("href=\"#plateNumber\""), containsString("id=\"plateNumber-error\""))));
		verifyNoInteractions(bookings, waitingList, gate, access);
	}

	@Test
	void asksForTheTickOnWhatToBringWhichTheApiDoesNotNeed() throws Exception {
		mvc.perform(form("requirementsRead", "false").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "requirementsRead"))
			.andExpect(model().attributeErrorCount("form", 1))
			.andExpect(content().string(containsString("id=\"requirementsRead-error\"")));
		verifyNoInteractions(bookings, waitingList, gate, access);
	}

	@Test
	void refusesAFormWithoutItsCsrfToken() throws Exception {
		mvc.perform(form()).andExpect(status().isForbidden());
		verifyNoInteractions(bookings, waitingList, gate, access, offices);
	}

	/** The form as an applicant fills it in validly, but for the given names and values. */
	private static MockHttpServletRequestBuilder form(String... replaced) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("formToken", "5f0c6f5e-8d3c-4a53-9d5e-0b8f2b1c7e11");
		fields.put("applicationNumber", "ABC123456");
		fields.put("fullName", "Budi Santoso");
		fields.put("phone", "0812 3456 7890");
		fields.put("vehicleType", "CAR");
		fields.put("plateNumber", "BH 1 AB");
		fields.put("date", "2026-12-02");
		fields.put("slotStart", "09:00");
		fields.put("collectorType", "SELF");
		fields.put("requirementsRead", "true");
		fields.put("privacyConsent", "true");
		for (int i = 0; i < replaced.length; i += 2) {
			fields.put(replaced[i], replaced[i + 1]);
		}
		var request = post("/kantor/KT01/booking");
		fields.forEach(request::param);
		return request;
	}

}
