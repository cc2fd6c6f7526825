package id.kanim.drivethru.support;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The W3C Nu HTML Checker (the engine of validator.w3.org/nu, {@code nu.validator:validator}) run in the
 * test's JVM: no network. Errors fail; warnings (advice) do not.
 */
public final class HtmlChecker {

	private HtmlChecker() {
	}

	/** Fails listing every error the checker finds in the page, with line and column. */
	public static void assertValid(String name, String html) {
		assertThat(errors(html)).as("Nu HTML Checker errors in %s", name).isEmpty();
	}

	public static synchronized List<String> errors(String html) {
		var errors = new ArrayList<String>();
		ErrorHandler handler = new ErrorHandler() {
			@Override
			public void warning(SAXParseException ex) {
			}

			@Override
			public void error(SAXParseException ex) {
				errors.add(ex.getLineNumber() + ":" + ex.getColumnNumber() + " " + ex.getMessage());
			}

			@Override
			public void fatalError(SAXParseException ex) {
				error(ex);
			}
		};
		try {
			var validator = new SimpleDocumentValidator(true, false, false);
			validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
			validator.setUpValidatorAndParsers(handler, true, false);
			validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
		}
		catch (Exception ex) {
			throw new IllegalStateException("The Nu HTML Checker could not run", ex);
		}
		return errors;
	}

}
