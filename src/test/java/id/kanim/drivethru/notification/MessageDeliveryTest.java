package id.kanim.drivethru.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import id.kanim.drivethru.messaging.OutboxWorker;
import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.Ports;
import id.kanim.drivethru.support.TestOffices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The app with real providers configured (WhatsApp on a WireMock server, SMTP on a GreenMail server that the
 * tests stop, hang and bring back): requests never wait for a provider, health stays UP whatever the mail
 * server does, messages arrive once the provider is back, and the log of a whole journey holds none of the
 * applicant's data. The time bounds below only catch a request that waits for a provider (which would take
 * the provider's full timeout, or forever); they measure nothing.
 */
@IntegrationTest
class MessageDeliveryTest extends AppTestBase {

	static final WireMockServer WHATSAPP = new WireMockServer(options().dynamicPort());

	// The mail server is stopped and started again on this port: see Ports.
	static final int SMTP_PORT = Ports.reusable();

	static GreenMail smtp;

	static {
		WHATSAPP.start();
	}

	@DynamicPropertySource
	static void providers(DynamicPropertyRegistry registry) {
		registry.add("drivethru.messages.phone", () -> "WHATSAPP");
		registry.add("drivethru.messages.whatsapp.api-url", () -> WHATSAPP.baseUrl() + "/v23.0");
		registry.add("drivethru.messages.whatsapp.phone-number-id", () -> "1055");
		registry.add("drivethru.messages.whatsapp.access-token", () -> "test-token");
		registry.add("drivethru.messages.connect-timeout", () -> "1s");
		registry.add("drivethru.messages.read-timeout", () -> "1s");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@AfterAll
	static void stopServers() {
		WHATSAPP.stop();
		stopSmtp();
	}

	@Autowired
	OutboxWorker outbox;

	@Autowired
	Reminders reminders;

	Api api;

	@BeforeEach
	void setUp() throws Exception {
		api = new Api(port);
		WHATSAPP.resetAll();
		WHATSAPP.stubFor(post("/v23.0/1055/messages").willReturn(aResponse().withStatus(200)));
		startSmtp();
		outbox.deliverDue(); // what earlier tests left
		smtp.purgeEmailFromAllMailboxes();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void whileTheMailServerIsDownBookingsAnswerAtOnceHealthStaysUpAndTheMailFollowsWhenItIsBack() throws Exception {
		stopSmtp();
		var office = TestOffices.create(jdbc, 5, 5);
		var number = TestOffices.applicationNumber();
		var body = Api.booking(number, TestOffices.tomorrow(clock), "09:00");
		body.put("email", "down@example.id");

		var booked = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> api.book(office, body));
		assertThat(booked.status()).isEqualTo(201);
		assertHealthUp();

		outbox.deliverDue();
		assertThat(status("down@example.id")).isEqualTo("PENDING");
		assertThat(lastError("down@example.id")).startsWith("SMTP failed");

		startSmtp();
		clock.advance(Duration.ofMinutes(1)); // past the first retry delay
		outbox.deliverDue();

		assertThat(status("down@example.id")).isEqualTo("SENT");
		assertThat(mailsTo("down@example.id")).singleElement()
			.satisfies(m -> assertThat(GreenMailUtil.getBody(m)).contains(booked.json().path("code").asString()));
	}

	@Test
	void whileTheMailServerHangsBookingsAnswerAtOnceHealthStaysUpAndTheMailFollowsWhenItAnswers() throws Exception {
		stopSmtp();
		try (var hung = new HungServer(SMTP_PORT)) {
			var office = TestOffices.create(jdbc, 5, 5);
			var body = Api.booking(TestOffices.applicationNumber(), TestOffices.tomorrow(clock), "09:00");
			body.put("email", "hung@example.id");

			var booked = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> api.book(office, body));
			assertThat(booked.status()).isEqualTo(201);
			assertHealthUp();

			// The worker gives up on the silent server after its read timeout instead of waiting forever.
			assertTimeoutPreemptively(Duration.ofSeconds(30), () -> outbox.deliverDue());
			assertThat(hung.accepted()).isPositive();
			assertThat(status("hung@example.id")).isEqualTo("PENDING");
			assertHealthUp();
		}
		startSmtp();
		clock.advance(Duration.ofMinutes(1));
		outbox.deliverDue();

		assertThat(status("hung@example.id")).isEqualTo("SENT");
		assertThat(mailsTo("hung@example.id")).hasSize(1);
	}

