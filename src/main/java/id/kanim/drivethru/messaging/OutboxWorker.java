package id.kanim.drivethru.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers queued messages, on any number of instances at once, each message once.
 * <p>
 * Why {@code FOR UPDATE SKIP LOCKED} with a lease rather than Spring Modulith's event publication registry:
 * the registry re-publishes events whose listener did not complete, but it has no backoff, no limit of
 * tries and no "given up" state to show supervisors, and its rows hold serialized events, not the text that
 * was sent. Here one autocommit {@code UPDATE} claims a batch: the sub-select locks rows that are due and
 * unclaimed and skips rows another worker is claiming at that moment, and the claim it writes (a token and a
 * lease) keeps every other worker away after it commits, since PostgreSQL re-checks the lease condition on
 * the committed row. No transaction (and no pooled connection) is held while a provider is called. The
 * result is marked only under the worker's own token, so a worker whose lease ran out cannot mark a message
 * someone else holds. Delivered messages are marked together, at the end of their batch or once a second
 * if the batch takes longer: one commit (and one WAL flush) per batch instead of one per message, which with
 * a backlog cost the database more than the bookings that made it (bench/RESULTS.md). The one case that can
 * send twice is an instance that dies after a provider took messages and before their mark (so at most a
 * batch, or a second's worth): the lease then runs out and another instance sends them again. That is the
 * price of never losing a message; the lease is much longer than a batch can take with every provider
 * timing out, so a slow provider alone never causes it.
 */
@Component
public class OutboxWorker {

	private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

	/** Where the backlog's counts stop: past it, how long the oldest has waited says more than the number. */
	public static final int COUNTED_UP_TO = 1_000;

	private final JdbcClient jdbc;

	private final MessageSender sender;

	private final MessagesSettings.Outbox settings;

	private final Clock clock;

	private final AtomicReference<Backlog> backlog = new AtomicReference<>(new Backlog(0, 0, null, null));

	@Autowired
	OutboxWorker(JdbcClient jdbc, RoutingMessageSender sender, MessagesSettings settings, Clock clock) {
		this(jdbc, (MessageSender) sender, settings.outbox(), clock);
	}

	/** A worker with its own sender (tests race several against one database). */
	OutboxWorker(JdbcClient jdbc, MessageSender sender, MessagesSettings.Outbox settings, Clock clock) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${drivethru.messages.outbox.poll-interval:2s}", initialDelayString = "5s")
	void scheduled() {
		if (!settings.scheduled()) {
			return;
		}
		try {
			deliverDue();
		}
		catch (RuntimeException ex) {
			// The database may be away for a moment; the next run tries again. The class only: no personal data.
			log.warn("Outbox run failed: {}", ex.getClass().getName());
		}
	}

	/** Delivers every message that is due, batch by batch; returns how many this call delivered. */
	public int deliverDue() {
		int delivered = 0;
		var counted = clock.instant();
		while (true) {
			var token = UUID.randomUUID();
			var started = clock.instant();
			var batch = claim(token, started);
			var sent = new ArrayList<Long>(batch.size());
			Instant firstUnmarked = null;
			for (var message : batch) {
				if (Duration.between(started, clock.instant()).compareTo(settings.lease().dividedBy(2)) > 0) {
					// Half the lease is gone (providers slower than their timeouts?): leave the rest, unmarked, to
					// the next claim rather than risk sending after the lease ran out.
					release(message.id(), token);
					continue;
				}
				if (deliver(message, token)) {
					delivered++;
					sent.add(message.id());
					firstUnmarked = firstUnmarked == null ? clock.instant() : firstUnmarked;
				}
				if (firstUnmarked != null
						&& Duration.between(firstUnmarked, clock.instant()).compareTo(Duration.ofSeconds(1)) >= 0) {
					markSent(sent, token);
					firstUnmarked = null;
				}
			}
			markSent(sent, token);
			if (batch.size() < settings.batchSize()) {
				refreshBacklog();
				return delivered;
			}
			// A long backlog is worked off batch by batch: counted again once a second, not after every batch.
			if (Duration.between(counted, clock.instant()).compareTo(Duration.ofSeconds(1)) >= 0) {
				refreshBacklog();
				counted = clock.instant();
			}
		}
	}

	/** How many messages wait and how many were given up, as of the last run; never asks the database. */
	public Backlog backlog() {
		return backlog.get();
	}

	private List<Claimed> claim(UUID token, Instant now) {
		return jdbc.sql("""
				update outbox_message m
				set claimed_by = :token, claimed_until = :until, attempts = m.attempts + 1
				where m.id in (
				    select id from outbox_message
				    where status = 'PENDING' and next_attempt_at <= :now
				        and (claimed_until is null or claimed_until < :now)
				    order by next_attempt_at, id
				    limit :limit
				    for update skip locked)
				returning m.id, m.channel, m.recipient, m.subject, m.body, m.attempts""")
			.param("token", token)
			.param("until", Timestamp.from(now.plus(settings.lease())))
			.param("now", Timestamp.from(now))
			.param("limit", settings.batchSize())
			.query((rs, i) -> new Claimed(rs.getLong("id"), new OutgoingMessage(Channel.valueOf(rs.getString("channel")),
					rs.getString("recipient"), rs.getString("subject"), rs.getString("body")), rs.getInt("attempts")))
			.list();
	}

	private boolean deliver(Claimed claimed, UUID token) {
		try {
			sender.send(claimed.message());
		}
		catch (MessageDeliveryException ex) {
			failed(claimed, token, ex.getMessage(), ex.isPermanent());
			return false;
		}
		catch (RuntimeException ex) {
			failed(claimed, token, ex.getClass().getSimpleName(), false);
			return false;
		}
		return true;
	}

	/** Marks the delivered messages as sent, under this worker's claim, and empties the list. */
	private void markSent(List<Long> sent, UUID token) {
		if (sent.isEmpty()) {
			return;
		}
		int marked = jdbc.sql("""
				update outbox_message set status = 'SENT', sent_at = :now, claimed_by = null, claimed_until = null,
				    last_error = null
				where id in (:ids) and claimed_by = :token""")
			.param("now", Timestamp.from(clock.instant()))
			.param("ids", sent)
			.param("token", token)
			.update();
		if (marked < sent.size()) {
			log.warn("{} of {} outbox messages were delivered after their claim ran out", sent.size() - marked,
					sent.size());
		}
		sent.clear();
	}

	private void failed(Claimed claimed, UUID token, String error, boolean permanent) {
		var now = clock.instant();
		var text = error == null ? "unknown" : error.length() > 300 ? error.substring(0, 300) : error;
		if (permanent || claimed.attempts() >= settings.maxAttempts()) {
			jdbc.sql("""
					update outbox_message set status = 'FAILED', failed_at = :now, last_error = :error,
					    claimed_by = null, claimed_until = null
					where id = :id and claimed_by = :token""")
				.param("now", Timestamp.from(now))
				.param("error", text)
				.param("id", claimed.id())
				.param("token", token)
				.update();
			log.warn("Outbox message {} given up after {} tries: {}", claimed.id(), claimed.attempts(), text);
			return;
		}
		jdbc.sql("""
				update outbox_message set next_attempt_at = :next, last_error = :error, claimed_by = null,
				    claimed_until = null
				where id = :id and claimed_by = :token""")
			.param("next", Timestamp.from(now.plus(retryDelay(claimed.attempts()))))
			.param("error", text)
			.param("id", claimed.id())
			.param("token", token)
			.update();
		log.info("Outbox message {} not delivered (try {}): {}", claimed.id(), claimed.attempts(), text);
	}

	private void release(long id, UUID token) {
		jdbc.sql("""
				update outbox_message set claimed_by = null, claimed_until = null, attempts = attempts - 1
				where id = :id and claimed_by = :token""")
			.param("id", id)
			.param("token", token)
			.update();
	}

	/** The wait before the next try: the first retry delay, doubled after each further failure, capped. */
	Duration retryDelay(int attempts) {
		var delay = settings.firstRetry();
		for (int i = 1; i < attempts && delay.compareTo(settings.maxRetry()) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : delay;
	}

	private void refreshBacklog() {
		// Each status matches a partial index's predicate, and each count stops at COUNTED_UP_TO: an uncapped
		// count of a benchmark's backlog (hundreds of thousands of messages) took 290 ms, and one capped at
		// 10 000 still 50 ms (bench/RESULTS.md). Beyond the cap, the oldest is the oldest of the messages due
		// first, which is the oldest first try.
		backlog.set(jdbc.sql("""
				with pending as (
				    select created_at from outbox_message where status = 'PENDING'
				    order by next_attempt_at, id limit :cap)
				select (select count(*) from pending) as pending,
				    (select count(*) from (select 1 from outbox_message where status = 'FAILED' limit :cap) f) as failed,
				    (select min(created_at) from pending) as oldest""")
			.param("cap", COUNTED_UP_TO)
			.query((rs, i) -> new Backlog(rs.getLong("pending"), rs.getLong("failed"),
					rs.getTimestamp("oldest") == null ? null : rs.getTimestamp("oldest").toInstant(), clock.instant()))
			.single());
	}

	private record Claimed(long id, OutgoingMessage message, int attempts) {
	}

	/**
	 * @param pending messages waiting for delivery (first try or a retry), counted up to {@link #COUNTED_UP_TO}
	 * @param failed messages given up, waiting for a supervisor's eye, counted up to {@link #COUNTED_UP_TO}
	 * @param oldestPending when the oldest waiting message was queued
	 * @param checkedAt when this was counted (null: not yet)
	 */
	public record Backlog(long pending, long failed, Instant oldestPending, Instant checkedAt) {
	}

}
