package id.kanim.drivethru.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.StringJoiner;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues messages to applicants in the caller's transaction, so the message exists exactly when the change
 * it tells about does: a booking that rolls back leaves no message, and one that commits cannot lose its
 * message to a crash. {@link OutboxWorker} delivers them. One-time codes do not come here: the applicant is
 * waiting for them, so they go through {@link MessageSender} at once.
 */
@Service
@Transactional
public class Outbox {

	/** One message's values; {@code #} is its place in the statement. */
	private static final String ROW = "(:office#, :reference#, :topic#, :channel#, :recipient#, :subject#, :body#, "
			+ ":language#, :serviceDate#, :now, :now)";

	private final JdbcClient jdbc;

	private final RoutingMessageSender sender;

	private final Clock clock;

	Outbox(JdbcClient jdbc, RoutingMessageSender sender, Clock clock) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.clock = clock;
	}

	/** Whether a message to this kind of address would reach anyone; nothing is queued for one that would not. */
	@Transactional(readOnly = true)
	public boolean carries(Channel channel) {
		return sender.carries(channel);
	}

	/** Queues the message for delivery as soon as this transaction commits; returns false if its channel is not carried. */
	public boolean enqueue(QueuedMessage queued) {
		return enqueue(List.of(queued)) == 1;
	}

	/**
	 * Queues the messages (a booking's text and mail) with one statement, for delivery as soon as this
	 * transaction commits; those whose channel is not carried are left out. Returns how many were queued.
	 */
	public int enqueue(List<QueuedMessage> messages) {
		var carried = messages.stream().filter(q -> sender.carries(q.message().channel())).toList();
		if (carried.isEmpty()) {
			return 0;
		}
		var rows = new StringJoiner(", ");
		for (int i = 0; i < carried.size(); i++) {
			rows.add(ROW.replace("#", Integer.toString(i)));
		}
		var statement = jdbc.sql("""
				insert into outbox_message (office_id, reference, topic, channel, recipient, subject, body, language,
				    service_date, next_attempt_at, created_at)
				values\s""" + rows)
			.param("now", Timestamp.from(clock.instant()));
		for (int i = 0; i < carried.size(); i++) {
			var queued = carried.get(i);
			var message = queued.message();
			statement = statement.param("office" + i, queued.officeId())
				.param("reference" + i, queued.reference())
				.param("topic" + i, queued.topic())
				.param("channel" + i, message.channel().name())
				.param("recipient" + i, message.recipient())
				.param("subject" + i, message.subject())
				.param("body" + i, message.text())
				.param("language" + i, queued.language())
				.param("serviceDate" + i, queued.serviceDate());
		}
		return statement.update();
	}

	/** The office's messages that were given up, newest first, for its supervisors. */
	@Transactional(readOnly = true)
	public List<UndeliveredMessage> undelivered(long officeId, int limit) {
		return jdbc.sql("""
				select id, reference, topic, channel, recipient, attempts, last_error, created_at, failed_at
				from outbox_message where office_id = :office and status = 'FAILED'
				order by failed_at desc, id desc limit :limit""")
			.param("office", officeId)
			.param("limit", limit)
			.query((rs, i) -> new UndeliveredMessage(rs.getLong("id"), rs.getString("reference"), rs.getString("topic"),
					Channel.valueOf(rs.getString("channel")), masked(rs.getString("recipient")), rs.getInt("attempts"),
					rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("failed_at").toInstant()))
			.list();
	}

	/** Enough of the address for a supervisor to tell two apart, not enough to copy it. */
	static String masked(String recipient) {
		int at = recipient.indexOf('@');
		if (at > 0) {
			return recipient.charAt(0) + "•••" + recipient.substring(at);
		}
		if (recipient.length() <= 6) {
			return "•••";
		}
		return recipient.substring(0, 5) + "•••" + recipient.substring(recipient.length() - 3);
	}

	/**
	 * A message given up after its last try.
	 * @param recipient the address, masked
	 * @param lastError the provider, status and error code of the last failure
	 */
	public record UndeliveredMessage(long id, String reference, String topic, Channel channel, String recipient,
			int attempts, String lastError, Instant createdAt, Instant failedAt) {
	}

}
