package id.kanim.drivethru.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole app on a random port against the shared test PostgreSQL. Every class with exactly this
 * annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "drivethru.embedded-database.enabled=false",
				// Tests call Reminders.sendDue() themselves, with their own clock.
				"drivethru.notifications.reminders-scheduled=false",
				// ...and OutboxWorker.deliverDue(): every context shares one database, and a worker of a cached
				// context would otherwise deliver another test's messages with its own providers.
				"drivethru.messages.outbox.scheduled=false",
				// Most tests are about other rules; the one-time-code step has its own (@VerifiedIntegrationTest).
				"drivethru.verification.required=false",
				// Every test client is 127.0.0.1 and the limits now live in the shared database for the run.
				"drivethru.lookup.max-failures-per-client=100000" })
@Import({ TestDatabaseConfiguration.class, TestClockConfiguration.class })
public @interface IntegrationTest {

}
