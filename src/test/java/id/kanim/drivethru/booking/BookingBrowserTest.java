package id.kanim.drivethru.booking;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.Chromium;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestOffices;


import static org.assertj.core.api.Assertions.assertThat;

/** An applicant books a slot in a real browser on a phone-sized screen and sees the confirmation. */
@IntegrationTest
class BookingBrowserTest extends AppTestBase {

	@RegisterExtension
	final Chromium chromium = new Chromium();

	WebDriver browser;

	@Test
	void anApplicantBooksASlotAndSeesTheCodeAndQr() {
		browser = chromium.phone();
		var office = TestOffices.create(jdbc, 20, 3);

		browser.get("http://localhost:" + port + "/kantor/" + office);
		browser.findElement(By.cssSelector(".day-open a.day-link")).click(); // days first, then the day's times
		browser.findElement(By.cssSelector(".day-open a.slot")).click();

		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Pesan jadwal");
		browser.findElement(By.id("applicationNumber")).sendKeys("brw" + System.nanoTime() % 1_000_000_000L);
		browser.findElement(By.id("fullName")).sendKeys("Dewi Lestari");
		browser.findElement(By.id("phone")).sendKeys("0813 1111 2222");
		browser.findElement(By.id("vehicleType-motorcycle")).click();
		browser.findElement(By.id("plateNumber")).sendKeys("bh 4321 zz");
		assertThat(new Select(browser.findElement(By.id("date"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo(TestOffices.tomorrow(clock).toString());
		browser.findElement(By.id("requirementsRead")).click();
		browser.findElement(By.id("privacyConsent")).click();
		browser.findElement(By.cssSelector("button[type=submit]")).click();

		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Jadwal Anda sudah dipesan");
		assertThat(browser.findElement(By.id("booking-code")).getText()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");
		assertThat(browser.findElement(By.cssSelector(".qr-box svg")).isDisplayed()).isTrue();
		assertThat(browser.getPageSource()).contains("BH 4321 ZZ").contains("Sepeda motor");
		assertThat(Races.activeBookings(jdbc, office)).isEqualTo(1);
	}

	@Test
	void showsErrorsInASummaryThatLinksToTheField() {
		browser = chromium.phone();
		var office = TestOffices.create(jdbc, 20, 3);

		browser.get("http://localhost:" + port + "/kantor/" + office + "/booking?date=" + TestOffices.tomorrow(clock)
				+ "&slotStart=09:00");
		browser.findElement(By.cssSelector("button[type=submit]")).click();

		var summary = browser.findElement(By.cssSelector(".error-summary"));
		assertThat(browser.switchTo().activeElement()).isEqualTo(summary);
		summary.findElement(By.cssSelector("a[href='#applicationNumber']")).click();
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("applicationNumber");
		assertThat(Races.activeBookings(jdbc, office)).isZero();
	}

}
