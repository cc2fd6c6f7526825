package id.kanim.drivethru.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The one transport of the test clients ({@link Api} for JSON, {@link Browser} for pages): a real socket, no
 * redirect followed (tests look at them), a minute at most per answer, and no checked exceptions in tests.
 * One JDK client serves every test and thread: it is thread-safe, and the clients keep their own state.
 */
final class Http {

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private Http() {
	}

	static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
		try {
			return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
