package id.kanim.drivethru.notification;

import ch.qos.logback.classic.spi.ILoggingEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import id.kanim.drivethru.messaging.OutboxWorker;
import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.CapturedLog;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.TestOffices;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without any provider (as in this test context) messages to applicants go to the log, phone and e-mail
 * alike, once the outbox delivers them.
 */
@IntegrationTest
class LoggedNotificationsTest extends AppTestBase {

	@Autowired
	OutboxWorker outbox;

	@RegisterExtension
	final CapturedLog logged = new CapturedLog("id.kanim.drivethru.messaging.LogMessageSender");

	@BeforeEach
	void deliverWhatEarlierTestsLeft() {
		outbox.deliverDue();
		logged.list.clear();
	}

	@Test
	void withoutSmtpTheConfirmationIsWrittenToTheLog() {
		var office = TestOffices.create(jdbc, 5, 5);
		var response = new Api(port).book(office, Api.booking(TestOffices.applicationNumber(),
				TestOffices.tomorrow(clock), "09:00"));
		var code = response.json().path("code").asString();
		assertThat(logged.list).as("nothing is sent before the outbox runs").isEmpty();

		outbox.deliverDue();

		assertThat(logged.list).map(ILoggingEvent::getFormattedMessage)
			.anySatisfy(line -> assertThat(line).contains("Booking drive-thru paspor " + code, "KTP asli pemohon"))
			.anySatisfy(line -> assertThat(line).startsWith("Message to PHONE +6281234567890").contains(code));
	}

	/** The phone text carries a link that opens the booking in any browser: no code or number to type. */
	@Test
	void theMessageLinkOpensTheBookingWithoutTypingAnything() {
		var office = TestOffices.create(jdbc, 5, 5);
		var code = new Api(port).book(office, Api.booking(TestOffices.applicationNumber(),
				TestOffices.tomorrow(clock), "09:00")).json().path("code").asString();

		outbox.deliverDue();

		var text = logged.list.stream().map(ILoggingEvent::getFormattedMessage)
			.filter(line -> line.startsWith("Message to PHONE") && line.contains(code))
			.findFirst().orElseThrow();
		var link = java.util.regex.Pattern.compile("http://localhost:8080(/booking/\\S+/kelola\\?t=\\S+)").matcher(text);
		assertThat(link.find()).as(text).isTrue();
		var page = new Api(port).get(link.group(1));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(code);
		var forged = new Api(port).get(link.group(1).replaceFirst("t=\\d+", "t=1"));
		assertThat(forged.body()).doesNotContain(code);
	}

}
