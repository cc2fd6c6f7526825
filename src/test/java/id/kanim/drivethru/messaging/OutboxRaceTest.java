package id.kanim.drivethru.messaging;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.Races;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several workers (as on several instances) deliver one outbox at the same time: each message is sent once.
 * The control shows the race is real: workers that read due rows without claiming them send duplicates.
 */
@IntegrationTest
class OutboxRaceTest {

	static final int MESSAGES = 40;

	static final int WORKERS = 4;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxWorker contextWorker;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock clock;

	@BeforeEach
	void drain() {
		contextWorker.deliverDue(); // what earlier tests left
	}

	@RepeatedTest(5)
	void workersRacingOverOneOutboxDeliverEachMessageOnce() {
		var run = queue();
		var sent = new ConcurrentHashMap<String, AtomicInteger>();
		var settings = new MessagesSettings.Outbox(true, java.time.Duration.ofSeconds(1), 5,
				java.time.Duration.ofMinutes(5), 8, java.time.Duration.ofSeconds(30), java.time.Duration.ofHours(1));

		var delivered = Races.together(WORKERS,
				i -> new OutboxWorker(jdbc, counting(sent), settings, clock).deliverDue());

		var mine = mine(sent, run);
		assertThat(mine).hasSize(MESSAGES).allSatisfy((text, count) -> assertThat(count.get()).as(text).isEqualTo(1));
		assertThat(delivered.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(MESSAGES);
		assertThat(jdbc.sql("select count(*) from outbox_message where body like :run and status = 'SENT'")
			.param("run", run + "%")
			.query(Integer.class)
			.single()).isEqualTo(MESSAGES);
	}

	/** The control: read what is due, send, then mark, with no claim in between, as a naive worker would. */
	@Test
	void workersThatDoNotClaimSendDuplicates() {
		var run = queue();
		var sent = new ConcurrentHashMap<String, AtomicInteger>();
		var sender = counting(sent);

		Races.together(WORKERS, i -> {
			var due = jdbc.sql("""
					select id, body from outbox_message where status = 'PENDING' and body like :run order by id""")
				.param("run", run + "%")
				.query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("body")))
				.list();
			for (var row : due) {
				sender.send(new OutgoingMessage(Channel.PHONE, "+6281234567890", null, row.getValue()));
				jdbc.sql("update outbox_message set status = 'SENT' where id = :id").param("id", row.getKey()).update();
			}
			return due.size();
		});

