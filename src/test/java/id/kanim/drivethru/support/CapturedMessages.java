package id.kanim.drivethru.support;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import id.kanim.drivethru.messaging.MessageSender;
import id.kanim.drivethru.messaging.OutgoingMessage;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the message port with one that keeps every message, so a test can read a one-time code as the
 * applicant's phone would. Messages of the whole run, from every test of the context: look them up by phone.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CapturedMessages {

	private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

	public static final List<OutgoingMessage> SENT = new CopyOnWriteArrayList<>();

	@Bean
	@Primary
	MessageSender capturingMessageSender() {
		return SENT::add;
	}

	/** The six digits of the latest message to this E.164 number. */
	public static String latestCode(String e164) {
		return latest(e164).map(m -> {
			var matcher = CODE.matcher(m.text());
			if (!matcher.find()) {
				throw new AssertionError("No code in " + m.text());
			}
			return matcher.group(1);
		}).orElseThrow(() -> new AssertionError("No message to " + e164));
	}

	public static Optional<OutgoingMessage> latest(String e164) {
		for (int i = SENT.size() - 1; i >= 0; i--) {
			if (SENT.get(i).recipient().equals(e164)) {
				return Optional.of(SENT.get(i));
			}
		}
		return Optional.empty();
	}

	public static long count(String e164) {
		return SENT.stream().filter(m -> m.recipient().equals(e164)).count();
	}

}
