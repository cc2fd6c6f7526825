package id.kanim.drivethru.infrastructure.security;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import id.kanim.drivethru.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The installation's secret: made once, random, kept in the database, the same for every instance. */
@IntegrationTest
class InstallSecretTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	InstallSecret secret;

	@Test
	void isMadeOnceAtStartAndSharedByEveryInstanceOnTheDatabase() {
		var stored = jdbc.sql("select secret from install_secret").query(byte[].class).list();
		assertThat(stored).hasSize(1);
		assertThat(stored.get(0)).hasSize(32);
		assertThat(new java.math.BigInteger(1, stored.get(0))).as("random, not zeros").isNotZero();

		var anotherInstance = new InstallSecret(jdbc, clock);
		anotherInstance.afterSingletonsInstantiated();

		assertThat(anotherInstance.hmacHex("unmet-demand", "12345678")).isEqualTo(secret.hmacHex("unmet-demand", "12345678"));
		assertThat(jdbc.sql("select count(*) from install_secret").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void keysOfDifferentPurposesNeverAgree() {
		assertThat(secret.hmacHex("unmet-demand", "12345678")).isNotEqualTo(secret.hmacHex("booking-access", "12345678"))
			.hasSize(64);
		var mac = secret.hmac("booking-access", "ABCD2345|2026-12-01");
		assertThat(secret.matches("booking-access", "ABCD2345|2026-12-01", java.util.Arrays.copyOf(mac, 16))).isTrue();
		assertThat(secret.matches("unmet-demand", "ABCD2345|2026-12-01", java.util.Arrays.copyOf(mac, 16))).isFalse();
		assertThat(secret.matches("booking-access", "ABCD2345|2026-12-02", java.util.Arrays.copyOf(mac, 16))).isFalse();
		assertThat(secret.matches("booking-access", "ABCD2345|2026-12-01", java.util.Arrays.copyOf(mac, 8)))
			.as("too short to be worth anything").isFalse();
	}

}
