package id.kanim.drivethru.messaging;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

/**
 * Sends to a phone through the WhatsApp Business Cloud API: {@code POST {api-url}/{phone-number-id}/messages}
 * with the access token as bearer. Without a template the text goes as a plain text message (WhatsApp
 * delivers those only within 24 hours of the applicant's last message); with one, as that template with
 * the whole text as its single body parameter, which WhatsApp delivers at any time.
 */
class WhatsAppMessageSender implements MessageSender {

	private final RestClient client;

	private final MessagesSettings.WhatsApp settings;

	WhatsAppMessageSender(RestClient client, MessagesSettings.WhatsApp settings) {
		if (!StringUtils.hasText(settings.phoneNumberId()) || !StringUtils.hasText(settings.accessToken())) {
			throw new IllegalStateException("drivethru.messages.phone=WHATSAPP needs "
					+ "drivethru.messages.whatsapp.phone-number-id and .access-token");
		}
		this.client = client;
		this.settings = settings;
	}

	@Override
	public void send(OutgoingMessage message) {
		if (message.channel() != Channel.PHONE) {
			throw new MessageDeliveryException("WhatsApp carries phone messages only", true, null);
		}
		try {
			client.post()
				.uri(settings.apiUrl() + "/{id}/messages", settings.phoneNumberId())
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + settings.accessToken())
				.contentType(MediaType.APPLICATION_JSON)
				.body(body(message))
				.retrieve()
				.toBodilessEntity();
		}
		catch (RuntimeException ex) {
			throw HttpProviders.failure("WhatsApp", ex);
		}
	}

	private Map<String, Object> body(OutgoingMessage message) {
		var to = HttpProviders.digits(message.recipient());
		if (!StringUtils.hasText(settings.template())) {
			return Map.of("messaging_product", "whatsapp", "recipient_type", "individual", "to", to, "type", "text",
					"text", Map.of("preview_url", false, "body", message.text()));
		}
		// Template parameters may not hold line breaks or runs of spaces.
		var parameter = message.text().replaceAll("\\s*\\n\\s*", " · ").replaceAll(" {2,}", " ").strip();
		return Map.of("messaging_product", "whatsapp", "recipient_type", "individual", "to", to, "type", "template",
				"template", Map.of("name", settings.template(), "language", Map.of("code", settings.templateLanguage()),
						"components", List.of(Map.of("type", "body", "parameters",
								List.of(Map.of("type", "text", "text", parameter))))));
	}

}
