package id.kanim.drivethru.counter;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import id.kanim.drivethru.staff.StaffAccounts;
import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.support.Browser;
import id.kanim.drivethru.support.Browsers;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.MutableClock;
import id.kanim.drivethru.support.TestBookings;
import id.kanim.drivethru.support.TestOffices;
import id.kanim.drivethru.support.TestStaff;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer's screen in a real browser: sign in, scan a code into the search box (which has focus on
 * load; a scanner types the code and presses Enter), and take the booking from Arrived to Collected. Also
 * shows that htmx runs under the Content-Security-Policy: the list and the queue display change without a
 * reload when someone else changes a booking.
 */
@IntegrationTest
class LoketBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	MutableClock clock;

	WebDriver driver;

	WebDriverWait wait;

	String office;

	String username;

	@BeforeEach
	void startBrowser() {
		driver = Browsers.desktop();
		wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		office = TestOffices.create(jdbc, 20, 5);
		username = TestStaff.create(accounts, jdbc, office, StaffRole.OFFICER);
	}

	@AfterEach
	void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@Test
	void anOfficerScansACodeAndTakesTheBookingFromArrivedToCollected() {
		var code = TestBookings.book(jdbc, office, TestBookings.today(clock), "09:00", "BH 1234 SE", "CAR", "FAMILY", true);
		signIn();

		// The scanner types into whatever has focus: the search box must have it on load.
		driver.switchTo().activeElement().sendKeys(code + Keys.ENTER);

		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("booking-panel")));
		assertThat(driver.getCurrentUrl()).endsWith("/staff/loket/" + code);
		assertThat(driver.findElement(By.id("booking-status")).getText()).isEqualTo("Dipesan");
		assertThat(driver.findElement(By.id("booking-panel")).getText()).contains("BH 1234 SE")
			.contains("Keluarga (satu KK)").contains("Prioritas");

		driver.findElement(By.id("step-arrive")).click();
		wait.until(ExpectedConditions.textToBe(By.id("booking-status"), "Sudah tiba"));

		driver.findElement(By.id("step-collect")).click();
		assertThat(TestBookings.status(jdbc, code)).as("the browser does not send the form with documents unticked")
			.isEqualTo("ARRIVED");
		for (var box : driver.findElements(By.name("document"))) {
			box.click();
		}
		driver.findElement(By.id("step-collect")).click();

		wait.until(ExpectedConditions.textToBe(By.id("booking-status"), "Sudah diambil"));
		assertThat(driver.findElement(By.id("step-done")).getText()).contains("paspor sudah diserahkan");
		assertThat(driver.findElement(By.id("count-collected")).getText()).isEqualTo("1");
		assertThat(TestBookings.status(jdbc, code)).isEqualTo("COLLECTED");
		assertThat(jdbc.sql("select finished_by from booking where code = :c").param("c", code).query(String.class)
			.single()).isEqualTo(username);
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

		driver.get("http://localhost:" + port + "/display/" + office);
		// A mark on the window survives htmx swaps but not a reload.
		((JavascriptExecutor) driver).executeScript("window.notReloaded = true");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("lanes"), "BH 4321 UP"));
		step(colleague, code, "call");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("called"), "BH 4321 UP"));
		assertThat(((JavascriptExecutor) driver).executeScript("return window.notReloaded === true"))
			.as("the same page, not a reload").isEqualTo(true);
		assertThat(driver.manage().logs().get(LogType.BROWSER).getAll())
			.extracting(LogEntry::getMessage)
			.as("nothing the Content-Security-Policy had to block")
			.noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused to"));
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
