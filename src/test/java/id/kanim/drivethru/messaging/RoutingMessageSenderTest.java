package id.kanim.drivethru.messaging;

import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log channel prints message texts (one-time codes included) only while no real provider is configured,
 * or beside one when {@code drivethru.messages.log-content=true}.
 */
class RoutingMessageSenderTest {

	static final OutgoingMessage CODE = new OutgoingMessage(Channel.PHONE, "+6281234567890", null,
			"Kode verifikasi Anda: 482913");

	final Logger logger = (Logger) LoggerFactory.getLogger(LogMessageSender.class);

	final ListAppender<ILoggingEvent> logged = new ListAppender<>();

	final List<OutgoingMessage> provider = new ArrayList<>();

	Level level;

	@BeforeEach
	void capture() {
		level = logger.getLevel();
		logger.setLevel(Level.INFO);
		logged.start();
		logger.addAppender(logged);
	}

	@AfterEach
	void release() {
		logger.detachAppender(logged);
		logger.setLevel(level);
	}

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
