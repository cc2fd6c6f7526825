package id.kanim.drivethru.booking.web;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.Chromium;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestOffices;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The applicant's whole journey in a real browser (headless Chromium): book with the form (errors first),
 * then, in a fresh session, look the booking up, move it and cancel it, using the keyboard where it matters
 * and at a phone's 320 px width.
 */
@IntegrationTest
class ManageBookingBrowserTest extends AppTestBase {

	@RegisterExtension
	final Chromium chromium = new Chromium();

	WebDriver browser;

	@BeforeEach
	void startBrowser() {
		browser = chromium.phone();
	}

	@Test
	void anApplicantBooksLooksUpMovesAndCancelsTheirBooking() {
		var office = TestOffices.create(jdbc, 20, 3);
		var date = TestOffices.tomorrow(clock);
		var number = TestOffices.applicationNumber();
		browser.manage().window().setSize(new Dimension(320, 900));

		// Book, first forgetting the two ticks: the error summary takes focus and links to each field.
		open("/kantor/" + office + "/booking?date=" + date + "&slotStart=09:00");
		assertThat(pageWidth()).as("no sideways scrolling at 320 px").isLessThanOrEqualTo(320);
		type("applicationNumber", number);
		type("fullName", "Siti Nurhaliza");
		type("phone", "081234567890");
		type("plateNumber", "bh1234xy");
		browser.findElement(By.cssSelector("form[data-once] button[type=submit]")).click();
		var summary = browser.findElement(By.cssSelector(".error-summary"));
		assertThat(browser.switchTo().activeElement()).isEqualTo(summary);
		assertThat(summary.findElements(By.cssSelector("a[href='#requirementsRead'], a[href='#privacyConsent']")))
			.hasSize(2);
		browser.findElement(By.cssSelector("a[href='#privacyConsent']")).click();
		browser.findElement(By.id("requirementsRead")).sendKeys(Keys.SPACE);
		browser.findElement(By.id("privacyConsent")).sendKeys(Keys.SPACE);
		browser.findElement(By.cssSelector("form[data-once] button[type=submit]")).click();
		var code = browser.findElement(By.id("booking-code")).getText();
		assertThat(browser.findElement(By.id("requirements")).getText()).contains("KTP asli pemohon");
		var confirmation = browser.getCurrentUrl();

		// No session holds the booking: its link, reopened with no cookies at all, still shows it.
		browser.manage().deleteAllCookies();
		browser.get(confirmation);
		assertThat(browser.findElement(By.id("booking-code")).getText()).isEqualTo(code);

		// Without the link, the applicant proves the booking with its code and application number.
		browser.manage().deleteAllCookies();
		open("/booking/" + code.replace("-", "") + "/kelola");
		assertThat(browser.findElement(By.id("link-problem")).getText()).isEqualTo("Tautan ini tidak bisa dibuka");
		browser.findElement(By.id("link-problem-lookup")).click();
		assertThat(browser.getCurrentUrl()).endsWith("/booking/cek");
		type("code", code.toLowerCase(Locale.ROOT));
		type("applicationNumber", "WRONG0000");
		browser.findElement(By.cssSelector("main button[type=submit]")).click();
		assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
			.contains("tidak menemukan booking");
		browser.findElement(By.id("applicationNumber")).clear();
		type("applicationNumber", number);
		browser.findElement(By.cssSelector("main button[type=submit]")).click();
		assertThat(browser.findElement(By.id("booking-status")).getText()).isEqualTo("Terjadwal");

		// Move it to the day after at 13:00.
		browser.findElement(By.id("reschedule-link")).click();
		var newDate = date.plusDays(1);
		new Select(browser.findElement(By.id("date"))).selectByValue(newDate.toString());
		new Select(browser.findElement(By.id("slotStart"))).selectByValue("13:00");
		browser.findElement(By.id("confirm-move")).click();
		assertThat(browser.findElement(By.id("notice")).getText()).contains("sudah dipindahkan");
		assertThat(browser.findElement(By.id("booking-date")).getText())
			.isEqualTo(newDate.format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.forLanguageTag("id"))));
		assertThat(browser.findElement(By.id("booking-time")).getText()).startsWith("13.00–13.30");

		// Cancel it, confirming with the keyboard.
		browser.findElement(By.id("cancel-link")).click();
		browser.findElement(By.id("confirm-cancel")).sendKeys(Keys.ENTER);
		// The confirmation page has a status too: on a loaded machine it may still be read while it goes.
		new WebDriverWait(browser, Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElement(By.id("booking-status")).getText().equals("Dibatalkan"));
		assertThat(browser.findElements(By.id("cancel-link"))).isEmpty();
		assertThat(Races.activeBookings(jdbc, office)).isZero();
		assertThat(Races.counterMismatches(jdbc, office)).isEmpty();
	}

	@Test
	void anApplicantJoinsTheWaitingListOfAFullDaySeesTheirPlaceAndLeaves() {
		var office = TestOffices.create(jdbc, 1, 3);
		var date = TestOffices.tomorrow(clock);
		var first = TestOffices.applicationNumber();
		bookWithForm(office, date, first);
		assertThat(browser.findElements(By.id("booking-code"))).hasSize(1);

		browser.manage().deleteAllCookies();
		bookWithForm(office, date, TestOffices.applicationNumber());
		assertThat(browser.findElement(By.cssSelector(".error-summary")).getText()).contains("Kuota hari itu sudah habis");
		assertThat(browser.findElement(By.id("privacyConsent")).isSelected()).as("ticks are kept").isTrue();
		browser.findElement(By.id("join-waiting-list")).click();

		assertThat(browser.findElement(By.id("waiting-status")).getText()).isEqualTo("Menunggu tempat kosong");
		assertThat(browser.findElement(By.id("waiting-position")).getText()).isEqualTo("ke-1");
		browser.findElement(By.id("leave-waiting-list")).click();
		new WebDriverWait(browser, Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElement(By.id("waiting-status")).getText().equals("Sudah keluar dari daftar tunggu"));
		assertThat(Races.activeBookings(jdbc, office)).isEqualTo(1);
	}

	private void bookWithForm(String office, java.time.LocalDate date, String number) {
		open("/kantor/" + office + "/booking?date=" + date + "&slotStart=09:00");
		type("applicationNumber", number);
		type("fullName", "Rina Wati");
		type("phone", "081234567890");
		type("plateNumber", "BH 1 A");
		browser.findElement(By.id("requirementsRead")).sendKeys(Keys.SPACE);
		browser.findElement(By.id("privacyConsent")).sendKeys(Keys.SPACE);
		browser.findElement(By.cssSelector("form[data-once] button[type=submit]")).click();
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private void type(String id, String text) {
		browser.findElement(By.id(id)).sendKeys(text);
	}

	private long pageWidth() {
		return ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth"))
			.longValue();
	}

}
