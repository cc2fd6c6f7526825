package id.kanim.drivethru.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole app on a random port against the shared test PostgreSQL, with the test settings of
 * {@code drivethru-test.properties}. Every class with exactly this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource("classpath:drivethru-test.properties")
@Import({ TestDatabaseConfiguration.class, TestClockConfiguration.class })
public @interface IntegrationTest {

}
