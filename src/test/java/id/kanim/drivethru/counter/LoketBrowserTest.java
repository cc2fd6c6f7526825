package id.kanim.drivethru.counter;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.support.Browser;
import id.kanim.drivethru.support.Chromium;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.OfficeTestBase;
import id.kanim.drivethru.support.TestBookings;
import id.kanim.drivethru.support.TestOffices;
import id.kanim.drivethru.support.TestStaff;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer's screen in a real browser: sign in, scan a code into the search box (which has focus on
 * load; a scanner types the code and presses Enter), and take the booking from Arrived to Collected. Also
 * shows that htmx runs under the Content-Security-Policy: the list and the queue display change without a
 * reload when someone else changes a booking.
 */
@IntegrationTest
class LoketBrowserTest extends OfficeTestBase {

	LoketBrowserTest() {
		super(20, 5);
	}

	@RegisterExtension
	final Chromium chromium = new Chromium();

	WebDriver driver;

	WebDriverWait wait;

	String username;

	@BeforeEach
	void startBrowser() {
		driver = chromium.desktop();
		wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		username = TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER);
	}

	@Test
	void anOfficerServesACarWithOneObviousActionPerStepFromTheKeyboard() {
		var code = TestBookings.book(jdbc, office, TestBookings.today(clock), "09:00", "BH 1234 SE", "CAR", "FAMILY", true);
		// A tablet: the work must start near the top, not below a tall header.
		driver.manage().window().setSize(new Dimension(768, 1024));
		signIn();
		assertThat(driver.findElement(By.tagName("h1")).getRect().getY()).as("h1 within the first 150 px")
			.isLessThan(150);

		// The scanner types into whatever has focus: the search box must have it on load.
		driver.switchTo().activeElement().sendKeys(code + Keys.ENTER);

		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("booking-panel")));
		assertThat(driver.getCurrentUrl()).endsWith("/staff/loket/" + code);
		assertThat(driver.findElement(By.id("booking-status")).getText()).isEqualTo("Dipesan");
		assertThat(driver.findElement(By.id("booking-panel")).getText()).contains("BH 1234 SE")
			.contains("Keluarga (satu KK)").contains("Prioritas")
			.as("the documents are shown before the car has arrived").contains("Fotokopi Kartu Keluarga");
		assertThat(primarySteps()).containsExactly("step-arrive");
		assertThat(driver.findElement(By.id("step-turn-away")).isDisplayed()).as("turn-away is folded away")
			.isFalse();

		// Alt+N, with the focus still in the search box, takes the next step each time.
		nextStepByKeyboard();
		wait.until(ExpectedConditions.textToBe(By.id("booking-status"), "Sudah tiba"));
		assertThat(primarySteps()).containsExactly("step-call");
		assertThat(driver.switchTo().activeElement().getAttribute("id")).as("focus back in the search box")
			.isEqualTo("q");

		nextStepByKeyboard();
		wait.until(ExpectedConditions.textToBe(By.id("booking-status"), "Dipanggil"));
		assertThat(primarySteps()).containsExactly("step-collect");
		assertThat(driver.findElement(By.id("step-collect")).isEnabled()).as("documents first").isFalse();

		// One action for all four documents of a family collector.
		driver.findElement(By.id("documents-all")).click();
		wait.until(ExpectedConditions.textToBe(By.id("document-hint"), "4 dari 4 dokumen sudah diperiksa"));
		assertThat(driver.findElement(By.id("step-collect")).isEnabled()).isTrue();

		nextStepByKeyboard();
		wait.until(ExpectedConditions.textToBe(By.id("booking-status"), "Sudah diambil"));
		assertThat(driver.findElement(By.id("step-done")).getText()).contains("paspor sudah diserahkan");
		assertThat(driver.findElement(By.id("count-collected")).getText()).isEqualTo("1");
		assertThat(TestBookings.status(jdbc, code)).isEqualTo("COLLECTED");
		assertThat(jdbc.sql("select finished_by from booking where code = :c").param("c", code).query(String.class)
			.single()).isEqualTo(username);
		assertThat(LoketSteps.audit(jdbc, code)).as("each step once, each document recorded").containsExactly(
				"ARRIVE BOOKED>ARRIVED " + username, "CALL ARRIVED>ARRIVED " + username,
				"CHECK_DOCUMENT ARRIVED>ARRIVED " + username, "CHECK_DOCUMENT ARRIVED>ARRIVED " + username,
				"CHECK_DOCUMENT ARRIVED>ARRIVED " + username, "CHECK_DOCUMENT ARRIVED>ARRIVED " + username,
				"COLLECT ARRIVED>COLLECTED " + username);
		assertNothingBlocked();
	}

	@Test
	void turningAwayOpensFromItsDisclosure() {
		var code = TestBookings.book(jdbc, office, TestBookings.today(clock), "09:00", "BH 77 TA");
		signIn();
		driver.get("http://localhost:" + port + "/staff/loket/" + code);
		nextStepByKeyboard();
		wait.until(ExpectedConditions.textToBe(By.id("booking-status"), "Sudah tiba"));

		driver.findElement(By.cssSelector("#turn-away summary")).click();
		driver.findElement(By.id("reason-PASSPORT_NOT_READY")).click();
		driver.findElement(By.id("step-turn-away")).click();

		wait.until(ExpectedConditions.textToBe(By.id("booking-status"), "Ditolak"));
		assertThat(TestBookings.status(jdbc, code)).isEqualTo("TURNED_AWAY");
	}

	@Test
	void theListAndTheQueueDisplayUpdateWithoutAReload() {
		var code = TestBookings.book(jdbc, office, TestBookings.today(clock), "09:00", "BH 4321 UP");
		signIn();
		var marker = driver.findElement(By.tagName("h1"));
		assertThat(driver.findElement(By.id("count-arrived")).getText()).isEqualTo("0");

		var colleague = new Browser(port);
		colleague.signIn(TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER), TestStaff.PASSWORD);
		step(colleague, code, "arrive");

		wait.until(ExpectedConditions.textToBe(By.id("count-arrived"), "1"));
		assertThat(marker.isDisplayed()).as("the same page, not a reload").isTrue();

		// This screen is switched to speak (?suara=1); the switch shows it and the browser remembers it.
		driver.get("http://localhost:" + port + "/display/" + office + "?suara=1");
		// A mark on the window survives htmx swaps but not a reload.
		((JavascriptExecutor) driver).executeScript("window.notReloaded = true");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("lanes"), "BH 4321 UP"));
		assertThat(driver.findElement(By.id("clock")).getText()).matches("[0-2][0-9]:[0-5][0-9]");
		assertThat(driver.findElement(By.id("sound-toggle")).getAttribute("aria-pressed")).isEqualTo("true");
		assertInsideSafeArea(By.cssSelector(".lane li"));
		step(colleague, code, "call");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("called"), "BH 4321 UP"));
		wait.until(d -> "BH 4321 UP, silakan ke loket 1".equals(
				((JavascriptExecutor) d).executeScript("return document.body.dataset.lastAnnouncement")));
		assertInsideSafeArea(By.cssSelector(".called-list li"));
		assertThat(((JavascriptExecutor) driver).executeScript("return window.notReloaded === true"))
			.as("the same page, not a reload").isEqualTo(true);

		// Switched off on this screen: stays off after a reload, and a new call is not spoken.
		driver.findElement(By.id("sound-toggle")).click();
		driver.get("http://localhost:" + port + "/display/" + office);
		assertThat(driver.findElement(By.id("sound-toggle")).getAttribute("aria-pressed")).isEqualTo("false");
		var second = TestBookings.book(jdbc, office, TestBookings.today(clock), "09:30", "BH 5 QT");
		step(colleague, second, "arrive");
		step(colleague, second, "call");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("called"), "BH 5 QT"));
		assertThat(((JavascriptExecutor) driver).executeScript("return document.body.dataset.lastAnnouncement"))
			.isNull();
		assertNothingBlocked();
	}

	/** Every element (with the list numbers drawn inside it) lies within the 5 % a TV may crop on each side. */
	private void assertInsideSafeArea(By elements) {
		var found = driver.findElements(elements);
		assertThat(found).isNotEmpty();
		var size = driver.manage().window().getSize();
		var inner = (Long) ((JavascriptExecutor) driver).executeScript("return window.innerWidth");
		for (var element : found) {
			var rect = element.getRect();
			assertThat(rect.getX()).as("left edge").isGreaterThanOrEqualTo((int) (inner * 0.05) - 1);
			assertThat(rect.getX() + rect.getWidth()).as("right edge").isLessThanOrEqualTo((int) (inner * 0.95) + 1);
			assertThat(size.getWidth()).isPositive();
		}
		assertThat(((JavascriptExecutor) driver).executeScript(
				"return getComputedStyle(arguments[0]).listStylePosition === 'inside' || getComputedStyle(arguments[0]).listStyleType === 'none'",
				found.get(0))).as("no marker hanging outside the item").isEqualTo(true);
	}

	private void assertNothingBlocked() {
		assertThat(driver.manage().logs().get(LogType.BROWSER).getAll())
			.extracting(LogEntry::getMessage)
			.as("nothing the Content-Security-Policy had to block")
			.noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused to"));
	}

	/** Alt+N typed into whatever has the focus (the search box), as the officer does. */
	private void nextStepByKeyboard() {
		driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.ALT, "n"));
	}

	/** The ids of the large primary buttons on the page. */
	private java.util.List<String> primarySteps() {
		return driver.findElements(By.cssSelector(".button-primary-step")).stream().map(e -> e.getAttribute("id"))
			.toList();
	}

	private void signIn() {
		driver.get("http://localhost:" + port + "/staff/loket");
		wait.until(ExpectedConditions.urlContains("/login"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(TestStaff.PASSWORD + Keys.ENTER);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q")));
	}

	private void step(Browser officer, String code, String action) {
		LoketSteps.take(officer, jdbc, code, action);
	}

}
