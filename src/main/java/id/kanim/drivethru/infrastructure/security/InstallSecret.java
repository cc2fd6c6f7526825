package id.kanim.drivethru.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * This installation's own secret, made with {@link SecureRandom} the first time it is needed and kept in the
 * database ({@code install_secret}), so every instance on that database uses the same one and it survives
 * restarts; it is never in the repository or the configuration. Each use gets a key of its own derived from
 * it (HMAC of the purpose), so a value made for one purpose can never pass as another's.
 */
@Component
public class InstallSecret implements SmartInitializingSingleton {

	private static final String ALGORITHM = "HmacSHA256";

	private static final String NAME = "main";

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile byte[] secret;

	private final Map<String, Mac> purposes = new ConcurrentHashMap<>();

	InstallSecret(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Read (or made) at start-up, outside any transaction: made lazily inside a booking's transaction that
	 * then rolled back, the secret would be remembered here but never stored.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		secret();
	}

	/**
	 * HMAC-SHA256 of the text under this installation's key for the purpose. Every booking signs its link
	 * (twice: the answer and the message), and deriving the purpose's key and looking up the algorithm each
	 * time was a tenth of a booking's CPU in a profile (bench/RESULTS.md); so each purpose (a constant of its
	 * caller, a handful in all) keeps a keyed {@link Mac} that is copied for each use.
	 */
	public byte[] hmac(String purpose, String text) {
		var keyed = purposes.computeIfAbsent(purpose,
				p -> keyed(mac(secret(), p.getBytes(StandardCharsets.UTF_8))));
		Mac mac;
		try {
			mac = (Mac) keyed.clone();
		}
		catch (CloneNotSupportedException ex) {
			mac = keyed(mac(secret(), purpose.getBytes(StandardCharsets.UTF_8)));
		}
		return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
	}

	/** {@link #hmac} as 64 lower-case hex digits. */
	public String hmacHex(String purpose, String text) {
		return HexFormat.of().formatHex(hmac(purpose, text));
	}

	/** Whether the given bytes are the start of the HMAC, compared in constant time. */
	public boolean matches(String purpose, String text, byte[] given) {
		var expected = hmac(purpose, text);
		if (given.length < 16 || given.length > expected.length) {
			return false;
		}
		return MessageDigest.isEqual(java.util.Arrays.copyOf(expected, given.length), given);
	}

	private byte[] secret() {
		var known = secret;
		if (known == null) {
			known = loadOrCreate();
			secret = known;
		}
		return known;
	}

	/**
	 * Two instances starting at once both try to insert; the primary key lets one win and both read the
	 * winner's secret, so they never disagree.
	 */
	private byte[] loadOrCreate() {
		var fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		jdbc.sql("insert into install_secret (name, secret, created_at) values (:name, :secret, :at) "
				+ "on conflict (name) do nothing")
			.param("name", NAME)
			.param("secret", fresh)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		return jdbc.sql("select secret from install_secret where name = :name")
			.param("name", NAME)
			.query(byte[].class)
			.single();
	}

	private static byte[] mac(byte[] key, byte[] data) {
		return keyed(key).doFinal(data);
	}

	/** A Mac initialised with the key and never updated, so copies of it can be taken from any thread. */
	private static Mac keyed(byte[] key) {
		try {
			var mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(key, ALGORITHM));
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

}
