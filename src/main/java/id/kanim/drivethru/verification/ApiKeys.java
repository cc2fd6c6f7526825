package id.kanim.drivethru.verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import id.kanim.drivethru.infrastructure.ratelimit.RateLimiter;
import id.kanim.drivethru.office.Offices;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keys for integrators that verify applicants' phones themselves (the national passport app, say). An
 * administrator issues a key for named offices and can revoke it. The key is shown once; only its SHA-256
 * is kept (a key has 256 random bits, so an unsalted hash is enough), found again by its prefix.
 */
@Service
@Transactional
public class ApiKeys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int PREFIX_LENGTH = 16; // "dtp_" and 12 hex digits

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Offices offices;

	private final RateLimiter limits;

	private final VerificationSettings settings;

	ApiKeys(JdbcClient jdbc, Clock clock, Offices offices, RateLimiter limits, VerificationSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.offices = offices;
		this.limits = limits;
		this.settings = settings;
	}

	/** A new key for the offices (each must exist); the returned text is the only copy of the key. */
	public Issued issue(String name, Set<String> officeCodes, String actor) {
		var codes = new TreeSet<String>();
		for (var code : officeCodes) {
			codes.add(offices.byCode(code.strip().toLowerCase(Locale.ROOT)).code());
		}
		if (codes.isEmpty() || name == null || name.isBlank()) {
			throw new IllegalArgumentException("A key needs a name and at least one office");
		}
		var bytes = new byte[38];
		RANDOM.nextBytes(bytes);
		var hex = HexFormat.of().formatHex(bytes);
		var key = "dtp_" + hex.substring(0, 12) + "_" + hex.substring(12);
		long id = jdbc.sql("""
				insert into api_key (name, key_prefix, key_hash, office_codes, created_at, created_by)
				values (:name, :prefix, :hash, :offices, :at, :by) returning id""")
			.param("name", name.strip())
			.param("prefix", key.substring(0, PREFIX_LENGTH))
			.param("hash", sha256(key))
			.param("offices", String.join(",", codes))
			.param("at", Timestamp.from(clock.instant()))
			.param("by", actor)
			.query(Long.class)
			.single();
		return new Issued(id, key);
	}

	public boolean revoke(long id, String actor) {
		return jdbc.sql("update api_key set revoked_at = :at, revoked_by = :by where id = :id and revoked_at is null")
			.param("at", Timestamp.from(clock.instant()))
			.param("by", actor)
			.param("id", id)
			.update() == 1;
	}

	@Transactional(readOnly = true)
	public List<KeyView> all() {
		return jdbc.sql("""
				select id, name, key_prefix, office_codes, created_at, created_by, revoked_at
				from api_key order by revoked_at is not null, created_at desc""")
			.query((rs, n) -> new KeyView(rs.getLong("id"), rs.getString("name"), rs.getString("key_prefix"),
					List.of(rs.getString("office_codes").split(",")), rs.getTimestamp("created_at").toInstant(),
					rs.getString("created_by"),
					rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toInstant()))
			.list();
	}

	/**
	 * Lets the request through when the key is live and covers the office, counting it against the key's
	 * per-minute limit; otherwise {@link VerificationException} {@code FAILED}, the same for an unknown, a
	 * revoked and an out-of-scope key. Outside any transaction: the limit counts with committed rows.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void authorise(String presented, String officeCode) {
		var key = presented == null ? "" : presented.strip();
		if (key.length() <= PREFIX_LENGTH || key.length() > 200) {
			throw new VerificationException(VerificationException.Kind.FAILED);
		}
		var row = jdbc.sql("select key_hash, office_codes from api_key where key_prefix = :prefix and revoked_at is null")
			.param("prefix", key.substring(0, PREFIX_LENGTH))
			.query((rs, n) -> new String[] { rs.getString("key_hash"), rs.getString("office_codes") })
			.optional();
		if (row.isEmpty()
				|| !MessageDigest.isEqual(row.get()[0].getBytes(StandardCharsets.US_ASCII),
						sha256(key).getBytes(StandardCharsets.US_ASCII))
				|| !Arrays.asList(row.get()[1].split(",")).contains(officeCode.toLowerCase(Locale.ROOT))) {
			throw new VerificationException(VerificationException.Kind.FAILED);
		}
		limits.acquire("api-key", key.substring(0, PREFIX_LENGTH), settings.apiKeyRequestsPerMinute(),
				Duration.ofMinutes(1));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A key just issued: {@code key} is shown once and never again. */
	public record Issued(long id, String key) {
	}

	/** A key as staff see it: never the key itself. */
	public record KeyView(long id, String name, String prefix, List<String> offices, Instant createdAt,
			String createdBy, Instant revokedAt) {

		public boolean revoked() {
			return revokedAt != null;
		}

	}

}
