package id.kanim.drivethru.messaging;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

/**
 * Sends to a phone through any SMS gateway that takes an HTTP POST: the address, the credential header and
 * the body (a template with {@code {to}}, {@code {to_e164}} and {@code {text}}) come from configuration, so a
 * gateway can be changed without a release. Values are escaped for the body's content type, so a text with
 * quotes or ampersands cannot break the request.
 */
class SmsGatewayMessageSender implements MessageSender {

	private final RestClient client;

	private final MessagesSettings.Sms settings;

	private final MediaType contentType;

	SmsGatewayMessageSender(RestClient client, MessagesSettings.Sms settings) {
		if (settings.url() == null) {
			throw new IllegalStateException("drivethru.messages.phone=SMS needs drivethru.messages.sms.url");
		}
		this.client = client;
		this.settings = settings;
		this.contentType = MediaType.parseMediaType(settings.contentType());
	}

	@Override
	public void send(OutgoingMessage message) {
		if (message.channel() != Channel.PHONE) {
			throw new MessageDeliveryException("The SMS gateway carries phone messages only", true, null);
		}
		var request = client.post().uri(settings.url()).contentType(contentType);
		if (StringUtils.hasText(settings.authValue())) {
			request = request.header(settings.authHeader(), settings.authValue());
		}
		try {
			request.body(body(message)).retrieve().toBodilessEntity();
		}
		catch (RuntimeException ex) {
			throw HttpProviders.failure("SMS gateway", ex);
		}
	}

	String body(OutgoingMessage message) {
		var to = HttpProviders.digits(message.recipient());
		var e164 = "+" + to;
		// The text last, so a text that happens to contain "{to}" stays as written.
		return settings.bodyTemplate()
			.replace("{to_e164}", escape(e164))
			.replace("{to}", escape(to))
			.replace("{text}", escape(message.text()));
	}

	private String escape(String value) {
		if (MediaType.APPLICATION_FORM_URLENCODED.includes(contentType)) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}
		if (contentType.getSubtype().contains("json")) {
			var out = new StringBuilder();
			for (char c : value.toCharArray()) {
				switch (c) {
					case '"' -> out.append("\\\"");
					case '\\' -> out.append("\\\\");
					case '\n' -> out.append("\\n");
					case '\r' -> out.append("\\r");
					case '\t' -> out.append("\\t");
					default -> {
						if (c < 0x20) {
							out.append(String.format("\\u%04x", (int) c));
						}
						else {
							out.append(c);
						}
					}
				}
			}
			return out.toString();
		}
		return value;
	}

}
