package id.kanim.drivethru.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.booking.BookingCode;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.staff.StaffAccounts;
import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.support.Browser;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.TestOffices;
import id.kanim.drivethru.support.TestStaff;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report against a known set of bookings, written straight into the database: every number is worked
 * out by hand in the comments, so a wrong query cannot hide.
 */
@IntegrationTest
class ReportsTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Reports reports;

	@Autowired
	Offices offices;

	@Autowired
	StaffAccounts accounts;

	String office;

	long officeId;

	LocalDate first;

	LocalDate second;

	int counter;

	@BeforeEach
	void setUp() {
		office = TestOffices.create(jdbc, 10, 10);
		officeId = offices.byCode(office).id();
		first = TestOffices.tomorrow(clock).minusDays(11);
		second = first.plusDays(1);
		long day = day(first, 10);
		day(second, 10);
		// First day: 3 collected (car 300 s and 600 s, motorcycle 120 s), 1 no-show (car), 2 turned away (car:
		// documents incomplete and another reason), 2 cancelled (car), 1 still booked (motorcycle).
		booking(day, "COLLECTED", "CAR", 300, null);
		booking(day, "COLLECTED", "CAR", 600, null);
		booking(day, "COLLECTED", "MOTORCYCLE", 120, null);
		booking(day, "NO_SHOW", "CAR", null, null);
		booking(day, "TURNED_AWAY", "CAR", 60, "DOCUMENTS_INCOMPLETE");
		booking(day, "TURNED_AWAY", "CAR", 60, "Kaca film terlalu gelap");
		booking(day, "CANCELLED", "CAR", null, null);
		booking(day, "CANCELLED", "CAR", null, null);
		booking(day, "BOOKED", "MOTORCYCLE", null, null);
		// Waiting list on the first day: three joined, one got a place. Unmet demand: 4 and 2.
		waiting(first, "WAITING");
		waiting(first, "WAITING");
		waiting(first, "PROMOTED");
		for (int i = 0; i < 4; i++) {
			unmet(first);
		}
		unmet(second);
		unmet(second);
	}

	@Test
	void countsEachOutcomeExactly() {
		var report = reports.period(offices.byCode(office), first, second);

		assertThat(report.days()).hasSize(2);
		var day = report.days().get(0);
		assertThat(day.quota()).isEqualTo(10);
		assertThat(day.booked()).isEqualTo(7);
		assertThat(day.quotaUsePercent()).isEqualTo(70);
		assertThat(day.arrived()).isEqualTo(5);
		assertThat(day.collected()).isEqualTo(3);
		assertThat(day.noShow()).isEqualTo(1);
		assertThat(day.turnedAwayDocuments()).isEqualTo(1);
		assertThat(day.turnedAwayNotReady()).isZero();
		assertThat(day.turnedAwayOther()).isEqualTo(1);
		assertThat(day.cancelled()).isEqualTo(2);
		assertThat(day.waitingJoins()).isEqualTo(3);
		assertThat(day.waitingPromotions()).isEqualTo(1);
		assertThat(day.unmetDemand()).isEqualTo(4);
		// (300 + 600 + 120) / 3 = 340 s; P90 of 120, 300, 600 interpolates to 300 + 0.8 * 300 = 540 s.
		assertThat(day.averageWaitSeconds()).isEqualTo(340.0);
		assertThat(day.p90WaitSeconds()).isEqualTo(540.0);
		// Cars: 2 collected + no-show + 2 turned away = 5 held a place; wait (300 + 600) / 2 and 300 + 0.9 * 300.
		assertThat(day.car()).isEqualTo(new DayReport.LaneNumbers(5, 2, 450.0, 570.0));
		assertThat(day.motorcycle()).isEqualTo(new DayReport.LaneNumbers(2, 1, 120.0, 120.0));

		assertThat(report.days().get(1).booked()).isZero();
		assertThat(report.days().get(1).unmetDemand()).isEqualTo(2);
		assertThat(report.total().quota()).isEqualTo(20);
		assertThat(report.total().booked()).isEqualTo(7);
		assertThat(report.total().unmetDemand()).isEqualTo(6);
		assertThat(report.total().p90WaitSeconds()).isEqualTo(540.0);
		// 6 refused over 2 served days: 3 more places a day, on an average quota of 10.
		assertThat(report.extraPlacesPerDay()).isEqualTo(3);
		assertThat(report.averageQuota()).isEqualTo(10);
	}

	@Test
	void theCsvExportMatchesThePage() {
		var browser = new Browser(port);
		browser.signIn(TestStaff.create(accounts, jdbc, office, StaffRole.SUPERVISOR), TestStaff.PASSWORD);

		var page = browser.get("/staff/laporan?from=" + first + "&to=" + second);
		var csv = browser.get("/staff/laporan/csv?from=" + first + "&to=" + second);

		assertThat(page.status()).isEqualTo(200);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
		var lines = csv.body().split("\r\n");
		assertThat(lines).hasSize(4);
		assertThat(lines[1]).isEqualTo(first + ",10,7,70,5,3,1,1,0,1,2,3,1,4,5.7,9.0,5,2,7.5,9.5,2,1,2.0,2.0,0");
		assertThat(lines[2]).isEqualTo(second + ",10,0,0,0,0,0,0,0,0,0,0,0,2,,,0,0,,,0,0,,,0");
		assertThat(lines[3]).isEqualTo("total,20,7,35,5,3,1,1,0,1,2,3,1,6,5.7,9.0,5,2,7.5,9.5,2,1,2.0,2.0,0");
		var total = page.body().substring(page.body().indexOf("id=\"report-total\""));
		total = total.substring(0, total.indexOf("</tr>"));
		for (var number : new String[] { ">20<", ">7<", ">35%<", ">5<", ">3<", ">1<", "2 (1/0/1)", "3 / 1", ">6<",
				"5.7 / 9.0" }) {
			assertThat(total).as(number).contains(number);
		}
		assertThat(page.body()).contains("id=\"what-if\"").contains("6 pemohon").contains("3 tempat")
			.contains("<svg", "class=\"chart\"");
		assertThat(browser.get("/staff/laporan/bulanan?month=" + first.toString().substring(0, 7)).status())
			.isEqualTo(200);
	}

	@Test
	void aSupervisorSeesOnlyTheirOwnOfficesNumbers() {
		var other = TestOffices.create(jdbc, 10, 10);
		var browser = new Browser(port);
		browser.signIn(TestStaff.create(accounts, jdbc, other, StaffRole.SUPERVISOR), TestStaff.PASSWORD);

		var csv = browser.get("/staff/laporan/csv?office=" + office + "&from=" + first + "&to=" + second);

		assertThat(csv.body()).contains("total,20,0,0");
		assertThat(browser.get("/staff/laporan?office=" + office).body()).contains("Kantor Uji " + other)
			.doesNotContain("Kantor Uji " + office);
	}

	@Test
	void anOfficerGets403() {
		var browser = new Browser(port);
		browser.signIn(TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER), TestStaff.PASSWORD);
		assertThat(browser.get("/staff/laporan").status()).isEqualTo(403);
		assertThat(browser.get("/staff/laporan/csv").status()).isEqualTo(403);
	}

	long day(LocalDate date, int quota) {
		return jdbc.sql("""
				insert into service_day (office_id, service_date, quota, booked) values (:office, :date, :quota, 0)
				returning id""")
			.param("office", officeId)
			.param("date", date)
			.param("quota", quota)
			.query(Long.class)
			.single();
	}

	void booking(long dayId, String status, String vehicle, Integer waitSeconds, String reason) {
		var arrived = waitSeconds == null ? null : Instant.parse(first + "T02:00:00Z").plusSeconds(counter * 1000L);
		jdbc.sql("""
				insert into booking (code, office_id, service_day_id, service_date, slot_start, slot_end,
				    application_number, full_name, phone, vehicle_type, plate_number, status, created_at,
				    arrived_at, finished_at, outcome_reason)
				values (:code, :office, :day, :date, '09:00', '09:30', :number, 'Uji', '+6281234567890', :vehicle,
				    'BH 1 A', :status, now(), :arrived, :finished, :reason)""")
			.param("code", BookingCode.random().value())
			.param("office", officeId)
			.param("day", dayId)
			.param("date", first)
			.param("number", "RPT" + (++counter) + System.nanoTime() % 1_000_000)
			.param("vehicle", vehicle)
			.param("status", status)
			.param("arrived", arrived == null ? null : java.sql.Timestamp.from(arrived))
			.param("finished", arrived == null ? null : java.sql.Timestamp.from(arrived.plusSeconds(waitSeconds)))
			.param("reason", reason)
			.update();
	}

	void waiting(LocalDate date, String status) {
		jdbc.sql("""
				insert into waiting_entry (code, office_id, service_date, application_number, full_name, phone,
				    vehicle_type, plate_number, collector_type, status, created_at, consented_at)
				values (:code, :office, :date, :number, 'Uji', '+6281234567890', 'CAR', 'BH 1 A', 'SELF', :status,
				    now(), now())""")
			.param("code", BookingCode.random().value())
			.param("office", officeId)
			.param("date", date)
			.param("number", "WT" + (++counter) + System.nanoTime() % 1_000_000)
			.param("status", status)
			.update();
	}

	void unmet(LocalDate date) {
		jdbc.sql("""
				insert into unmet_demand (office_id, service_date, applicant_hash, reason, refused_at)
				values (:office, :date, :hash, 'QUOTA_FULL', now())""")
			.param("office", officeId)
			.param("date", date)
			.param("hash", String.format("%064d", ++counter))
			.update();
	}


}
