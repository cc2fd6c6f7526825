package id.kanim.drivethru.planning.web;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.Chromium;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.TestOffices;
import id.kanim.drivethru.support.TestStaff;


import static org.assertj.core.api.Assertions.assertThat;

/** A supervisor raises tomorrow's quota in a real browser, and the public page shows the new places. */
@IntegrationTest
class QuotaBrowserTest extends AppTestBase {

	@RegisterExtension
	final Chromium chromium = new Chromium();

	WebDriver browser;

	@Test
	void aSupervisorRaisesADaysQuotaAndThePublicPageShowsIt() {
		browser = chromium.desktop();
		var office = TestOffices.create(jdbc, 20, 10);
		var username = TestStaff.create(accounts, jdbc, office, StaffRole.SUPERVISOR);
		var tomorrow = TestOffices.tomorrow(clock);
		var base = "http://localhost:" + port;

		Chromium.signIn(browser, base, username, TestStaff.PASSWORD);
		browser.get(base + "/staff/kuota");
		// The calendar's day opens that day's own page with a small quota form.
		browser.findElement(By.cssSelector("#day-" + tomorrow + " a")).click();
		browser.findElement(By.id("quota")).sendKeys("45");
		browser.findElement(By.cssSelector("#day-quota-form button[type=submit]")).click();

		assertThat(browser.findElement(By.id("planning-done")).getText()).contains("Kuota tersimpan");
		assertThat(browser.findElement(By.id("day-summary")).getText()).contains("45");

		browser.get(base + "/kantor/" + office);
		assertThat(browser.findElement(By.cssSelector(".day")).getText()).contains("Sisa 45 dari 45 tempat");
	}

}
