package id.kanim.drivethru.messaging;

import java.net.URI;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The WhatsApp and SMS adapters against a real HTTP server (WireMock): what they send, and how each kind of
 * answer becomes a delivery, a permanent refusal or a failure worth retrying. Timeouts are short here so a
 * provider that never answers is given up on quickly.
 */
class HttpAdaptersTest {

	static final WireMockServer PROVIDER = new WireMockServer(options().dynamicPort());

	static final OutgoingMessage MESSAGE = new OutgoingMessage(Channel.PHONE, "+6281234567890", null,
			"Booking \"ABCD-2345\": Senin & Selasa\nBawa KTP");

	@BeforeAll
	static void start() throws Exception {
		PROVIDER.start();
		// The first request to a cold server (and JVM) can take longer than the short timeouts below.
		var client = java.net.http.HttpClient.newHttpClient();
		client.send(java.net.http.HttpRequest.newBuilder(URI.create(PROVIDER.baseUrl() + "/__admin/mappings")).build(),
				java.net.http.HttpResponse.BodyHandlers.discarding());
	}

	@AfterAll
	static void stop() {
		PROVIDER.stop();
	}

	@BeforeEach
	void reset() {
		PROVIDER.resetAll();
	}

	static MessagesSettings settings(String... pairs) {
		var map = new java.util.HashMap<String, String>();
		map.put("read-timeout", "2s");
		map.put("connect-timeout", "2s");
		map.put("whatsapp.api-url", PROVIDER.baseUrl() + "/v23.0");
		map.put("whatsapp.phone-number-id", "1055");
		map.put("whatsapp.access-token", "secret-token");
		map.put("sms.url", PROVIDER.baseUrl() + "/sms");
		map.put("sms.auth-header", "X-Api-Key");
		map.put("sms.auth-value", "sms-key");
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return new Binder(new MapConfigurationPropertySource(map)).bindOrCreate("", MessagesSettings.class);
	}

	static WhatsAppMessageSender whatsapp(MessagesSettings settings) {
		return new WhatsAppMessageSender(HttpProviders.client(settings), settings.whatsapp());
	}

	static SmsGatewayMessageSender sms(MessagesSettings settings) {
		return new SmsGatewayMessageSender(HttpProviders.client(settings), settings.sms());
	}

