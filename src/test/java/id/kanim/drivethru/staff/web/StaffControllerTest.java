package id.kanim.drivethru.staff.web;

import org.junit.jupiter.api.Test;

import id.kanim.drivethru.infrastructure.security.WebSlice;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.staff.StaffManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

}
