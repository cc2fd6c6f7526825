package id.kanim.drivethru.verification;

import java.time.Clock;
import java.time.Duration;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** While the phone proof is off, every start says so in a WARN line; while it is on, nothing is said. */
class VerificationSwitchTest {

	final ListAppender<ILoggingEvent> log = new ListAppender<>();

	final Logger logger = (Logger) LoggerFactory.getLogger(PhoneVerifications.class);

	@BeforeEach
	void listen() {
		log.start();
		logger.addAppender(log);
	}

	@AfterEach
	void stopListening() {
		logger.detachAppender(log);
	}

	static VerificationSettings settings(boolean required) {
		return new VerificationSettings(required, Duration.ofMinutes(5), 5, 5, 200, Duration.ofHours(1), 4,
				Duration.ofDays(7), 3, 600);
	}

	@Test
	void warnsAtStartWhileTheProofIsOff() {
		new PhoneVerifications(null, Clock.systemUTC(), settings(false), null, null, null, null, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());

		assertThat(log.list).anySatisfy(event -> {
			assertThat(event.getLevel()).isEqualTo(Level.WARN);
			assertThat(event.getFormattedMessage()).contains("drivethru.verification.required=false");
		});
	}

	@Test
	void saysNothingWhileTheProofIsOn() {
		new PhoneVerifications(null, Clock.systemUTC(), settings(true), null, null, null, null, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());

		assertThat(log.list).isEmpty();
	}

}
