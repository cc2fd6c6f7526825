package id.kanim.drivethru.outreach;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.Browser;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.TestOffices;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public applicant page renders completely in Bahasa Indonesia and in English (no missing text, the
 * right {@code <html lang>}, dates written the local way), and the outreach material points at the office.
 */
@IntegrationTest
class ApplicantPagesTest extends AppTestBase {

	private static final Pattern INDONESIAN_DATE = Pattern.compile(
			"(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \\d{4}");

	private static final Pattern ENGLISH_DATE = Pattern.compile(
			"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \\d{4}");

	@Test
	void everyApplicantPageIsCompleteInBothLanguages() throws Exception {
		var office = TestOffices.create(jdbc, 20, 3);
		var pages = List.of("/", "/cara-kerja", "/kantor/" + office, "/kantor/" + office + "/booking",
				"/booking/cek", "/kantor/" + office + "/cara-kerja", "/kantor/" + office + "/poster",
				"/kantor/" + office + "/brosur");
		var indonesian = new Browser(port);
		var english = new Browser(port);
		english.get("/?lang=en");
		for (var page : pages) {
			var id = indonesian.get(page);
			var en = english.get(page);
			assertThat(id.status()).as(page).isEqualTo(200);
			assertThat(en.status()).as(page).isEqualTo(200);
			assertThat(id.body()).as(page).contains("<html lang=\"id\"").doesNotContain("??");
			assertThat(en.body()).as(page).contains("<html lang=\"en\"").doesNotContain("??");
			assertThat(en.body()).as(page).contains("Check / change a booking");
			assertThat(id.body()).as(page).contains("Cek / ubah booking");
		}
		assertThat(indonesian.get("/kantor/" + office).body()).containsPattern(INDONESIAN_DATE);
		assertThat(english.get("/kantor/" + office).body()).containsPattern(ENGLISH_DATE);
	}

	@Test
	void theHowItWorksPageAnswersTheQuestionsApplicantsAsk() throws Exception {
		var office = TestOffices.create(jdbc, 17, 3);
		var body = org.springframework.web.util.HtmlUtils.htmlUnescape(new Browser(port).get("/kantor/" + office + "/cara-kerja").body());

		assertThat(body).contains("Bagaimana jika saya terlambat?", "Bolehkah orang lain mengambil paspor saya?",
				"Bagaimana jika paspor saya belum jadi?", "30 hari", "surat kuasa bermeterai Rp10.000",
				"Jl. Uji No. 1, Kota Uji", "17 pemohon", "09.00–15.00");
	}

	@Test
	void thePosterAndItsPictureLinkToTheOfficesBookingPage() throws Exception {
		var office = TestOffices.create(jdbc, 20, 3);
		var url = "http://localhost:" + port + "/kantor/" + office;
		var browser = new Browser(port);

		var poster = browser.get("/kantor/" + office + "/poster").body();
		var picture = browser.download("/kantor/" + office + "/poster.png");

		assertThat(poster).contains(url, "Kantor Uji " + office, "<svg");
		assertThat(picture.status()).isEqualTo(200);
		assertThat(picture.contentType()).isEqualTo("image/png");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.body()));
		assertThat(image.getWidth()).isEqualTo(1080);
		var pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		var bitmap = new BinaryBitmap(new HybridBinarizer(
				new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(url);
	}

}