		assertThat(mine(sent, run).values()).anySatisfy(count -> assertThat(count.get()).isGreaterThan(1));
	}

	@Test
	void aTransientFailureIsRetriedLaterAndAPermanentOneIsGivenUpAndShownToSupervisors() {
		var run = "retry-" + UUID.randomUUID() + " ";
		long office = 990_000_000L + (System.nanoTime() % 1_000_000);
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			outbox.enqueue(message(office, run + "transient"));
			outbox.enqueue(message(office, run + "permanent"));
		});
		var settings = new MessagesSettings.Outbox(true, java.time.Duration.ofSeconds(1), 10,
				java.time.Duration.ofMinutes(5), 3, java.time.Duration.ofSeconds(30), java.time.Duration.ofHours(1));
		MessageSender failing = message -> {
			if (message.text().startsWith(run)) {
				throw new MessageDeliveryException(message.text().endsWith("permanent") ? "refused" : "timeout",
						message.text().endsWith("permanent"), null);
			}
		};
		var worker = new OutboxWorker(jdbc, failing, settings, clock);

		worker.deliverDue();

		assertThat(row(run + "transient")).containsEntry("status", "PENDING").containsEntry("attempts", 1)
			.containsEntry("last_error", "timeout");
		assertThat(row(run + "permanent")).containsEntry("status", "FAILED").containsEntry("last_error", "refused");
		assertThat(outbox.undelivered(office, 10)).singleElement()
			.satisfies(m -> assertThat(m.lastError()).isEqualTo("refused"))
			.satisfies(m -> assertThat(m.recipient()).isEqualTo("+6281•••890"));
		assertThat(worker.backlog().failed()).isPositive();

		// The transient failure is tried again only once its wait is over, and given up after the third try.
		worker.deliverDue();
		assertThat(row(run + "transient")).containsEntry("attempts", 1);
		var laterClock = java.time.Clock.offset(clock, java.time.Duration.ofMinutes(1));
		new OutboxWorker(jdbc, failing, settings, laterClock).deliverDue();
		assertThat(row(run + "transient")).containsEntry("status", "PENDING").containsEntry("attempts", 2);
		new OutboxWorker(jdbc, failing, settings, java.time.Clock.offset(clock, java.time.Duration.ofMinutes(3)))
			.deliverDue();
		assertThat(row(run + "transient")).containsEntry("status", "FAILED").containsEntry("attempts", 3);
		assertThat(outbox.undelivered(office, 10)).hasSize(2);

		assertThat(worker.retryDelay(1)).hasSeconds(30);
		assertThat(worker.retryDelay(2)).hasSeconds(60);
		assertThat(worker.retryDelay(20)).hasHours(1);
	}

	/**
	 * Delivered messages are marked with one statement at the end of their batch (one commit, not one per
	 * message), or sooner once a second has passed, so a crash re-sends at most a batch or a second's worth.
	 */
	@Test
	void deliveredMessagesAreMarkedTogetherAtTheEndOfTheirBatchOrOnceASecond() {
		var settings = new MessagesSettings.Outbox(true, java.time.Duration.ofSeconds(1), 10,
				java.time.Duration.ofMinutes(5), 8, java.time.Duration.ofSeconds(30), java.time.Duration.ofHours(1));

		var quick = queue(6);
		var seenQuick = new java.util.ArrayList<Integer>();
		new OutboxWorker(jdbc, message -> seenQuick.add(sentSoFar(quick)), settings, clock).deliverDue();
		assertThat(seenQuick).as("none marked while its batch was being sent").containsExactly(0, 0, 0, 0, 0, 0);
		assertThat(sentSoFar(quick)).isEqualTo(6);

		// A provider taking 0.4 s a message (as the clock the worker reads says): marked about every second.
		var slow = queue(6);
		var seenSlow = new java.util.ArrayList<Integer>();
		var now = new java.util.concurrent.atomic.AtomicReference<>(clock.instant());
		var stepping = new Clock() {
			@Override
			public java.time.ZoneId getZone() {
				return clock.getZone();
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

			@Override
			public java.time.Instant instant() {
				return now.get();
			}
		};
		new OutboxWorker(jdbc, message -> {
			seenSlow.add(sentSoFar(slow));
			now.set(now.get().plusMillis(400));
		}, settings, stepping).deliverDue();
		assertThat(seenSlow).as("marked once a second, not after each message").containsExactly(0, 0, 0, 0, 4, 4);
		assertThat(sentSoFar(slow)).isEqualTo(6);
	}

	private int sentSoFar(String run) {
		return jdbc.sql("select count(*) from outbox_message where body like :run and status = 'SENT'")
			.param("run", run + "%")
			.query(Integer.class)
			.single();
	}

	/** A backlog past the cap is counted up to it: the count's cost stays bounded however long the queue. */
	@Test
	void aLongBacklogIsCountedUpToTheCapAndNoFurther() {
		var run = "backlog-" + UUID.randomUUID() + " ";
		// Not due for a day, so no worker delivers them while the test looks.
		jdbc.sql("""
				insert into outbox_message (office_id, reference, topic, channel, recipient, body, language,
				    next_attempt_at, created_at)
				select 1, 'ABCD2345', 'CONFIRMED', 'PHONE', '+6281234567890', :run || i, 'id',
				    now() + interval '1 day', now() - interval '1 hour'
				from generate_series(1, :count) i""")
			.param("run", run)
			.param("count", OutboxWorker.COUNTED_UP_TO + 5)
			.update();
		try {
			contextWorker.deliverDue();

			var backlog = contextWorker.backlog();
			assertThat(backlog.pending()).isEqualTo(OutboxWorker.COUNTED_UP_TO);
			assertThat(backlog.oldestPending()).isNotNull();
			assertThat(new OutboxHealthIndicator(contextWorker).health().getDetails())
				.containsEntry("pending", (long) OutboxWorker.COUNTED_UP_TO)
				.containsEntry("countedUpTo", OutboxWorker.COUNTED_UP_TO);
		}
		finally {
			jdbc.sql("delete from outbox_message where body like :run").param("run", run + "%").update();
			contextWorker.deliverDue();
		}
	}

	private Map<String, Object> row(String body) {
		return jdbc.sql("select status, attempts, last_error from outbox_message where body = :body")
			.param("body", body)
			.query()
			.singleRow();
	}

	private static QueuedMessage message(long office, String text) {
		return new QueuedMessage(office, "ABCD2345", "CONFIRMED", "id", LocalDate.of(2026, 12, 2),
				new OutgoingMessage(Channel.PHONE, "+6281234567890", null, text));
	}

	/** Queues this run's messages in one transaction; returns the prefix of their texts. */
	private String queue() {
		return queue(MESSAGES);
	}

	private String queue(int count) {
		var run = "race-" + UUID.randomUUID() + " ";
		new TransactionTemplate(transactions).executeWithoutResult(status -> IntStream.range(0, count)
			.forEach(i -> outbox.enqueue(message(1, run + i))));
		return run;
	}

	/** A provider that counts what it was given and takes a moment, as a real one does. */
	private static MessageSender counting(Map<String, AtomicInteger> sent) {
		return message -> {
			sent.computeIfAbsent(message.text(), t -> new AtomicInteger()).incrementAndGet();
			try {
				Thread.sleep(2);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		};
	}

	private static Map<String, AtomicInteger> mine(Map<String, AtomicInteger> sent, String run) {
		var mine = new ConcurrentHashMap<String, AtomicInteger>();
		sent.forEach((text, count) -> {
			if (text.startsWith(run)) {
				mine.put(text, count);
			}
		});
		return mine;
	}

}
