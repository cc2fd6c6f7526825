package id.kanim.drivethru.verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kanim.drivethru.infrastructure.ratelimit.RateLimiter;
import id.kanim.drivethru.messaging.Channel;
import id.kanim.drivethru.messaging.MessageDeliveryException;
import id.kanim.drivethru.messaging.MessageSender;
import id.kanim.drivethru.messaging.OutgoingMessage;
import id.kanim.drivethru.office.Offices;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * One-time codes that prove an applicant holds the phone a booking names. A code has 6 digits, lives
 * {@link VerificationSettings#codeValidity()}, allows {@link VerificationSettings#maxAttempts()} tries and
 * one use. It is sent at once through the message port (not through an outbox: a code that arrives late is
 * worthless), and only its hash is stored.
 *
 * <p>Not transactional on purpose: every step is one statement that commits at once, so that two requests
 * racing with the same code cannot both use it (the second finds {@code used_at} set) and a wrong guess
 * counts even if the request then fails.
 */
@Service
public class PhoneVerifications {

	private static final Logger log = LoggerFactory.getLogger(PhoneVerifications.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final VerificationSettings settings;

	private final RateLimiter limits;

	private final MessageSender sender;

	private final Offices offices;

	private final MessageSource messages;

	/** One-time codes the provider took, for Prometheus: they cost money and a sudden rise means abuse. */
	private final Counter codesSent;

	PhoneVerifications(JdbcClient jdbc, Clock clock, VerificationSettings settings, RateLimiter limits,
			MessageSender sender, Offices offices, MessageSource messages, MeterRegistry meters) {
		this.codesSent = Counter.builder("drivethru.verification.codes.sent")
			.description("One-time codes handed to the message provider").register(meters);
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
		this.limits = limits;
		this.sender = sender;
		this.offices = offices;
		this.messages = messages;
		if (!settings.required()) {
			log.warn("drivethru.verification.required=false: bookings, waiting-list entries and changes are taken "
					+ "WITHOUT proof of the applicant's phone. Only for development and benchmarks.");
		}
	}

	/** Whether booking, waiting and changing need a code (or an API key). */
	public boolean required() {
		return settings.required();
	}

	/**
	 * Sends a new code to the phone and returns the id the code must be presented with.
	 * @param phone E.164, already checked to be an Indonesian mobile number
	 * @param clientAddress the requester's address, for the (loose) per-address limit
	 * @throws id.kanim.drivethru.infrastructure.ratelimit.RateLimitExceededException too many codes
	 * @throws CodeNotDeliveredException the provider did not take the message; nothing is kept
	 */
	public UUID start(String officeCode, String phone, String clientAddress, Locale locale) {
		var office = offices.byCode(officeCode);
		var perAddress = limits.acquire("codes-per-address", clientAddress, settings.codesPerAddress(),
				settings.codeWindow());
		RateLimiter.Ticket perPhone;
		try {
			perPhone = limits.acquire("codes-per-phone", phone, settings.codesPerPhone(), settings.codeWindow());
		}
		catch (RuntimeException ex) {
			limits.release(perAddress);
			throw ex;
		}
		var now = clock.instant();
		var id = UUID.randomUUID();
		var code = String.format(Locale.ROOT, "%06d", RANDOM.nextInt(1_000_000));
		jdbc.sql("delete from phone_verification where expires_at < :before")
			.param("before", Timestamp.from(now.minus(Duration.ofDays(1))))
			.update();
		jdbc.sql("""
				insert into phone_verification (id, office_id, phone, code_hash, created_at, expires_at)
				values (:id, :office, :phone, :hash, :now, :expires)""")
			.param("id", id)
			.param("office", office.id())
			.param("phone", phone)
			.param("hash", hash(id, code))
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(settings.codeValidity())))
			.update();
		var text = messages.getMessage("verification.message.text",
				new Object[] { code, office.name(), settings.codeValidity().toMinutes() }, locale);
		try {
			sender.send(new OutgoingMessage(Channel.PHONE, phone, null, text));
		}
		catch (MessageDeliveryException ex) {
			jdbc.sql("delete from phone_verification where id = :id").param("id", id).update();
			limits.release(perPhone);
			limits.release(perAddress);
			throw new CodeNotDeliveredException(ex);
		}
		codesSent.increment();
		return id;
	}

	/**
	 * Uses the code: it must be the latest digits sent for this id, to this phone, for this office, within its
	 * validity and tries, and not used before. Every try counts, right or wrong.
	 * @throws VerificationException {@code REQUIRED} when id or code is missing, {@code FAILED} otherwise
	 */
	public PhoneProof prove(String officeCode, String phone, String verificationId, String code) {
		if (isBlank(verificationId) || isBlank(code)) {
			throw new VerificationException(VerificationException.Kind.REQUIRED);
		}
		UUID id;
		try {
			id = UUID.fromString(verificationId.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new VerificationException(VerificationException.Kind.FAILED);
		}
		var now = Timestamp.from(clock.instant());
		// Counts the try first, in its own statement: a guesser gets maxAttempts tries, however many in parallel.
		var row = jdbc.sql("""
				update phone_verification set attempts = attempts + 1
				where id = :id and used_at is null and expires_at > :now and attempts < :max
				returning code_hash, phone, office_id""")
			.param("id", id)
			.param("now", now)
			.param("max", settings.maxAttempts())
			.query((rs, n) -> new Row(rs.getString("code_hash"), rs.getString("phone"), rs.getLong("office_id")))
			.optional();
		var office = offices.byCode(officeCode);
		var given = code.strip();
		if (row.isEmpty() || !given.matches("[0-9]{6}")
				|| !MessageDigest.isEqual(row.get().hash().getBytes(StandardCharsets.US_ASCII),
						hash(id, given).getBytes(StandardCharsets.US_ASCII))
				|| !row.get().phone().equals(phone) || row.get().officeId() != office.id()) {
			throw new VerificationException(VerificationException.Kind.FAILED);
		}
		int used = jdbc.sql("update phone_verification set used_at = :now where id = :id and used_at is null")
			.param("id", id)
			.param("now", now)
			.update();
		if (used != 1) {
			throw new VerificationException(VerificationException.Kind.FAILED);
		}
		return new PhoneProof(id);
	}

	/** The change the code allowed did not happen: the code may be used once more while it is valid. */
	public void giveBack(PhoneProof proof) {
		if (proof != null) {
			jdbc.sql("update phone_verification set used_at = null where id = :id")
				.param("id", proof.verificationId())
				.update();
		}
	}

	/**
	 * A salted SHA-256. Six digits are only a million values, so the hash does not stop someone who can read
	 * the table from finding a code; what protects a code is its 5 minutes and 5 tries. The hash keeps live
	 * codes out of backups, logs of queries and the eyes of whoever browses the table.
	 */
	static String hash(UUID id, String code) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest((id + ":" + code).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	private record Row(String hash, String phone, long officeId) {
	}

}