	@Test
	void aWhatsAppThatTimesOutNeverDelaysARequestAndIsTriedAgain() {
		WHATSAPP.stubFor(post("/v23.0/1055/messages").willReturn(aResponse().withStatus(200).withFixedDelay(5_000)));
		var office = TestOffices.create(jdbc, 5, 5);
		var number = TestOffices.applicationNumber();
		var body = Api.booking(number, TestOffices.tomorrow(clock), "09:00");
		body.remove("email");
		body.put("phone", "081311112222");

		var booked = assertTimeoutPreemptively(Duration.ofSeconds(4), () -> api.book(office, body));
		assertThat(booked.status()).isEqualTo(201);
		var code = booked.json().path("code").asString();
		var moved = assertTimeoutPreemptively(Duration.ofSeconds(4),
				() -> api.reschedule(code, number, TestOffices.tomorrow(clock), "10:00"));
		assertThat(moved.status()).isEqualTo(200);

		outbox.deliverDue();
		assertThat(status("+6281311112222")).isEqualTo("PENDING");
		assertThat(lastError("+6281311112222")).isEqualTo("WhatsApp unreachable: HttpTimeoutException");

		WHATSAPP.resetAll();
		WHATSAPP.stubFor(post("/v23.0/1055/messages").willReturn(aResponse().withStatus(200)));
		clock.advance(Duration.ofMinutes(1));
		outbox.deliverDue();

		assertThat(status("+6281311112222")).isEqualTo("SENT");
		WHATSAPP.verify(1, postRequestedFor(urlEqualTo("/v23.0/1055/messages"))
			.withRequestBody(containing("6281311112222")).withRequestBody(containing(code + ":")));
		WHATSAPP.verify(1, postRequestedFor(urlEqualTo("/v23.0/1055/messages"))
			.withRequestBody(containing("6281311112222")).withRequestBody(containing("Booking " + code + " dipindahkan")));
	}

