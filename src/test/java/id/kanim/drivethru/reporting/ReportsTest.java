package id.kanim.drivethru.reporting;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.booking.BookingCode;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.Browser;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.TestOffices;
import id.kanim.drivethru.support.TestStaff;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report against a known set of bookings, written straight into the database: every number is worked
 * out by hand in the comments, so a wrong query cannot hide.
 */
@IntegrationTest
class ReportsTest extends AppTestBase {

	@Autowired
	Reports reports;

	@Autowired
	Offices offices;

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
		var csv = browser.get("/staff/laporan/csv?format=plain&from=" + first + "&to=" + second);

		assertThat(page.status()).isEqualTo(200);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
		var lines = csv.body().split("\r\n");
		assertThat(lines).hasSize(4);
		// The plain form: English identifiers, no byte order mark.
		assertThat(lines[0]).startsWith("date,quota,booked,");
		assertThat(lines[1]).isEqualTo(first + ",10,7,70,5,3,1,1,0,1,2,3,1,4,5.7,9.0,5,2,7.5,9.5,2,1,2.0,2.0,0");
		assertThat(lines[2]).isEqualTo(second + ",10,0,0,0,0,0,0,0,0,0,0,0,2,,,0,0,,,0,0,,,0");
		assertThat(lines[3]).isEqualTo("total,20,7,35,5,3,1,1,0,1,2,3,1,6,5.7,9.0,5,2,7.5,9.5,2,1,2.0,2.0,0");
		var total = page.body().substring(page.body().indexOf("id=\"report-total\""));
		total = total.substring(0, total.indexOf("</tr>"));
		for (var number : new String[] { ">20<", ">7<", ">35%<", ">5<", ">3<", ">1<", "2 (1/0/1)", "3 / 1", ">6<",
				"5,7 / 9,0" }) {
			assertThat(total).as(number).contains(number);
		}
		assertThat(page.body()).contains("id=\"what-if\"").contains("6 pemohon").contains("3 tempat")
			.contains("<svg", "class=\"chart\"");
		assertThat(browser.get("/staff/laporan/bulanan?month=" + first.toString().substring(0, 7)).status())
			.isEqualTo(200);
	}

	@Test
	void thePageWritesTheReadersDecimalMarkAndItsScrollingTablesCanBeReachedByKeyboard() {
		var browser = new Browser(port);
		browser.signIn(TestStaff.create(accounts, jdbc, office, StaffRole.SUPERVISOR), TestStaff.PASSWORD);

		var indonesian = browser.get("/staff/laporan?from=" + first + "&to=" + second).body();
		var english = browser.get("/staff/laporan?lang=en&from=" + first + "&to=" + second).body();

		assertThat(indonesian).contains("5,7 / 9,0").doesNotContain("5.7 / 9.0");
		assertThat(english).contains("5.7 / 9.0");
		// axe's scrollable-region-focusable: every scrolling table is focusable and named.
		var regions = java.util.regex.Pattern.compile("<div class=\"table-scroll\"[^>]*>").matcher(indonesian);
		int count = 0;
		while (regions.find()) {
			count++;
			assertThat(regions.group()).contains("tabindex=\"0\"", "role=\"region\"", "aria-label=\"");
		}
		assertThat(count).isEqualTo(2);
		assertThat(indonesian).contains("id=\"csv-link\"", "id=\"csv-plain-link\"", "format=plain");
	}

	@Test
	void aSupervisorSeesOnlyTheirOwnOfficesNumbers() {
		var other = TestOffices.create(jdbc, 10, 10);
		var browser = new Browser(port);
		browser.signIn(TestStaff.create(accounts, jdbc, other, StaffRole.SUPERVISOR), TestStaff.PASSWORD);

		var csv = browser.get("/staff/laporan/csv?format=plain&office=" + office + "&from=" + first + "&to=" + second);

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

	@Test
	void theDefaultCsvReadsAsIndonesianExcelWouldReadIt() throws Exception {
		var browser = new Browser(port);
		browser.signIn(TestStaff.create(accounts, jdbc, office, StaffRole.SUPERVISOR), TestStaff.PASSWORD);

		var bytes = browser.getBytes("/staff/laporan/csv?from=" + first + "&to=" + second);

		// Excel only reads a CSV as UTF-8 when it starts with the byte order mark.
		assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		var text = new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8);
		var rows = java.util.Arrays.stream(text.split("\r\n")).map(line -> line.split(";", -1)).toList();
		assertThat(rows).hasSize(4);
		assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(25));
		assertThat(rows.get(0)[0]).isEqualTo("\"Tanggal\"");
		assertThat(rows.get(0)[13]).isEqualTo("\"Permintaan tak terpenuhi\"");
		assertThat(rows.get(1)[0]).isEqualTo(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(first));
		assertThat(rows.get(3)[0]).isEqualTo("\"Jumlah\"");
		// Numbers as an Indonesian Excel parses them: a decimal comma, no point anywhere.
		var indonesian = java.text.NumberFormat.getInstance(java.util.Locale.forLanguageTag("id-ID"));
		assertThat(rows.get(1)[14]).isEqualTo("5,7");
		assertThat(indonesian.parse(rows.get(1)[14]).doubleValue()).isEqualTo(5.7);
		assertThat(indonesian.parse(rows.get(3)[1]).intValue()).isEqualTo(20);
		assertThat(indonesian.parse(rows.get(3)[13]).intValue()).isEqualTo(6);
		assertThat(text).doesNotContain(".");
	}

	@Test
	void holidaysAndClosedDaysCountNoQuota() {
		// December 2026, Monday to Friday, quota 20: 23 weekdays, of which 24 and 25 December are collective
		// leave and Christmas. The supervisor raised 1 December to 25 and closed the 31st. Served: 20 days,
		// 19 x 20 + 25 = 405 places (counting the two holidays as served would say 445).
		var december = TestOffices.create(jdbc, 20, 10, "1,2,3,4,5");
		long decemberId = offices.byCode(december).id();
		insertDay(decemberId, LocalDate.of(2026, 12, 1), 25, false);
		insertDay(decemberId, LocalDate.of(2026, 12, 31), 20, true);

		var report = reports.period(offices.byCode(december), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));

		assertThat(report.total().quota()).isEqualTo(405);
		assertThat(report.servedDays()).isEqualTo(20);
		assertThat(report.averageQuota()).isEqualTo(20);
		assertThat(report.days()).extracting(DayReport::date).doesNotContain(LocalDate.of(2026, 12, 25));
	}

	@Test
	void aDayServedBeforeTheOfficeStoppedOpeningOnThatWeekdayStillCountsItsQuota() {
		// The office served Saturday 3 October 2026 and has since gone to Monday to Friday: history stays.
		var weekdaysOnly = TestOffices.create(jdbc, 20, 10, "1,2,3,4,5");
		var saturday = LocalDate.of(2026, 10, 3);
		insertDay(offices.byCode(weekdaysOnly).id(), saturday, 15, false);

		var report = reports.period(offices.byCode(weekdaysOnly), saturday, saturday.plusDays(1));

		assertThat(report.total().quota()).isEqualTo(15);
		assertThat(report.days()).extracting(DayReport::date).containsExactly(saturday);
	}

	@Test
	void aHolidayWithBookingsIsListedWithNoQuota() {
		// Bookings made before a holiday was known still show, but the day adds no quota.
		var other = TestOffices.create(jdbc, 20, 10, "1,2,3,4,5");
		long otherId = offices.byCode(other).id();
		var christmas = LocalDate.of(2026, 12, 25);
		insertDay(otherId, LocalDate.of(2026, 12, 24), 20, true);
		jdbc.sql("""
				insert into unmet_demand (office_id, service_date, applicant_hash, reason, refused_at)
				values (:office, :date, :hash, 'QUOTA_FULL', now())""")
			.param("office", otherId)
			.param("date", christmas)
			.param("hash", String.format("%064d", ++counter))
			.update();

		var report = reports.period(offices.byCode(other), christmas.minusDays(1), christmas);

		assertThat(report.days()).singleElement().satisfies(day -> {
			assertThat(day.date()).isEqualTo(christmas);
			assertThat(day.quota()).isZero();
			assertThat(day.unmetDemand()).isEqualTo(1);
		});
		assertThat(report.total().quota()).isZero();
	}

	void insertDay(long office, LocalDate date, int quota, boolean closed) {
		jdbc.sql("""
				insert into service_day (office_id, service_date, quota, booked, closed, closed_reason)
				values (:office, :date, :quota, 0, :closed, :reason)""")
			.param("office", office)
			.param("date", date)
			.param("quota", quota)
			.param("closed", closed)
			.param("reason", closed ? "Ditutup" : null)
			.update();
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
