package id.kanim.drivethru.messaging;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which provider carries messages to applicants, and how long the app waits for one.
 *
 * @param phone who carries messages to phones: {@code LOG} (nobody: the log, for trying the app), {@code WHATSAPP}
 * or {@code SMS}
 * @param emailEnabled whether messages also go to e-mail addresses; takes effect only with {@code spring.mail.host}
 * @param logContent whether message texts are also written to the log while a real provider carries them (they
 * hold personal data and one-time codes: for a test system only)
 * @param connectTimeout how long a provider may take to accept a connection
 * @param readTimeout how long a provider may take to answer (and, for SMTP, to take each write)
 * @param whatsapp the WhatsApp Business Cloud API
 * @param sms a generic SMS gateway over HTTP
 * @param outbox how the outbox worker delivers queued messages
 */
@ConfigurationProperties("drivethru.messages")
public record MessagesSettings(
		@DefaultValue("LOG") PhoneProvider phone,
		@DefaultValue("true") boolean emailEnabled,
		@DefaultValue("false") boolean logContent,
		@DefaultValue("3s") Duration connectTimeout,
		@DefaultValue("5s") Duration readTimeout,
		@DefaultValue WhatsApp whatsapp,
		@DefaultValue Sms sms,
		@DefaultValue Outbox outbox) {

	public enum PhoneProvider {

		LOG, WHATSAPP, SMS

	}

	/**
	 * @param apiUrl the Graph API base, version included
	 * @param phoneNumberId the sender's phone number id (from the WhatsApp Business account)
	 * @param accessToken a system user's access token (a secret: give it as an environment variable)
	 * @param template an approved message template with one body parameter, for messages the business starts
	 * (WhatsApp accepts free text only within 24 hours of the applicant's last message); empty: free text
	 * @param templateLanguage the template's language code
	 */
	public record WhatsApp(
			@DefaultValue("https://graph.facebook.com/v23.0") URI apiUrl,
			String phoneNumberId,
			String accessToken,
			String template,
			@DefaultValue("id") String templateLanguage) {
	}

	/**
	 * @param url where the gateway takes a message (POST)
	 * @param authHeader the name of the header that carries the credential
	 * @param authValue the credential (a secret: give it as an environment variable)
	 * @param bodyTemplate the request body, with {@code {to}} (E.164 without "+"), {@code {to_e164}} and
	 * {@code {text}} filled in, escaped for the content type
	 * @param contentType {@code application/json} or {@code application/x-www-form-urlencoded}
	 */
	public record Sms(
			URI url,
			@DefaultValue("Authorization") String authHeader,
			String authValue,
			@DefaultValue("{\"to\":\"{to}\",\"text\":\"{text}\"}") String bodyTemplate,
			@DefaultValue("application/json") String contentType) {
	}

	/**
	 * @param scheduled whether this instance runs the delivery worker (any number of instances may)
	 * @param pollInterval how often the worker looks for due messages
	 * @param batchSize how many messages one worker claims at a time
	 * @param lease how long a claim holds; longer than a batch can take with every provider timing out
	 * @param maxAttempts after this many failed tries a message is given up and shown to supervisors
	 * @param firstRetry the wait after the first failure; it doubles with each further failure
	 * @param maxRetry the longest wait between two tries
	 */
	public record Outbox(
			@DefaultValue("true") boolean scheduled,
			@DefaultValue("2s") Duration pollInterval,
			@DefaultValue("10") int batchSize,
			@DefaultValue("5m") Duration lease,
			@DefaultValue("8") int maxAttempts,
			@DefaultValue("30s") Duration firstRetry,
			@DefaultValue("1h") Duration maxRetry) {
	}

}
