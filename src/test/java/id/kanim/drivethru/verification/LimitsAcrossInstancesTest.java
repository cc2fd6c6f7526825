package id.kanim.drivethru.verification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import id.kanim.drivethru.infrastructure.ratelimit.RateLimitExceededException;
import id.kanim.drivethru.infrastructure.ratelimit.RateLimiter;
import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.CapturedMessages;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.SecondInstance;
import id.kanim.drivethru.support.TestOffices;
import id.kanim.drivethru.support.TestPhones;
import id.kanim.drivethru.support.VerifiedIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app instances on one PostgreSQL (this test's context and a second one started here) share every limit:
 * requests raced across both get exactly the limit, not the limit per instance.
 */
@VerifiedIntegrationTest
class LimitsAcrossInstancesTest extends AppTestBase {

	@RegisterExtension
	static final SecondInstance second = new SecondInstance("drivethru.verification.required=true");

	@Autowired
	RateLimiter limiter;

	@RepeatedTest(3)
	void codesToOnePhoneRacedAcrossTwoInstancesStopAtTheLimit() {
		var office = TestOffices.create(jdbc, 20, 5);
		var phone = TestPhones.next();
		var apis = new Api[] { new Api(port), new Api(second.port()) };

		var responses = Races.race(20,
				i -> apis[i % 2].post("/api/v1/offices/" + office + "/verifications", Map.of("phone", phone)));

		var outcomes = Races.outcomes(responses);
		assertThat(outcomes).isEqualTo(Map.of("202", 5L, "429 too-many-requests", 15L));
		assertThat(CapturedMessages.count(TestPhones.e164(phone))).isEqualTo(5);
	}

	@RepeatedTest(3)
	void theLimiterOfBothInstancesLetsExactlyTheLimitThrough() {
		var other = second.getBean(RateLimiter.class);
		var subject = TestOffices.applicationNumber();

		var passed = Races.together(40, i -> {
			try {
				(i % 2 == 0 ? limiter : other).acquire("test-limit", subject, 7, Duration.ofMinutes(10));
				return 1;
			}
			catch (RateLimitExceededException ex) {
				return 0;
			}
		});

		assertThat(passed.stream().mapToInt(Integer::intValue).sum()).isEqualTo(7);
	}

	/**
	 * The control: counting first and inserting after (as a naive limiter would) lets more through under the
	 * same race, so the test above would catch a limiter that lost its insert-then-count order.
	 */
	@Test
	void aCountThenInsertLimiterLetsMoreThrough() {
		boolean caught = false;
		for (int round = 0; round < 5 && !caught; round++) {
			var key = "control-" + TestOffices.applicationNumber();
			var passed = Races.together(40, i -> {
				var now = Instant.now();
				long live = jdbc.sql("select count(*) from rate_limit_hit where limit_key = :key and expires_at > :now")
					.param("key", key).param("now", Timestamp.from(now)).query(Long.class).single();
				if (live >= 7) {
					return 0;
				}
				jdbc.sql("insert into rate_limit_hit (limit_key, hit_at, expires_at) values (:key, :at, :exp)")
					.param("key", key).param("at", Timestamp.from(now))
					.param("exp", Timestamp.from(now.plusSeconds(600))).update();
				return 1;
			});
			caught = passed.stream().mapToInt(Integer::intValue).sum() > 7;
		}
		assertThat(caught).as("a count-then-insert limiter must break the race's expectation").isTrue();
	}

}
