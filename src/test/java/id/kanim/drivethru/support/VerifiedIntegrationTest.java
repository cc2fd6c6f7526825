package id.kanim.drivethru.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Like {@link IntegrationTest}, but with the phone proof on, as in production, and the one-time codes
 * captured ({@link CapturedMessages}). Every class with exactly this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "drivethru.embedded-database.enabled=false",
				"drivethru.notifications.reminders-scheduled=false",
				// As in IntegrationTest: no outbox worker of this context delivers other contexts' messages.
				"drivethru.messages.outbox.scheduled=false",
				"drivethru.verification.required=true",
				"drivethru.lookup.max-failures-per-client=100000" })
@Import({ TestDatabaseConfiguration.class, TestClockConfiguration.class, CapturedMessages.class })
public @interface VerifiedIntegrationTest {

}
