package id.kanim.drivethru.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven by Debian's chromedriver, headless. Never downloads a browser: where they are
 * not installed, the calling test is skipped with a message saying so.
 */
public final class Browsers {

	static final Path CHROMIUM = Path.of(System.getProperty("drivethru.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("drivethru.chromedriver", "/usr/bin/chromedriver"));

	private Browsers() {
	}

	/** A headless Chromium 412 px wide (a phone), or the test is skipped if none is installed. */
	public static ChromeDriver phone() {
		return start(412, 915);
	}

	/** A headless Chromium of a mid-range phone's size, 360 x 800 (issue 15), or the test is skipped. */
	public static ChromeDriver smallPhone() {
		// A desktop window is at least 500 px wide, so the phone's viewport is emulated (touch, 2x pixels).
		var driver = start(412, 915);
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				java.util.Map.of("width", 360, "height", 800, "deviceScaleFactor", 2, "mobile", true));
		return driver;
	}

	public static ChromeDriver desktop() {
		return start(1280, 900);
	}

	private static ChromeDriver start(int width, int height) {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			Assumptions.abort("Browser test skipped: Chromium (" + CHROMIUM + ") or chromedriver (" + CHROMEDRIVER
					+ ") is not installed; install Debian's chromium and chromium-driver packages, as .ci/run does");
		}
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=" + width + "," + height);
		// Keeps the console, so tests can check that the Content-Security-Policy blocked nothing.
		options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
		var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		var driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return driver;
	}

}
