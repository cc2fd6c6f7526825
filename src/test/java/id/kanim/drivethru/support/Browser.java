package id.kanim.drivethru.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The test client of the pages (the JSON API has {@link Api}), a browser without JavaScript: real HTTP over a
 * socket, its own cookie jar (which, unlike {@code java.net.CookieManager}, also keeps the Secure session
 * cookie on plain-HTTP test servers, as browsers do for localhost), no automatic redirects (so tests see
 * them), and the CSRF token of the last page it read, sent with each form. One browser is one person: give
 * each thread of a race its own.
 */
public class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String csrf;

	public Browser(int port) {
		this.base = "http://localhost:" + port;
	}

	public Page get(String path, String... headers) {
		var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request);
	}

	/** The raw bytes of an answer (a download), with this browser's cookies; fails unless it is 200. */
	public byte[] getBytes(String path) {
		var download = download(path);
		if (download.status() != 200) {
			throw new AssertionError("GET " + path + " answered " + download.status());
		}
		return download.body();
	}

	/** An answer read as bytes (a picture, a file), with this browser's cookies. */
	public Download download(String path) {
		var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
		withCookies(request);
		var response = Http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		return new Download(response.statusCode(), response.body(),
				response.headers().firstValue("Content-Type").orElse(""));
	}

	/** Submits a form with the CSRF token of the last page read, as a real browser would. */
	public Page post(String path, Map<String, ?> fields) {
		var all = new LinkedHashMap<String, Object>(fields);
		if (csrf != null && !all.containsKey("_csrf")) {
			all.put("_csrf", csrf);
		}
		return postRaw(path, all);
	}

	/** Submits a form exactly as given: no CSRF token unless the fields contain one. */
	public Page postRaw(String path, Map<String, ?> fields) {
		var body = fields.entrySet().stream().flatMap(e -> {
			var values = e.getValue() instanceof List<?> list ? list : java.util.Collections.singletonList(e.getValue());
			return values.stream().map(v -> encode(e.getKey()) + "=" + encode(v == null ? "" : String.valueOf(v)));
		}).collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Uploads one file as multipart/form-data, with the CSRF token and the given text fields. */
	public Page postFile(String path, String field, String filename, String content, Map<String, String> fields) {
		var boundary = "----drivethru" + System.nanoTime();
		var body = new StringBuilder();
		var all = new LinkedHashMap<String, String>(fields);
		if (csrf != null) {
			all.putIfAbsent("_csrf", csrf);
		}
		all.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
			.append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
			.append(value).append("\r\n"));
		body.append("--").append(boundary).append("\r\n")
			.append("Content-Disposition: form-data; name=\"").append(field).append("\"; filename=\"")
			.append(filename).append("\"\r\nContent-Type: text/csv\r\n\r\n").append(content).append("\r\n")
			.append("--").append(boundary).append("--\r\n");
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	/** Signs in through the login form; returns the answer to the POST (a redirect). */
	public Page signIn(String username, String password) {
		get("/login");
		return post("/login", Map.of("username", username, "password", password));
	}

	/** Follows a redirect answer with a GET. */
	public Page follow(Page page) {
		var location = page.location().orElseThrow(() -> new AssertionError("No redirect: " + page.status()));
		return get(location.startsWith("http") ? URI.create(location).getRawPath()
				+ (URI.create(location).getRawQuery() != null ? "?" + URI.create(location).getRawQuery() : "") : location);
	}

	/**
	 * The same browser (its cookies and last CSRF token) talking to another instance on another port, as a load
	 * balancer without sticky sessions would send it.
	 */
	public Browser at(int otherPort) {
		var other = new Browser(otherPort);
		other.cookies.putAll(cookies);
		other.csrf = csrf;
		return other;
	}

	public Optional<String> cookie(String name) {
		return Optional.ofNullable(cookies.get(name));
	}

	public String csrfToken() {
		return csrf;
	}

	private Page send(HttpRequest.Builder request) {
		request.setHeader("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
		withCookies(request);
		var response = Http.send(request, HttpResponse.BodyHandlers.ofString());
		var setCookies = response.headers().allValues("Set-Cookie");
		for (var header : setCookies) {
			var pair = header.split(";", 2)[0];
			var eq = pair.indexOf('=');
			var name = pair.substring(0, eq).trim();
			var value = pair.substring(eq + 1).trim();
			if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
				cookies.remove(name);
			}
			else {
				cookies.put(name, value);
			}
		}
		var matcher = CSRF.matcher(response.body());
		if (matcher.find()) {
			csrf = matcher.group(1);
		}
		return new Page(response.statusCode(), response.body(), response.headers().map(), setCookies);
	}

	private void withCookies(HttpRequest.Builder request) {
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
				.collect(Collectors.joining("; ")));
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** One answer: status, body, headers and the cookies it set. */
	public record Page(int status, String body, Map<String, List<String>> headers, List<String> setCookies) {

		public Optional<String> header(String name) {
			return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
				.flatMap(e -> e.getValue().stream()).findFirst();
		}

		public Optional<String> location() {
			return header("Location");
		}

		/** The value of a hidden or text input, {@code ""} if it has none, or {@code null} if there is none. */
		public String input(String name) {
			var m = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(body);
			if (!m.find()) {
				return null;
			}
			var value = Pattern.compile("value=\"([^\"]*)\"").matcher(m.group());
			return value.find() ? value.group(1) : "";
		}

		/** This page's CSRF token, for tests that send a form exactly as they build it. */
		public String csrf() {
			return input("_csrf");
		}

		/** The path and query a redirect points to, without scheme and host. */
		public String redirectPath() {
			var location = location().orElseThrow(() -> new AssertionError("Not a redirect but " + status));
			var uri = URI.create(location);
			return uri.getRawPath() + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
		}

	}

	/** An answer read as bytes. */
	public record Download(int status, byte[] body, String contentType) {

	}

}
