package id.kanim.drivethru.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Like {@link IntegrationTest}, but with the phone proof on, as in production, and the one-time codes
 * captured ({@link CapturedMessages}). Every class with exactly this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@IntegrationTest
@TestPropertySource(properties = "drivethru.verification.required=true")
@Import(CapturedMessages.class)
public @interface VerifiedIntegrationTest {

}
