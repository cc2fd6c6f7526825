package id.kanim.drivethru.booking;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.Axe;
import id.kanim.drivethru.support.Chromium;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestOffices;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: an applicant on a 360 x 800 phone. The confirmation's first screen says when and where; the error
 * summary follows the form and its links keep the label in view; Back after a refused form loses nothing.
 * axe-core runs on every page these journeys open.
 */
@IntegrationTest
class ApplicantPhoneBrowserTest extends AppTestBase {

	@RegisterExtension
	final Chromium chromium = new Chromium();

	WebDriver browser;

	@Test
	void theConfirmationsFirstScreenShowsDayTimeAndPlaceBeforeTheQr() {
		browser = chromium.smallPhone();
		var office = TestOffices.create(jdbc, 20, 3);
		openForm(office);
		assertThat(((Number) js().executeScript("return window.innerWidth")).intValue()).isEqualTo(360);
		assertThat(((Number) js().executeScript("return window.innerHeight")).intValue()).isEqualTo(800);
		// Short select texts that a 360 px phone shows whole, the time with its places left.
		assertThat(new Select(browser.findElement(By.id("slotStart"))).getFirstSelectedOption().getText())
			.isEqualTo("09.00–09.30 — sisa 3 tempat");
		assertThat(new Select(browser.findElement(By.id("date"))).getFirstSelectedOption().getText())
			.endsWith("— sisa 20 tempat").hasSizeLessThanOrEqualTo(32);
		// The collector's name is asked only when someone else collects.
		assertThat(browser.findElement(By.id("collectorName")).isDisplayed()).isFalse();
		browser.findElement(By.id("collectorType-family")).click();
		assertThat(browser.findElement(By.id("collectorName")).isDisplayed()).isTrue();
		browser.findElement(By.id("collectorType")).click();
		assertThat(browser.findElement(By.id("collectorName")).isDisplayed()).isFalse();
		fillEveryField("brw" + System.nanoTime() % 1_000_000_000L);
		browser.findElement(By.id("privacyConsent")).click();
		Axe.assertNoSeriousViolations(browser);
		submit();

		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Jadwal Anda sudah dipesan");
		var date = browser.findElement(By.id("when-date"));
		assertThat(date.getText()).contains(String.valueOf(TestOffices.tomorrow(clock).getDayOfMonth()));
		assertThat(browser.findElement(By.id("when-time")).getText()).contains("09.00–09.30 WIB");
		assertThat(browser.findElement(By.id("where-address")).getText()).isEqualTo("Jl. Uji No. 1, Kota Uji");
		for (var id : List.of("booking-code", "when-date", "when-time", "where-address", "where-map", "keep-notice")) {
			assertThat(onFirstScreen(browser.findElement(By.id(id)))).as("#%s on the first screen", id).isTrue();
		}
		assertThat(browser.findElement(By.id("where-map")).getAttribute("href"))
			.startsWith("https://www.google.com/maps/search/?api=1&query=");
		assertThat(browser.findElement(By.id("where-lane")).getText()).contains("jalur mobil");
		var qr = browser.findElement(By.cssSelector(".qr-box svg"));
		assertThat(qr.getLocation().getY()).isGreaterThan(date.getLocation().getY());
		Axe.assertNoSeriousViolations(browser);

		// The printable pass: a print button (external script; the CSP allows no inline one) and the same facts.
		browser.findElement(By.linkText("Cetak bukti booking")).click();
		assertThat(browser.findElement(By.id("print-button")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("when-time")).getText()).contains("09.00–09.30");
		Axe.assertNoSeriousViolations(browser);
	}

	@Test
	void theErrorSummaryListsErrorsInTheOrderOfTheFormAndItsLinksKeepTheLabelInView() {
		browser = chromium.smallPhone();
		var office = TestOffices.create(jdbc, 20, 3);
		browser.get("http://localhost:" + port + "/kantor/" + office + "/booking");
		// Everything wrong or missing: date, time, number, name, phone, plate, the two ticks.
		browser.findElement(By.id("email")).sendKeys("not-an-email");
		submit();

		var links = summaryLinks();
		assertThat(links).hasSizeGreaterThanOrEqualTo(8);
		assertThat(links).isEqualTo(inDocumentOrder(links));
		assertThat(links.subList(0, 3)).containsExactly("date", "slotStart", "applicationNumber");
		Axe.assertNoSeriousViolations(browser);

		var plate = browser.findElement(By.cssSelector(".error-summary a[href='#plateNumber']"));
		plate.click();
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("plateNumber");
		assertThat(onFirstScreen(browser.findElement(By.cssSelector("label[for=plateNumber]")))).isTrue();
		assertThat(onFirstScreen(browser.findElement(By.id("plateNumber-error")))).isTrue();
		assertThat(Races.activeBookings(jdbc, office)).isZero();

		for (var path : List.of("/booking/cek", "/booking/lupa")) {
			browser.get("http://localhost:" + port + path);
			submit();
			var others = summaryLinks();
			assertThat(others).as(path).isNotEmpty().isEqualTo(inDocumentOrder(others));
			Axe.assertNoSeriousViolations(browser);
		}
	}

