package id.kanim.drivethru.outreach;

import java.util.List;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;

import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.Chromium;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.Pdfs;
import id.kanim.drivethru.support.TestOffices;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outreach kit printed by Chromium's own print engine, read back with PDFBox: the poster on one A4 page
 * with a large headline and QR code, four flyers on one sheet, and each lane sign on one A3 landscape page,
 * Indonesian above English.
 */
@IntegrationTest
class OutreachPrintTest extends AppTestBase {

	/** A real office's long name, so wrapping is tested on what offices are called. */
	static final String LONG_NAME = "Kantor Imigrasi Kelas I Tempat Pemeriksaan Imigrasi Khusus Soekarno-Hatta Tangerang";

	/** Points per centimetre (a PDF point is 1/72 inch) and CSS pixels per centimetre. */
	static final double PX_PER_CM = 96 / 2.54;

	@Autowired
	Offices offices;

	@RegisterExtension
	final Chromium chromium = new Chromium();

	ChromeDriver browser;

	String office;

	String base;

	@BeforeEach
	void setUp() {
		office = TestOffices.create(jdbc, 20, 10);
		jdbc.sql("update office set name = :name where code = :code").param("name", LONG_NAME).param("code", office)
			.update();
		offices.evict(office);
		base = "http://localhost:" + port;
	}

	@Test
	void thePosterPrintsOnOneA4PageWithAHeadlineOfAtLeast30PointsAndAQrCodeOfAtLeast10Centimetres() {
		browser = chromium.desktop();
		browser.get(base + "/kantor/" + office + "/poster");

		var printed = Pdfs.print(browser, "poster");

		assertThat(printed.pages()).isEqualTo(1);
		assertThat(printed.width()).isCloseTo(595f, Offset.offset(2f));
		assertThat(printed.height()).isCloseTo(842f, Offset.offset(2f));
		assertThat(printed.flatText()).contains("Ambil paspor tanpa turun dari kendaraan", LONG_NAME,
				"Wajib pesan jadwal dulu");
		// Sizes as the print engine lays them out.
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		var headline = (Number) browser.executeScript(
				"return parseFloat(getComputedStyle(document.getElementById('poster-headline')).fontSize)");
		assertThat(headline.doubleValue() * 72 / 96).as("headline in points").isGreaterThanOrEqualTo(30);
		var qr = (Number) browser.executeScript(
				"return document.querySelector('#poster-qr svg').getBoundingClientRect().width");
		assertThat(qr.doubleValue() / PX_PER_CM).as("QR code in cm").isGreaterThanOrEqualTo(10);
	}

	@Test
	void fourFlyersPrintOnOneA4SheetWithCutMarks() {
		browser = chromium.desktop();
		browser.get(base + "/kantor/" + office + "/brosur");

		var printed = Pdfs.print(browser, "flyers");

		assertThat(printed.pages()).isEqualTo(1);
		assertThat(printed.width()).isCloseTo(595f, Offset.offset(2f));
		assertThat(occurrences(printed.flatText(), "Bawa KTP asli")).isEqualTo(4);
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		var marks = (Number) browser.executeScript(
				"return [...document.querySelectorAll('.cut-mark')].filter(m => m.getBoundingClientRect().width > 0).length");
		assertThat(marks.intValue()).isEqualTo(8);
		var qrs = (Number) browser.executeScript("return document.querySelectorAll('.flyer svg.qr').length");
		assertThat(qrs.intValue()).isEqualTo(4);
	}

	@Test
	void eachLaneSignPrintsOnOneA3LandscapePageIndonesianAboveEnglish() {
		browser = chromium.desktop();
		// The signs in the order a driver meets them; two windows (drivethru.counter.windows=2).
		var expected = List.of(
				List.of("gerbang", "Drive-Thru Paspor →", "Passport Drive-Thru →"),
				List.of("lajur-mobil", "Lajur Mobil", "Car lane"),
				List.of("lajur-motor", "Lajur Motor", "Motorcycle lane"),
				List.of("dokumen", "Siapkan KTP asli, tanda terima, bukti bayar", "Have your original KTP"),
				List.of("loket-1", "Berhenti di sini — Loket 1", "Stop here — Window 1"),
				List.of("loket-2", "Berhenti di sini — Loket 2", "Stop here — Window 2"),
				List.of("pesan", "Belum pesan jadwal? Pindai kode ini", "No booking yet? Scan this code"));

		browser.get(base + "/kantor/" + office + "/rambu");
		var set = Pdfs.print(browser, "signs");

		assertThat(set.pages()).as("one page per sign").isEqualTo(expected.size());
		assertThat(set.landscape()).isTrue();
		assertThat(set.width()).as("A3 landscape width").isCloseTo(1191f, Offset.offset(2f));
		for (int i = 0; i < expected.size(); i++) {
			var page = set.pageTexts().get(i);
			var indonesian = expected.get(i).get(1);
			var english = expected.get(i).get(2);
			assertThat(page).as("page %d", i + 1).contains(indonesian, english);
			assertThat(page.indexOf(indonesian)).as("Indonesian above English").isLessThan(page.indexOf(english));
		}

		for (var sign : expected) {
			browser.get(base + "/kantor/" + office + "/rambu/" + sign.get(0));
			var printed = Pdfs.print(browser, "sign-" + sign.get(0));
			assertThat(printed.pages()).as("sign %s", sign.get(0)).isEqualTo(1);
			assertThat(printed.flatText()).contains(sign.get(1), sign.get(2));
		}
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		var qr = (Number) browser.executeScript("return document.querySelector('.sign-qr svg').getBoundingClientRect().width");
		assertThat(qr.doubleValue() / PX_PER_CM).as("QR on the sign in cm").isGreaterThanOrEqualTo(15);
	}

	private static int occurrences(String text, String word) {
		return text.split(java.util.regex.Pattern.quote(word), -1).length - 1;
	}

}
