package id.kanim.drivethru.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browsers of one Selenium test ({@code @RegisterExtension final Chromium chromium = new Chromium();}):
 * started when the test asks ({@link Browsers} skips the test where Chromium is not installed) and always quit
 * after it, failed or not, so no test leaves a Chromium running.
 */
public final class Chromium implements AfterEachCallback {

	private final List<WebDriver> started = new ArrayList<>();

	/** A phone 412 px wide. */
	public ChromeDriver phone() {
		return keep(Browsers.phone());
	}

	/** A mid-range phone, 360 x 800. */
	public ChromeDriver smallPhone() {
		return keep(Browsers.smallPhone());
	}

	public ChromeDriver desktop() {
		return keep(Browsers.desktop());
	}

	private ChromeDriver keep(ChromeDriver driver) {
		started.add(driver);
		return driver;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		started.forEach(WebDriver::quit);
		started.clear();
	}

	/** Signs a staff member in through the login form and waits for the page after it. */
	public static void signIn(WebDriver browser, String base, String username, String password) {
		browser.get(base + "/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		// Wait for the signed-in page: a navigation started before the sign-in's answer arrived would cancel it.
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> !driver.getCurrentUrl().contains("/login"));
	}

}