	@Test
	void theLogOfAWholeJourneyHoldsNoneOfTheApplicantsData() throws Exception {
		var root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		var logged = new ListAppender<ILoggingEvent>();
		logged.start();
		root.addAppender(logged);
		// Tests log warnings only (logback-test.xml); production logs INFO, so this journey does too.
		var level = root.getLevel();
		root.setLevel(Level.INFO);
		var office = TestOffices.create(jdbc, 5, 5);
		var number = TestOffices.applicationNumber();
		var tomorrow = TestOffices.tomorrow(clock);
		var body = Api.booking(number, tomorrow.plusDays(1), "09:00");
		body.put("fullName", "Wulandari Kusumawati");
		body.put("phone", "081398765432");
		body.put("email", "wulan.kusuma@example.id");
		body.put("plateNumber", "BH 4821 QZ");
		body.put("collectorType", "FAMILY");
		body.put("collectorName", "Bambang Hartono");
		String code;
		int mails;
		try {
			code = api.book(office, body).json().path("code").asString();
			outbox.deliverDue();
			// Refused requests carry the same data: their errors must not reach the log either.
			assertThat(api.book(office, body).status()).isEqualTo(409);
			var broken = new java.util.LinkedHashMap<>(body);
			broken.put("date", "besok " + number);
			assertThat(api.book(office, broken).status()).isEqualTo(400);
			assertThat(api.post("/api/v1/offices/" + office + "/bookings", "{\"fullName\": \"Wulandari Kusumawati\", "
					+ "\"plateNumber\": [\"BH 4821 QZ\"").status()).isEqualTo(400);
			assertThat(api.reschedule(code, number, tomorrow, "11:00").status()).isEqualTo(200);
			outbox.deliverDue();
			// A reminder, and one message the provider refuses for good (it is given up and logged as such).
			WHATSAPP.stubFor(post("/v23.0/1055/messages").withRequestBody(containing("Pengingat"))
				.willReturn(aResponse().withStatus(400).withBody("{\"error\":{\"message\":\"(#131026) 6281398765432 "
						+ "Wulandari\",\"code\":131026}}")));
			clock.set(tomorrow.minusDays(1).atTime(9, 0).atZone(TestOffices.JAKARTA).toInstant());
			reminders.sendDue();
			outbox.deliverDue();
			clock.reset();
			assertThat(api.get("/api/v1/bookings/" + code + "?applicationNumber=" + number).status()).isEqualTo(200);
			assertThat(api.cancel(code, number).status()).isEqualTo(204);
			outbox.deliverDue();
			mails = mailsTo("wulan.kusuma@example.id").size();
			stopSmtp(); // a failing mail server's errors must not quote the address either
			api.book(office, Api.booking(TestOffices.applicationNumber(), tomorrow, "12:00"));
			var again = new java.util.LinkedHashMap<>(body);
			again.put("date", tomorrow.toString());
			again.put("slotStart", "13:00");
			assertThat(api.book(office, again).status()).isEqualTo(201);
			outbox.deliverDue();
		}
		finally {
			root.setLevel(level);
			root.detachAppender(logged);
		}

		// The journey did run through the providers: confirmation, change and cancellation by WhatsApp and
		// e-mail, the reminder refused by WhatsApp.
		assertThat(WHATSAPP.findAll(postRequestedFor(urlEqualTo("/v23.0/1055/messages"))
			.withRequestBody(containing("6281398765432")))).hasSizeGreaterThanOrEqualTo(4);
		assertThat(mails).isGreaterThanOrEqualTo(3);
		assertThat(logged.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("given up"));

		var personal = List.of(number, code, code.replace("-", ""), "Wulandari", "Kusumawati", "Bambang", "Hartono",
				"81398765432", "0813 9876 5432", "BH 4821 QZ", "BH4821QZ", "4821", "wulan.kusuma", "example.id");
		var lines = new ArrayList<String>();
		for (var event : logged.list) {
			if (event.getLevel().isGreaterOrEqual(Level.INFO) && !event.getLoggerName().startsWith("com.icegreen")) {
				lines.add(event.getLoggerName() + " " + event.getFormattedMessage()
						+ (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy())));
			}
		}
		// Not empty: the worker's lines about failed tries are there (checked with log-content=true, this fails).
		assertThat(lines).isNotEmpty()
			.allSatisfy(line -> personal.forEach(data -> assertThat(line).as(line).doesNotContainIgnoringCase(data)));
	}

	private void assertHealthUp() {
		for (var path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
			var health = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> api.get(path), path);
			assertThat(health.status()).as(path).isEqualTo(200);
			assertThat(health.json().path("status").asString()).as(path).isEqualTo("UP");
		}
	}

	private String status(String recipient) {
		return jdbc.sql("select status from outbox_message where recipient = :to order by id desc limit 1")
			.param("to", recipient)
			.query(String.class)
			.single();
	}

	private String lastError(String recipient) {
		return jdbc.sql("select last_error from outbox_message where recipient = :to order by id desc limit 1")
			.param("to", recipient)
			.query(String.class)
			.single();
	}

	private static List<jakarta.mail.internet.MimeMessage> mailsTo(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().equals(address);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static synchronized void startSmtp() {
		if (smtp == null) {
			// A port just given up by the hung server can take GreenMail a few seconds to get back.
			var setup = new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
			setup.setServerStartupTimeout(15_000);
			var server = new GreenMail(setup);
			server.start();
			// Kept only once it runs: a server that failed to start would fail every later test for nothing.
			smtp = server;
		}
	}

	private static synchronized void stopSmtp() {
		if (smtp != null) {
			smtp.stop();
			smtp = null;
		}
	}


	/** A mail server that takes connections and never says a word, as a hung one does. */
	static final class HungServer implements AutoCloseable {

		private final ServerSocket server;

		private final List<Socket> clients = new CopyOnWriteArrayList<>();

		private final Thread acceptor;

		HungServer(int port) throws IOException {
			server = new ServerSocket();
			server.setReuseAddress(true);
			server.bind(new java.net.InetSocketAddress("127.0.0.1", port));
			acceptor = new Thread(() -> {
				while (!server.isClosed()) {
					try {
						clients.add(server.accept());
					}
					catch (IOException ex) {
						return;
					}
				}
			}, "hung-smtp");
			acceptor.setDaemon(true);
			acceptor.start();
		}

		int accepted() {
			return clients.size();
		}

		@Override
		public void close() throws IOException {
			server.close();
			for (var client : clients) {
				client.close();
			}
		}

	}

}
