package id.kanim.drivethru.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like session over plain HTTP: keeps cookies, does not follow redirects, and reads hidden form
 * fields (such as the CSRF token) out of the last page.
 */
public class WebSession {

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new LocalhostCookies())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String base;

	public WebSession(int port) {
		this.base = "http://localhost:" + port;
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
	}

	public Page post(String path, Map<String, String> form) {
		var body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private Page send(HttpRequest.Builder request) {
		try {
			var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Page(response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(null));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Cookies as a browser keeps them for {@code http://localhost}, which browsers count as a secure origin:
	 * Secure cookies (the session cookie is one) are sent back over plain HTTP too. The JDK's own manager
	 * would drop them, and with them the session and its CSRF token.
	 */
	public static final class LocalhostCookies extends CookieManager {

		@Override
		public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
			var asSecure = "http".equals(uri.getScheme()) ? URI.create("https" + uri.toString().substring(4)) : uri;
			return super.get(asSecure, headers);
		}

	}

	public record Page(int status, String body, String location) {

		/** The value of a hidden or text input, or {@code null}. */
		public String input(String name) {
			var m = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(body);
			if (!m.find()) {
				return null;
			}
			var value = Pattern.compile("value=\"([^\"]*)\"").matcher(m.group());
			return value.find() ? value.group(1) : "";
		}

		public String csrf() {
			return input("_csrf");
		}

	}

}
