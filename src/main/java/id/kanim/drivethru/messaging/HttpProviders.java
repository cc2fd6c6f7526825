package id.kanim.drivethru.messaging;

import java.net.http.HttpClient;
import java.util.regex.Pattern;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * What the HTTP adapters share: a client that gives up after the configured timeouts (the JDK client waits
 * forever unless told), and one reading of a provider's answer. A 4xx other than 408 or 429 means the
 * provider refused this message (a bad number, a rejected template): trying again cannot help. Everything
 * else (a 5xx, a timeout, a refused connection) may pass, so the outbox tries again later.
 */
final class HttpProviders {

	private static final Pattern ERROR_CODE = Pattern.compile("\"code\"\\s*:\\s*(\\d{1,9})");

	private HttpProviders() {
	}

	static RestClient client(MessagesSettings settings) {
		// HTTP/1.1: the JDK client would otherwise offer an h2c upgrade on plain http, which some gateways and
		// proxies answer by closing the connection.
		var http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		var requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(settings.readTimeout());
		return RestClient.builder().requestFactory(requests).build();
	}

	/**
	 * Turns a failed call into the port's exception. Its text names the provider, the status and the
	 * provider's numeric error code only: a provider's own error text may quote the phone number, and this
	 * text is logged and shown to supervisors.
	 */
	static MessageDeliveryException failure(String provider, RuntimeException ex) {
		if (ex instanceof RestClientResponseException response) {
			int status = response.getStatusCode().value();
			boolean permanent = status >= 400 && status < 500 && status != 408 && status != 429;
			var code = ERROR_CODE.matcher(response.getResponseBodyAsString());
			var text = provider + " answered " + status + (code.find() ? " (error " + code.group(1) + ")" : "");
			return new MessageDeliveryException(text, permanent, null);
		}
		if (ex instanceof ResourceAccessException) {
			// A timeout or a refused connection; the cause's text is the provider's address, never the message's.
			var cause = ex.getCause() == null ? ex : ex.getCause();
			return new MessageDeliveryException(provider + " unreachable: " + cause.getClass().getSimpleName(), false,
					null);
		}
		return new MessageDeliveryException(provider + " failed: " + ex.getClass().getSimpleName(), false, null);
	}

	/** The number as providers want it: digits only, country code first ({@code 62812...}). */
	static String digits(String e164) {
		return e164.startsWith("+") ? e164.substring(1) : e164;
	}

}
