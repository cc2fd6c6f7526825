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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sliding-window limits kept in PostgreSQL, so they hold however many app instances share the database.
 *
 * <p>Why parallel requests can neither get past a limit nor be refused below it: {@link #acquire} takes a
 * transaction-scoped advisory lock on the key's hash, counts the live rows, inserts its own only when there is
 * room, and commits. The lock is PostgreSQL's, so requests for one key queue behind each other whichever
 * instance they reach, while requests for different keys never wait for each other. (Inserting first and
 * counting after, as the staff sign-in throttle does, also never lets more than the limit through, but under
 * a burst it refuses some requests that would have fitted.) Chosen over Bucket4j's PostgreSQL backend because
 * it needs no new dependency, gives an exact Retry-After, and lets a request that turned out not to count (a
 * booking refused for a full day) give its place back with {@link #release}.
 *
 * <p>Keys are hashed before they are stored: the table never holds a phone number or an address.
 */
@Component
public class RateLimiter {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate transactions;

	RateLimiter(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Counts one request against the limit, or throws {@link RateLimitExceededException} having counted
	 * nothing. A {@code max} of 0 or less means no limit. Call it outside a transaction: it runs its own short
	 * one, so the lock is held only for the count and the insert.
	 * @return a ticket for {@link #release}, or {@code null} when unlimited
	 */
	public Ticket acquire(String limit, String subject, int max, Duration window) {
		if (max <= 0) {
			return null;
		}
		var key = key(limit, subject);
		var now = clock.instant();
		sweepNowAndThen(now);
		Long id = transactions.execute(status -> {
			jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 11))").param("key", key).query().rowSet();
			if (live(key, now) >= max) {
				return null;
			}
			return jdbc.sql("""
					insert into rate_limit_hit (limit_key, hit_at, expires_at) values (:key, :at, :expires)
					returning id""")
				.param("key", key)
				.param("at", Timestamp.from(now))
				.param("expires", Timestamp.from(now.plus(window)))
				.query(Long.class)
				.single();
		});
		if (id == null) {
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
			forgetExpired(now);
		}
	}

	/** Removes every row whose window had passed by {@code now} (idempotent: any instance may call it). */
	public void forgetExpired(Instant now) {
		jdbc.sql("delete from rate_limit_hit where expires_at <= :now").param("now", Timestamp.from(now)).update();
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
