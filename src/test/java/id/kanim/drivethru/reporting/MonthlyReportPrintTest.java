package id.kanim.drivethru.reporting;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;

import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.Chromium;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.Pdfs;
import id.kanim.drivethru.support.TestOffices;
import id.kanim.drivethru.support.TestStaff;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly summary printed by Chromium, as a supervisor prints it to send upward: A4, every column of
 * the table on the paper, the total once.
 */
@IntegrationTest
class MonthlyReportPrintTest extends AppTestBase {

	@RegisterExtension
	final Chromium chromium = new Chromium();

	ChromeDriver browser;

	@Test
	void aPrintedMonthShowsEveryColumnOnA4WithTheTotalOnce() {
		browser = chromium.desktop();
		// A month of 31 served days: the longest table a month can have.
		var office = TestOffices.create(jdbc, 20, 10);
		var month = YearMonth.of(2026, 10);
		var username = TestStaff.create(accounts, jdbc, office, StaffRole.SUPERVISOR);
		var base = "http://localhost:" + port;
		Chromium.signIn(browser, base, username, TestStaff.PASSWORD);
		browser.get(base + "/staff/laporan/bulanan?month=" + month);

		var printed = Pdfs.print(browser, "monthly-report");

		// A4 landscape: 842 × 595 points.
		assertThat(printed.landscape()).isTrue();
		assertThat(printed.width()).isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
		assertThat(printed.pages()).as("pages").isEqualTo(1);
		var text = printed.flatText();
		for (var column : new String[] { "Tanggal", "Kuota", "Terpesan", "Pemakaian kuota", "Datang", "Diambil",
				"Tidak datang", "Ditolak di loket", "Dibatalkan", "Daftar tunggu", "Permintaan tak terpenuhi",
				"Lama layanan rata-rata / P90" }) {
			assertThat(text).as("column %s", column).contains(column);
		}
		assertThat(text).contains("31 Okt 2026");
		assertThat(occurrences(text, "Jumlah")).as("total row").isEqualTo(1);
		assertThat(occurrences(text, "Per jalur")).as("lane caption").isEqualTo(1);

		// A quarter runs over several pages: the total is still printed once, at the end (Chromium repeats a
		// table's footer on every page unless told otherwise).
		browser.get(base + "/staff/laporan?from=2026-08-01&to=2026-10-31");
		var quarter = Pdfs.print(browser, "quarter-report");
		assertThat(quarter.pages()).as("a quarter's pages").isGreaterThan(1);
		assertThat(quarter.landscape()).isTrue();
		assertThat(occurrences(quarter.flatText(), "Jumlah")).as("total row in a quarter").isEqualTo(1);
		assertThat(quarter.pageTexts().get(quarter.pages() - 1)).contains("Jumlah");

		// On a desktop screen the report uses the width (it was squeezed into 700 px).
		browser.get(base + "/staff/laporan");
		var tableWidth = (Number) browser.executeScript(
				"return document.getElementById('report-table').getBoundingClientRect().width");
		assertThat(tableWidth.doubleValue()).as("table width on a 1280 px window").isGreaterThan(1100);
	}

	private static int occurrences(String text, String word) {
		return text.split(java.util.regex.Pattern.quote(word), -1).length - 1;
	}

}