	@Test
	void whatsAppPostsATextMessageWithTheBearerToken() {
		PROVIDER.stubFor(post("/v23.0/1055/messages").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.1\"}]}")));

		whatsapp(settings()).send(MESSAGE);

		PROVIDER.verify(1, postRequestedFor(urlEqualTo("/v23.0/1055/messages"))
			.withHeader("Authorization", equalTo("Bearer secret-token"))
			.withRequestBody(equalToJson("""
					{"messaging_product":"whatsapp","recipient_type":"individual","to":"6281234567890","type":"text",
					 "text":{"preview_url":false,"body":"Booking \\"ABCD-2345\\": Senin & Selasa\\nBawa KTP"}}""")));
	}

	@Test
	void whatsAppSendsTheTextAsTheTemplatesParameterWhenATemplateIsConfigured() {
		PROVIDER.stubFor(post("/v23.0/1055/messages").willReturn(aResponse().withStatus(200)));

		whatsapp(settings("whatsapp.template", "drivethru_pesan")).send(MESSAGE);

		PROVIDER.verify(postRequestedFor(urlEqualTo("/v23.0/1055/messages")).withRequestBody(equalToJson("""
				{"messaging_product":"whatsapp","recipient_type":"individual","to":"6281234567890","type":"template",
				 "template":{"name":"drivethru_pesan","language":{"code":"id"},"components":[{"type":"body",
				 "parameters":[{"type":"text","text":"Booking \\"ABCD-2345\\": Senin & Selasa · Bawa KTP"}]}]}}""")));
	}

	@Test
	void whatsAppsRefusalOfTheNumberIsPermanentAndQuotesNoPersonalData() {
		PROVIDER.stubFor(post("/v23.0/1055/messages").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"Recipient 6281234567890 not on WhatsApp\",\"code\":131026}}")));

		assertThatExceptionOfType(MessageDeliveryException.class).isThrownBy(() -> whatsapp(settings()).send(MESSAGE))
			.satisfies(ex -> assertThat(ex.isPermanent()).isTrue())
			.satisfies(ex -> assertThat(ex.getMessage()).isEqualTo("WhatsApp answered 400 (error 131026)"));
	}

	@Test
	void whatsAppsServerErrorAndRateLimitAreWorthRetrying() {
		PROVIDER.stubFor(post("/v23.0/1055/messages").willReturn(aResponse().withStatus(503)));
		assertThatExceptionOfType(MessageDeliveryException.class).isThrownBy(() -> whatsapp(settings()).send(MESSAGE))
			.satisfies(ex -> assertThat(ex.isPermanent()).isFalse())
			.withMessage("WhatsApp answered 503");

		PROVIDER.stubFor(post("/v23.0/1055/messages").willReturn(aResponse().withStatus(429)));
		assertThatExceptionOfType(MessageDeliveryException.class).isThrownBy(() -> whatsapp(settings()).send(MESSAGE))
			.satisfies(ex -> assertThat(ex.isPermanent()).isFalse());
	}

	@Test
	void aWhatsAppThatNeverAnswersIsGivenUpOnAfterTheReadTimeout() {
		PROVIDER.stubFor(post("/v23.0/1055/messages").willReturn(aResponse().withStatus(200).withFixedDelay(10_000)));

		// Without a read timeout the call would wait the full 10 s; the bound only catches that, it measures nothing.
		assertTimeoutPreemptively(Duration.ofSeconds(8),
				() -> assertThatExceptionOfType(MessageDeliveryException.class)
					.isThrownBy(() -> whatsapp(settings()).send(MESSAGE))
					.satisfies(ex -> assertThat(ex.isPermanent()).isFalse())
					.withMessageStartingWith("WhatsApp unreachable"));
	}

	@Test
	void anSmsGatewayGetsItsConfiguredBodyWithEscapedValuesAndItsKey() {
		PROVIDER.stubFor(post("/sms").willReturn(aResponse().withStatus(202)));

		sms(settings("sms.body-template", "{\"msisdn\":\"{to}\",\"e164\":\"{to_e164}\",\"message\":\"{text}\"}"))
			.send(MESSAGE);

		PROVIDER.verify(1, postRequestedFor(urlEqualTo("/sms")).withHeader("X-Api-Key", equalTo("sms-key"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"msisdn":"6281234567890","e164":"+6281234567890",
					 "message":"Booking \\"ABCD-2345\\": Senin & Selasa\\nBawa KTP"}""")));
	}

	@Test
	void aFormEncodedSmsGatewayGetsUrlEncodedValues() {
		PROVIDER.stubFor(post("/sms").willReturn(aResponse().withStatus(200)));

		sms(settings("sms.content-type", "application/x-www-form-urlencoded", "sms.body-template",
				"to={to}&msg={text}&from=IMIGRASI")).send(MESSAGE);

		PROVIDER.verify(postRequestedFor(urlEqualTo("/sms")).withRequestBody(equalTo(
				"to=6281234567890&msg=Booking+%22ABCD-2345%22%3A+Senin+%26+Selasa%0ABawa+KTP&from=IMIGRASI")));
	}

	@Test
	void anSmsGatewaysAnswersAreReadLikeWhatsApps() {
		PROVIDER.stubFor(post("/sms").willReturn(aResponse().withStatus(401)));
		assertThatExceptionOfType(MessageDeliveryException.class).isThrownBy(() -> sms(settings()).send(MESSAGE))
			.satisfies(ex -> assertThat(ex.isPermanent()).isTrue())
			.withMessage("SMS gateway answered 401");

		PROVIDER.stubFor(post("/sms").willReturn(aResponse().withStatus(500)));
		assertThatExceptionOfType(MessageDeliveryException.class).isThrownBy(() -> sms(settings()).send(MESSAGE))
			.satisfies(ex -> assertThat(ex.isPermanent()).isFalse());

		PROVIDER.stubFor(post("/sms").willReturn(aResponse().withStatus(200).withFixedDelay(10_000)));
		assertTimeoutPreemptively(Duration.ofSeconds(8),
				() -> assertThatExceptionOfType(MessageDeliveryException.class)
					.isThrownBy(() -> sms(settings()).send(MESSAGE))
					.satisfies(ex -> assertThat(ex.isPermanent()).isFalse()));
	}

	@Test
	void aGatewayThatIsNotThereIsWorthRetrying() {
		var gone = settings("sms.url", "http://127.0.0.1:1/sms");
		assertThatExceptionOfType(MessageDeliveryException.class).isThrownBy(() -> sms(gone).send(MESSAGE))
			.satisfies(ex -> assertThat(ex.isPermanent()).isFalse())
			.withMessageStartingWith("SMS gateway unreachable");
	}

	@Test
	void withoutAnyProviderTheLogCarriesEverythingAndWithOneOnlyItsChannel() {
		var logOnly = new RoutingMessageSender(null, null, false);
		assertThat(logOnly.carries(Channel.PHONE)).isTrue();
		assertThat(logOnly.carries(Channel.EMAIL)).isTrue();
		assertThat(logOnly.logOnly()).isTrue();

		var phoneOnly = new RoutingMessageSender(whatsapp(settings()), null, false);
		assertThat(phoneOnly.carries(Channel.PHONE)).isTrue();
		assertThat(phoneOnly.carries(Channel.EMAIL)).isFalse();
		assertThat(phoneOnly.logOnly()).isFalse();
		assertThatExceptionOfType(MessageDeliveryException.class)
			.isThrownBy(() -> phoneOnly.send(new OutgoingMessage(Channel.EMAIL, "a@example.id", "s", "t")))
			.satisfies(ex -> assertThat(ex.isPermanent()).isTrue());
	}

	@Test
	void aMissingCredentialStopsTheAppAtStartNotAtTheFirstMessage() {
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> whatsapp(settings("whatsapp.access-token", "")));
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> new SmsGatewayMessageSender(HttpProviders.client(settings()),
					new MessagesSettings.Sms(null, "Authorization", null, "{text}", "text/plain")));
		assertThat(URI.create(PROVIDER.baseUrl())).isNotNull();
	}

}
