package id.kanim.drivethru.messaging;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import id.kanim.drivethru.support.CapturedLog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log channel prints message texts (one-time codes included) only while no real provider is configured,
 * or beside one when {@code drivethru.messages.log-content=true}.
 */
class RoutingMessageSenderTest {

	static final OutgoingMessage CODE = new OutgoingMessage(Channel.PHONE, "+6281234567890", null,
			"Kode verifikasi Anda: 482913");

	@RegisterExtension
	final CapturedLog logged = new CapturedLog(LogMessageSender.class);

	final List<OutgoingMessage> provider = new ArrayList<>();

	@Test
	void withoutAProviderTheTextGoesToTheLog() {
		new RoutingMessageSender(null, null, false).send(CODE);

		assertThat(logged.list).singleElement()
			.satisfies(e -> assertThat(e.getFormattedMessage()).contains("+6281234567890", "482913"));
	}

	@Test
	void withAProviderTheTextStaysOutOfTheLog() {
		new RoutingMessageSender(provider::add, null, false).send(CODE);

		assertThat(provider).containsExactly(CODE);
		assertThat(logged.list).isEmpty();
	}

	@Test
	void withAProviderAndLogContentTheTextIsAlsoLogged() {
		new RoutingMessageSender(provider::add, null, true).send(CODE);

		assertThat(provider).containsExactly(CODE);
		assertThat(logged.list).singleElement()
			.satisfies(e -> assertThat(e.getFormattedMessage()).contains("482913"));
	}

}