	@Test
	void backAfterARefusedSubmitRestoresEveryField() {
		browser = chromium.smallPhone();
		var office = TestOffices.create(jdbc, 20, 3);
		var number = "bck" + System.nanoTime() % 1_000_000_000L;
		openForm(office);
		fillEveryField(number);
		submit(); // refused: the privacy tick is missing
		assertThat(browser.findElement(By.cssSelector(".error-summary")).getText()).isNotBlank();

		// Away and Back to the refused form: its copy comes from the browser, no "confirm resubmission".
		browser.findElement(By.linkText("Cara kerja")).click();
		browser.navigate().back();
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Pesan jadwal");
		assertEveryFieldHolds(number);

		// And Back once more, to the form as first opened: the browser restores what was typed there.
		browser.navigate().back();
		assertThat(browser.getCurrentUrl()).contains("/booking?date=");
		assertThat(browser.findElements(By.cssSelector(".error-summary"))).isEmpty();
		assertEveryFieldHolds(number);
		assertThat(Races.activeBookings(jdbc, office)).isZero();
	}

	@Test
	void theStartPageOffersTheOfficeSearchOnItsFirstScreenUnderAOneRowHeader() {
		browser = chromium.smallPhone();
		var office = TestOffices.create(jdbc, 20, 3);
		for (var lang : List.of("id", "en")) {
			browser.get("http://localhost:" + port + "/?lang=" + lang);
			assertThat(headerRows()).as("header rows in %s (brand, links, row: %s)", lang, js().executeScript(
					"return ['.brand', '.nav-links', '.header-row'].map(s => document.querySelector(s).getBoundingClientRect().width)"))
				.isEqualTo(1);
			assertThat(((Number) js().executeScript("return document.documentElement.scrollWidth")).intValue())
				.as("page width in %s", lang).isEqualTo(360);
			assertThat(onFirstScreen(browser.findElement(By.cssSelector(".office-search button")))).isTrue();
			Axe.assertNoSeriousViolations(browser);
		}
		browser.get("http://localhost:" + port + "/?lang=id");
		browser.findElement(By.id("cari")).sendKeys("kota uji");
		browser.findElement(By.cssSelector(".office-search button")).click();

		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("cari=kota+uji"));
		var listed = browser.findElements(By.cssSelector("#office-list li"));
		assertThat(listed).isNotEmpty().allSatisfy(li -> assertThat(li.getText()).contains("Kota Uji"));
		assertThat(browser.findElement(By.id("office-list")).getText()).contains("Kantor Uji " + office)
			.doesNotContain("Jambi");
		assertThat(browser.findElement(By.id("search-result")).getText()).startsWith("Kantor untuk \"kota uji\"");
		Axe.assertNoSeriousViolations(browser);

