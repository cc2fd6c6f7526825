package id.kanim.drivethru.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (Deque's accessibility rules, from the WebJar on Maven Central) run inside the page a browser test
 * has open. The script is injected through WebDriver, so the page's Content-Security-Policy is not weakened.
 */
public final class Axe {

	private static final String SCRIPT = load();

	private Axe() {
	}

	/** Fails naming every serious or critical violation on the open page. */
	public static void assertNoSeriousViolations(WebDriver browser) {
		var js = (JavascriptExecutor) browser;
		js.executeScript(SCRIPT);
		@SuppressWarnings("unchecked")
		var violations = (List<Map<String, Object>>) js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] })
				  .then(r => done(r.violations
				    .filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => ({ id: v.id, impact: v.impact, help: v.help,
				                 nodes: v.nodes.map(n => n.target.join(' ')).join(', ') }))))
				  .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: '' }]));
				""");
		assertThat(violations).as("axe-core serious or critical violations on %s", browser.getCurrentUrl()).isEmpty();
	}

	private static String load() {
		try (var in = Axe.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js is missing: is org.webjars.npm:axe-core on the test classpath?");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
