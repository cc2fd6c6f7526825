package id.kanim.drivethru.readiness;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.OfficeTestBase;
import id.kanim.drivethru.support.TestOffices;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The list of passports ready for pickup: upload rules and the gate it puts on booking. */
@IntegrationTest
class ReadyListTest extends OfficeTestBase {

	@Autowired
	ReadyList readyList;

	@Autowired
	id.kanim.drivethru.office.Offices offices;

	void requireReadyList() {
		jdbc.sql("update office set ready_list_required = true where code = :code").param("code", office).update();
		offices.evict(office);
	}

	@Test
	void reportsEveryBadLineAndStoresNothingFromARejectedFile() {
		var result = readyList.upload(office, """
				application_number,issued_on
				ABC123456,2026-11-20
				bad number,2026-11-20
				XYZ987654,31/02/2026
				QWE123456,2026-11-21,081234567890,extra
				""", "kasi");

		assertThat(result.accepted()).isFalse();
		assertThat(result.problems()).extracting(ReadyList.LineProblem::line, ReadyList.LineProblem::problem)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "application-number"),
					org.assertj.core.groups.Tuple.tuple(4, "issued-on"),
					org.assertj.core.groups.Tuple.tuple(5, "too-many-fields"));
		assertThat(readyList.size(office)).isZero();
	}

	@Test
	void mergesReUploads() {
		assertThat(readyList.upload(office, "abc123456,2026-11-20\nDEF123456\n", "kasi").merged()).isEqualTo(2);
		assertThat(readyList.upload(office, "DEF123456;25/11/2026\nGHI123456\n", "kasi").merged()).isEqualTo(2);

		assertThat(readyList.size(office)).isEqualTo(3);
		var officeId = offices.byCode(office).id();
		assertThat(readyList.find(officeId, "ABC123456").get().issuedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(readyList.find(officeId, "DEF123456").get().issuedOn()).isEqualTo(LocalDate.of(2026, 11, 25));
		assertThat(readyList.find(officeId, "GHI123456").get().issuedOn()).isNull();
	}

	@Test
	void refusesAnEmptyFile() {
		assertThat(readyList.upload(office, "application_number\n\n", "kasi").problems())
			.extracting(ReadyList.LineProblem::problem)
			.containsExactly("empty");
	}

	@Test
	void letsOnlyListedApplicationsBookWhenTheOfficeTurnsTheCheckOn() {
		var listed = TestOffices.applicationNumber();
		var unlisted = TestOffices.applicationNumber();
		readyList.upload(office, listed + "\n", "kasi");

		assertThat(api.book(office, Api.booking(unlisted, tomorrow, "09:00")).status())
			.as("the check is off by default").isEqualTo(201);

		requireReadyList();
		var refused = api.book(office, Api.booking(TestOffices.applicationNumber(), tomorrow, "09:00"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.problemType()).isEqualTo("passport-not-ready");
		assertThat(api.book(office, Api.booking(listed, tomorrow, "09:00")).status()).isEqualTo(201);
	}

	@Test
	void endsTheBookableDatesThirtyDaysAfterIssue() {
		requireReadyList();
		var number = TestOffices.applicationNumber();
		var issued = tomorrow.minusDays(27);
		readyList.upload(office, number + "," + issued + "\n", "kasi");

		var tooLate = api.book(office, Api.booking(number, issued.plusDays(31), "09:00"));
		assertThat(tooLate.status()).isEqualTo(400);
		assertThat(tooLate.json().path("errors").get(0).path("field").asString()).isEqualTo("date");
		assertThat(tooLate.json().path("errors").get(0).path("message").asString()).contains(issued.plusDays(30).toString());

		assertThat(api.book(office, Api.booking(number, issued.plusDays(30), "09:00")).status()).isEqualTo(201);
	}

}
