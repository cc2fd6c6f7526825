package id.kanim.drivethru.planning.web;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.readiness.ReadyList;
import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.support.Browser;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.OfficeTestBase;
import id.kanim.drivethru.support.TestOffices;
import id.kanim.drivethru.support.TestStaff;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ready list as a supervisor uses it: an Excel file saved in Indonesian (semicolons, a byte order mark),
 * then searching, correcting and removing single entries, each recorded in the change log.
 */
@IntegrationTest
class ReadyListPageTest extends OfficeTestBase {

	ReadyListPageTest() {
		super(20, 5);
	}

	@Autowired
	ReadyList readyList;

	@Autowired
	Offices offices;

	@BeforeEach
	void signInAsSupervisor() {
		signIn(StaffRole.SUPERVISOR);
		browser.get("/staff/kuota/paspor-siap");
	}

	@Test
	void acceptsAnIndonesianExcelFileAndSaysWhichSeparatorItRead() {
		// What Excel set to Indonesian writes for "CSV (dipisahkan koma)": BOM, semicolons, d/m/y dates, and
		// a trailing separator where another row had a third cell.
		var csv = "\uFEFFNomor Permohonan;Tanggal Terbit\r\nABC123456;20/11/2026\r\nDEF123456;;\r\n\"GHI123456\";2026-11-21\r\n";

		var page = browser.follow(browser.postFile("/staff/kuota/paspor-siap", "file", "siap.csv", csv, Map.of()));

		assertThat(page.body()).contains("id=\"ready-uploaded\"", "3 nomor permohonan disimpan",
				"pemisah titik koma (;)");
		var id = offices.byCode(office).id();
		assertThat(readyList.find(id, "ABC123456").orElseThrow().issuedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(readyList.find(id, "DEF123456").orElseThrow().issuedOn()).isNull();
		assertThat(readyList.find(id, "GHI123456")).isPresent();
	}

	@Test
	void aCommaFileIsReadWithCommasAndACommaInsideASemicolonFileIsNoSeparator() {
		var commas = browser.follow(browser.postFile("/staff/kuota/paspor-siap", "file", "a.csv",
				"application_number,issued_on\nJKL123456,2026-11-20\n", Map.of()));
		assertThat(commas.body()).contains("pemisah koma (,)");

		var mixed = browser.follow(browser.postFile("/staff/kuota/paspor-siap", "file", "b.csv",
				"MNO123456;2026-11-20,extra\n", Map.of()));
		assertThat(mixed.body()).contains("id=\"ready-problems\"", "pemisah titik koma (;)", "Baris 1");
		assertThat(readyList.find(offices.byCode(office).id(), "MNO123456")).isEmpty();
	}

	@Test
	void searchesCorrectsAndRemovesEntriesWithEachChangeLogged() {
		readyList.upload(office, "ABC123456;20/11/2026\nABD999999\nXYZ111111\n", "kasi");

		var search = browser.get("/staff/kuota/paspor-siap?q=ab").body();
		assertThat(search).contains("ABC123456", "ABD999999").doesNotContain("XYZ111111");

		var entry = browser.get("/staff/kuota/paspor-siap/ABC123456");
		assertThat(entry.status()).isEqualTo(200);
		assertThat(entry.body()).contains("value=\"ABC123456\"", "value=\"2026-11-20\"",
				"aria-describedby=\"applicationNumber-hint\"");

		var bad = browser.post("/staff/kuota/paspor-siap/ABC123456", Map.of("applicationNumber", "ABD999999",
				"issuedOn", "2026-11-22"));
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.body()).contains("id=\"applicationNumber-error\"", "sudah ada dalam daftar");
		var invalid = browser.post("/staff/kuota/paspor-siap/ABC123456", Map.of("applicationNumber", "ab",
				"issuedOn", ""));
		assertThat(invalid.body()).contains("id=\"applicationNumber-error\"");

		var corrected = browser.post("/staff/kuota/paspor-siap/ABC123456",
				Map.of("applicationNumber", "abc123457", "issuedOn", "2026-11-22"));
		assertThat(browser.follow(corrected).body()).contains("id=\"ready-done\"", "ABC123457")
			.doesNotContain("ABC123456");
		var id = offices.byCode(office).id();
		assertThat(readyList.find(id, "ABC123457").orElseThrow().issuedOn()).isEqualTo(LocalDate.of(2026, 11, 22));

		browser.get("/staff/kuota/paspor-siap/XYZ111111");
		var removed = browser.post("/staff/kuota/paspor-siap/XYZ111111/hapus", Map.of());
		assertThat(browser.follow(removed).body()).contains("dihapus dari daftar");
		assertThat(readyList.find(id, "XYZ111111")).isEmpty();

		var log = browser.get("/staff/kuota").body();
		log = log.substring(log.indexOf("id=\"change-log\""));
		assertThat(log).contains("Daftar paspor siap: diperbaiki", "ABC123456 (2026-11-20)", "ABC123457 (2026-11-22)",
				"Daftar paspor siap: dihapus", "XYZ111111");
	}

	@Test
	void anotherOfficesEntryCannotBeSeenChangedOrRemoved() {
		var other = TestOffices.create(jdbc, 20, 5);
		readyList.upload(other, "QRS123456\n", "kasi");

		assertThat(browser.get("/staff/kuota/paspor-siap?q=QRS").body()).doesNotContain("QRS123456");
		assertThat(browser.get("/staff/kuota/paspor-siap/QRS123456").status()).isEqualTo(404);
		browser.get("/staff/kuota/paspor-siap");
		assertThat(browser.post("/staff/kuota/paspor-siap/QRS123456/hapus", Map.of("office", other)).status())
			.isEqualTo(404);
		assertThat(readyList.find(offices.byCode(other).id(), "QRS123456")).isPresent();
	}

	@Test
	void anOfficerCannotReachTheList() {
		var officer = new Browser(port);
		officer.signIn(TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER), TestStaff.PASSWORD);
		assertThat(officer.get("/staff/kuota/paspor-siap").status()).isEqualTo(403);
		assertThat(officer.get("/staff/kuota/paspor-siap/ABC123456").status()).isEqualTo(403);
	}

}