		browser.findElement(By.id("cari")).clear();
		browser.findElement(By.id("cari")).sendKeys("Atlantis");
		browser.findElement(By.cssSelector(".office-search button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("cari=Atlantis"));
		assertThat(browser.findElements(By.cssSelector("#office-list li"))).isEmpty();
		assertThat(browser.findElement(By.id("search-result")).getText()).contains("Tidak ada kantor");
		browser.findElement(By.linkText("Tampilkan semua kantor")).click();
		assertThat(browser.findElement(By.id("office-list")).getText()).contains("Jambi").contains("Kantor Uji " + office);
	}

	@Test
	void aFullDaysWaitingListIsAPageOfItsOwnWithoutATimeOrABookButton() {
		browser = chromium.smallPhone();
		var office = TestOffices.create(jdbc, 1, 3);
		var day = TestOffices.tomorrow(clock);
		id.kanim.drivethru.support.TestBookings.book(jdbc, office, day, "09:00", "BH 1 AA");
		browser.get("http://localhost:" + port + "/kantor/" + office);
		browser.findElement(By.linkText("Hari ini penuh: masuk daftar tunggu")).click();

		assertThat(browser.getCurrentUrl()).contains("/kantor/" + office + "/antrean-tunggu?date=" + day);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Masuk daftar tunggu");
		assertThat(browser.findElement(By.id("waiting-day")).getText()).contains("sudah penuh");
		assertThat(browser.findElements(By.cssSelector("main select"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector("main button[type=submit]"))).singleElement()
			.satisfies(b -> assertThat(b.getText()).isEqualTo("Masuk daftar tunggu"));
		assertThat(browser.findElement(By.id("phone")).getAttribute("required")).isNotNull();
		Axe.assertNoSeriousViolations(browser);

		submit();
		var links = summaryLinks();
		assertThat(links).contains("applicationNumber", "fullName", "phone", "plateNumber", "privacyConsent")
			.isEqualTo(inDocumentOrder(links));
		Axe.assertNoSeriousViolations(browser);

		browser.findElement(By.id("applicationNumber")).sendKeys("wt" + System.nanoTime() % 1_000_000_000L);
		browser.findElement(By.id("fullName")).sendKeys("Dewi Lestari");
		browser.findElement(By.id("phone")).sendKeys("0813 1111 2222");
		browser.findElement(By.id("plateNumber")).sendKeys("BH 4321 ZZ");
		browser.findElement(By.id("privacyConsent")).click();
		submit();

		assertThat(browser.getCurrentUrl()).contains("/antrean/");
		assertThat(browser.findElement(By.id("waiting-position")).getText()).isEqualTo("ke-1");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("nomor HP Anda")
			.contains("email jika Anda mengisinya");
		Axe.assertNoSeriousViolations(browser);
		assertThat(Races.activeBookings(jdbc, office)).isEqualTo(1);
	}

	@Test
	void theOfficePageShowsTheDaysFirstAndThenTheChosenDaysTimes() {
		browser = chromium.smallPhone();
		var office = TestOffices.create(jdbc, 20, 3);
		browser.get("http://localhost:" + port + "/kantor/" + office);
		assertThat(browser.findElements(By.cssSelector("a.slot"))).isEmpty();
		var tabStops = ((Number) js().executeScript(
				"return document.querySelectorAll('main a[href], main button, main input, main select').length")).intValue();
		assertThat(tabStops).as("tab stops on the office page").isLessThanOrEqualTo(20);
		Axe.assertNoSeriousViolations(browser);

		browser.findElement(By.cssSelector(".day-open a.day-link")).click();
		assertThat(browser.getCurrentUrl()).contains("hari=" + TestOffices.tomorrow(clock));
		assertThat(browser.findElements(By.cssSelector("a.slot"))).hasSize(12);
		assertThat(onFirstScreen(browser.findElement(By.cssSelector("a.slot")))).isTrue();
		Axe.assertNoSeriousViolations(browser);
	}

	/** How many rows the header's links take: 1 when brand, booking link and language switch share one line. */
	private long headerRows() {
		return ((Number) js().executeScript("""
				const [brand, ...links] = [...document.querySelectorAll('.site-header a')].map(a => a.getBoundingClientRect());
				return 1 + links.filter(r => r.top >= brand.bottom || r.bottom <= brand.top).length;
				""")).longValue();
	}

	private void openForm(String office) {
		browser.get("http://localhost:" + port + "/kantor/" + office + "/booking?date=" + TestOffices.tomorrow(clock)
				+ "&slotStart=09:00");
	}

	private void fillEveryField(String number) {
		browser.findElement(By.id("applicationNumber")).sendKeys(number);
		browser.findElement(By.id("fullName")).sendKeys("Dewi Lestari");
		browser.findElement(By.id("phone")).sendKeys("0813 1111 2222");
		browser.findElement(By.id("email")).sendKeys("dewi@example.com");
		browser.findElement(By.id("plateNumber")).sendKeys("BH 4321 ZZ");
		browser.findElement(By.id("requirementsRead")).click();
	}

	private void assertEveryFieldHolds(String number) {
		assertThat(value("applicationNumber")).isEqualTo(number);
		assertThat(value("fullName")).isEqualTo("Dewi Lestari");
		assertThat(value("phone")).isEqualTo("0813 1111 2222");
		assertThat(value("email")).isEqualTo("dewi@example.com");
		assertThat(value("plateNumber")).isEqualTo("BH 4321 ZZ");
		assertThat(new Select(browser.findElement(By.id("date"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo(TestOffices.tomorrow(clock).toString());
		assertThat(browser.findElement(By.id("requirementsRead")).isSelected()).isTrue();
	}

	private String value(String id) {
		return browser.findElement(By.id(id)).getDomProperty("value");
	}

	private void submit() {
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
	}

	private List<String> summaryLinks() {
		var ids = new ArrayList<String>();
		for (var link : browser.findElements(By.cssSelector(".error-summary a"))) {
			var id = link.getAttribute("href").replaceFirst("^.*#", "");
			if (!ids.contains(id)) {
				ids.add(id);
			}
		}
		return ids;
	}

	/** The ids sorted by where their elements are in the page. */
	@SuppressWarnings("unchecked")
	private List<String> inDocumentOrder(List<String> ids) {
		return (List<String>) js().executeScript("""
				const els = arguments[0].map(id => document.getElementById(id));
				if (els.some(e => e == null)) return ['missing element'];
				return [...new Set(els)].sort((a, b) =>
				    a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1).map(e => e.id);
				""", ids);
	}

	private boolean onFirstScreen(WebElement element) {
		return (Boolean) js().executeScript("""
				const r = arguments[0].getBoundingClientRect();
				return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
				""", element);
	}

	private JavascriptExecutor js() {
		return (JavascriptExecutor) browser;
	}

}
