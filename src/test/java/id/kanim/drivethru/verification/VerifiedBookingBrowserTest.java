package id.kanim.drivethru.verification;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.CapturedLog;
import id.kanim.drivethru.support.Chromium;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestClockConfiguration;
import id.kanim.drivethru.support.TestDatabaseConfiguration;
import id.kanim.drivethru.support.TestOffices;
import id.kanim.drivethru.support.TestPhones;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An applicant books in a real browser with the phone proof on and no message provider: the one-time code is
 * read from the log channel, as a developer trying the app would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "drivethru.embedded-database.enabled=false", "drivethru.notifications.reminders-scheduled=false",
				"drivethru.verification.required=true", "drivethru.messages.log-content=true",
				"logging.level.id.kanim.drivethru.messaging=INFO" })
@Import({ TestDatabaseConfiguration.class, TestClockConfiguration.class })
class VerifiedBookingBrowserTest extends AppTestBase {

	private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

	@RegisterExtension
	final Chromium chromium = new Chromium();

	WebDriver browser;

	@RegisterExtension
	final CapturedLog log = new CapturedLog("id.kanim.drivethru.messaging");

	@Test
	void anApplicantBooksWithTheCodeSentToTheirPhone() {
		browser = chromium.phone();
		var office = TestOffices.create(jdbc, 20, 3);
		var phone = TestPhones.next();

		browser.get("http://localhost:" + port + "/kantor/" + office);
		browser.findElement(By.cssSelector(".day-open a.day-link")).click(); // days first, then the day's times
		browser.findElement(By.cssSelector(".day-open a.slot")).click();
		browser.findElement(By.id("applicationNumber")).sendKeys("vrf" + System.nanoTime() % 1_000_000_000L);
		browser.findElement(By.id("fullName")).sendKeys("Dewi Lestari");
		browser.findElement(By.id("phone")).sendKeys(phone);
		browser.findElement(By.id("plateNumber")).sendKeys("bh 4321 zz");
		browser.findElement(By.id("requirementsRead")).click();
		browser.findElement(By.id("privacyConsent")).click();
		browser.findElement(By.cssSelector("button[type=submit]")).click();

		assertThat(browser.findElement(By.id("verificationCode-hint")).getText()).contains("****");
		assertThat(Races.activeBookings(jdbc, office)).isZero();
		var code = codeFromLog(TestPhones.e164(phone));
		browser.findElement(By.id("verificationCode")).sendKeys(code);
		browser.findElement(By.id("verificationCode")).submit();

		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Jadwal Anda sudah dipesan");
		assertThat(browser.findElement(By.id("booking-code")).getText()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");
		assertThat(Races.activeBookings(jdbc, office)).isEqualTo(1);
	}

	private String codeFromLog(String e164) {
		for (int i = log.list.size() - 1; i >= 0; i--) {
			var line = log.list.get(i).getFormattedMessage();
			if (line.contains(e164)) {
				var matcher = CODE.matcher(line.substring(line.indexOf(e164) + e164.length()));
				if (matcher.find()) {
					return matcher.group(1);
				}
			}
		}
		throw new AssertionError("No code for " + e164 + " in the log: " + log.list);
	}

}
