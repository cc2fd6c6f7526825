package id.kanim.drivethru.infrastructure.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sliding-window limits kept in PostgreSQL, so they hold however many app instances share the database.
 *
 * <p>Why parallel requests cannot get past a limit: {@link #acquire} first writes its row (committed at once:
 * this class runs outside any transaction) and only then counts the live rows of its key, its own included.
 * Of any number of simultaneous requests the k-th to insert sees at least k rows, so at most {@code max} of
 * them see a count within the limit; the others delete their row again and are refused, so refusals do not
 * stretch the window. The same idea as the staff sign-in throttle. Chosen over Bucket4j's PostgreSQL backend
 * because it needs no new dependency, gives an exact Retry-After, and lets a request that turned out not to
 * count (a booking refused for a full day) give its place back with {@link #release}.
 *
 * <p>Keys are hashed before they are stored: the table never holds a phone number or an address.
 */
@Component
public class RateLimiter {

	private final JdbcClient jdbc;

	private final Clock clock;

	RateLimiter(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Counts one request against the limit, or throws {@link RateLimitExceededException} having counted
	 * nothing. A {@code max} of 0 or less means no limit.
	 * @return a ticket for {@link #release}, or {@code null} when unlimited
	 */
	public Ticket acquire(String limit, String subject, int max, Duration window) {
		if (max <= 0) {
			return null;
		}
		var key = key(limit, subject);
		var now = clock.instant();
		sweepNowAndThen(now);
		long id = jdbc.sql("""
				insert into rate_limit_hit (limit_key, hit_at, expires_at) values (:key, :at, :expires)
				returning id""")
			.param("key", key)
			.param("at", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(window)))
			.query(Long.class)
			.single();
		long live = live(key, now);
		if (live > max) {
			jdbc.sql("delete from rate_limit_hit where id = :id").param("id", id).update();
			throw new RateLimitExceededException(limit, retryAfter(key, now, max));
		}
		return new Ticket(id);
	}

	/** Refuses when the limit is already reached, without counting this request (for "only failures count"). */
	public void check(String limit, String subject, int max) {
		if (max <= 0) {
			return;
		}
		var key = key(limit, subject);
		var now = clock.instant();
		if (live(key, now) >= max) {
			throw new RateLimitExceededException(limit, retryAfter(key, now, max));
		}
	}

	/** Counts a request without refusing it (a failure that {@link #check} will count from now on). */
	public void record(String limit, String subject, Duration window) {
		var now = clock.instant();
		jdbc.sql("insert into rate_limit_hit (limit_key, hit_at, expires_at) values (:key, :at, :expires)")
			.param("key", key(limit, subject))
			.param("at", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(window)))
			.update();
	}

	/** The counted request did not happen after all (refused for another reason): it no longer counts. */
	public void release(Ticket ticket) {
		if (ticket != null) {
			jdbc.sql("delete from rate_limit_hit where id = :id").param("id", ticket.id()).update();
		}
	}

	private long live(String key, Instant now) {
		return jdbc.sql("select count(*) from rate_limit_hit where limit_key = :key and expires_at > :now")
			.param("key", key)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/** When enough rows have expired for one more request to fit: the expiry of the max-th newest row. */
	private Duration retryAfter(String key, Instant now, int max) {
		var expiry = jdbc.sql("""
				select expires_at from rate_limit_hit where limit_key = :key and expires_at > :now
				order by expires_at desc offset :skip limit 1""")
			.param("key", key)
			.param("now", Timestamp.from(now))
			.param("skip", max - 1)
			.query(Timestamp.class)
			.optional();
		return expiry.map(t -> Duration.between(now, t.toInstant()))
			.filter(d -> !d.isNegative())
			.orElse(Duration.ofSeconds(1));
	}

	/** Expired rows are useless; about one request in 200 removes them, from whichever instance. */
	private void sweepNowAndThen(Instant now) {
		if (ThreadLocalRandom.current().nextInt(200) == 0) {
			jdbc.sql("delete from rate_limit_hit where expires_at <= :now").param("now", Timestamp.from(now)).update();
		}
	}

	static String key(String limit, String subject) {
		try {
			var digest = MessageDigest.getInstance("SHA-256")
				.digest((limit + "\n" + subject).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** One counted request. */
	public record Ticket(long id) {
	}

}
