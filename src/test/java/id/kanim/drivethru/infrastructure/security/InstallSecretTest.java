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

	/**
	 * The value is HMAC(HMAC(secret, purpose), text), however many threads ask at once: the keyed Mac each
	 * purpose keeps is copied per use, never shared mid-computation.
	 */
	@Test
	void givesTheStandardValueToManyThreadsAtOnce() throws Exception {
		var stored = jdbc.sql("select secret from install_secret").query(byte[].class).single();
		var expected = new java.util.HashMap<String, String>();
		for (int i = 0; i < 200; i++) {
			expected.put("ABCD2345|" + i, java.util.HexFormat.of().formatHex(hmac(hmac(stored, "booking-access"), "ABCD2345|" + i)));
		}

		var answers = id.kanim.drivethru.support.Races.together(8, thread -> {
			var wrong = 0;
			for (int round = 0; round < 20; round++) {
				for (var entry : expected.entrySet()) {
					if (!secret.hmacHex("booking-access", entry.getKey()).equals(entry.getValue())) {
						wrong++;
					}
				}
			}
			return wrong;
		});

		assertThat(answers).hasSize(8).containsOnly(0);
	}

	private static byte[] hmac(byte[] key, String text) throws Exception {
		var mac = javax.crypto.Mac.getInstance("HmacSHA256");
		mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
		return mac.doFinal(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

}
