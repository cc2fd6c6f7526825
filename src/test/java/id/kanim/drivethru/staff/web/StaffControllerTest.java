package id.kanim.drivethru.staff.web;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;

import id.kanim.drivethru.infrastructure.security.WebSlice;
import id.kanim.drivethru.office.OfficeSettings;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.staff.StaffAccounts;
import id.kanim.drivethru.staff.StaffManagement;
import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.staff.StaffUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Staff management's mapping under the app's real security rules, without a database: only a supervisor or an
 * administrator reaches it, and a form without its CSRF token changes nothing whoever sends it. Signing in and
 * managing accounts for real are proven over HTTP in StaffSecurityTest and StaffManagementTest.
 */
@WebMvcTest(StaffController.class)
@WebSlice
class StaffControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	StaffManagement staff;

	@MockitoBean
	Offices offices;

	/** WebSlice's mock: asked on every staff request whether the signed-in account is still valid. */
	@Autowired
	StaffAccounts accounts;

	@Test
	void withoutASignInTheStaffListLeadsToTheSignInPage() throws Exception {
		mvc.perform(get("/staff/petugas")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		verifyNoInteractions(staff, offices);
	}

	@Test
	void anOfficerMayNeitherSeeNorChangeTheStaffList() throws Exception {
		mvc.perform(get("/staff/petugas").with(user("budi").roles("OFFICER"))).andExpect(status().isForbidden());
		mvc.perform(post("/staff/petugas").with(user("budi").roles("OFFICER")).with(csrf())
			.param("username", "baru")
			.param("displayName", "Petugas Baru")
			.param("role", "SUPERVISOR")).andExpect(status().isForbidden());
		mvc.perform(post("/staff/petugas/7/disable").with(user("budi").roles("OFFICER")).with(csrf())
			.param("confirmed", "true")).andExpect(status().isForbidden());
		verifyNoInteractions(staff, offices);
	}

	@Test
	void aFormWithoutItsCsrfTokenChangesNothingEvenForASupervisor() throws Exception {
		mvc.perform(post("/staff/petugas/7/disable").with(user("kepala").roles("SUPERVISOR", "OFFICER"))
			.param("confirmed", "true")).andExpect(status().isForbidden());
		verifyNoInteractions(staff, offices);
	}

	@Test
	void aSupervisorSeesTheStaffOfTheirOwnOfficeAndNoOther() throws Exception {
		var supervisor = StaffUsers.of("kepala", 1L, StaffRole.SUPERVISOR);
		given(accounts.state(supervisor)).willReturn(new StaffAccounts.AccountState(true, false));
		given(offices.byId(1L)).willReturn(office(1L, "KT01"));

		mvc.perform(get("/staff/petugas").with(user(supervisor)))
			.andExpect(status().isOk())
			.andExpect(view().name("staff/petugas"))
			.andExpect(model().attribute("admin", false));
		verify(staff).ofOffice(any(), eq(1L));

		mvc.perform(get("/staff/petugas").param("office", "KT02").with(user(supervisor)))
			.andExpect(status().isNotFound());
		verify(staff, never()).ofOffice(any(), eq(2L));
		verify(staff, never()).changes(any(), eq(2L), anyInt());
	}

	private static OfficeSettings office(long id, String code) {
		return new OfficeSettings(id, code, "Kantor Uji", "Jl. Uji No. 1", ZoneId.of("Asia/Jakarta"), LocalTime.of(9, 0),
				LocalTime.of(15, 0), 30, 20, 3, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 14, true, false, null);
	}

}
