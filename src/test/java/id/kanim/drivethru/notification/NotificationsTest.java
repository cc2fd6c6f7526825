package id.kanim.drivethru.notification;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.messaging.OutboxWorker;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestOffices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mails through a real SMTP conversation with an in-process server (GreenMail), in the applicant's
 * language; reminders sent once however often and however concurrently the job runs. The outbox delivers
 * them when the test runs its worker.
 */
@IntegrationTest
class NotificationsTest extends AppTestBase {

	static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		SMTP.start();
	}

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
	}

	@AfterAll
	static void stop() {
		SMTP.stop();
	}

	@Autowired
	Reminders reminders;

	@Autowired
	Offices offices;

	@Autowired
	OutboxWorker outbox;

	Api api;

	@BeforeEach
	void setUp() throws Exception {
		api = new Api(port);
		outbox.deliverDue(); // what earlier tests left
		SMTP.purgeEmailFromAllMailboxes();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aBookingIsConfirmedAndItsCancellationToldInIndonesian() throws Exception {
		var office = TestOffices.create(jdbc, 5, 5);
		var number = TestOffices.applicationNumber();
		var body = Api.booking(number, TestOffices.tomorrow(clock), "09:00");
		body.put("email", "rina@example.id");
		var code = api.book(office, body).json().path("code").asString();

		var confirmation = mailsTo("rina@example.id", 1).get(0);
		assertThat(confirmation.getSubject()).isEqualTo("Booking drive-thru paspor " + code);
		assertThat(GreenMailUtil.getBody(confirmation)).contains("Yth. Siti Nurhaliza", "KTP asli pemohon", code);

		api.cancel(code, number);

		var cancellation = mailsTo("rina@example.id", 2).get(1);
		assertThat(cancellation.getSubject()).isEqualTo("Booking " + code + " sudah dibatalkan");
	}

	@Test
	void anEnglishBookingGetsEnglishMailsWithTheCollectorsDocuments() throws Exception {
		var office = TestOffices.create(jdbc, 5, 5);
		var body = Api.booking(TestOffices.applicationNumber(), TestOffices.tomorrow(clock), "09:00");
		body.put("email", "john@example.id");
		body.put("collectorType", "PROXY");
		body.put("collectorName", "Budi Santoso");
		var code = api.post("/api/v1/offices/" + office + "/bookings?lang=en", body).json().path("code").asString();

		var mail = mailsTo("john@example.id", 1).get(0);
		assertThat(mail.getSubject()).isEqualTo("Drive-thru passport booking " + code);
		assertThat(GreenMailUtil.getBody(mail)).contains("Dear Siti Nurhaliza",
				"Power of attorney (surat kuasa) from the applicant", "Budi Santoso");
	}

	@Test
	void eachReminderIsSentOnceEvenWhenTheJobRunsTwiceAtOnceAndAgain() throws Exception {
		var office = TestOffices.create(jdbc, 20, 20);
		offices.evict(office); // the job's list of offices is cached for a few seconds; this one was just added
		var today = LocalDate.now(clock.withZone(TestOffices.JAKARTA));
		var dayAfter = today.plusDays(2);
		for (int i = 0; i < 5; i++) {
			var body = Api.booking(TestOffices.applicationNumber(), dayAfter, "09:00");
			body.put("email", "remind" + i + "@example.id");
			assertThat(api.book(office, body).status()).isEqualTo(201);
		}
		var notYet = Api.booking(TestOffices.applicationNumber(), dayAfter.plusDays(1), "09:00");
		notYet.put("email", "later@example.id");
		api.book(office, notYet);
		mailsTo(null, 6);
		SMTP.purgeEmailFromAllMailboxes();
		// 09:00 in Jakarta on the day before: the office is open every day, so only the next day is due.
		clock.set(ZonedDateTime.of(dayAfter.minusDays(1), LocalTime.of(9, 0), TestOffices.JAKARTA).toInstant());

		var sent = Races.race(4, i -> new Api.Response(200, String.valueOf(reminders.sendDue()), "text/plain"));
		int again = reminders.sendDue();

		assertThat(sent.stream().mapToInt(r -> Integer.parseInt(r.body())).sum() + again).isEqualTo(5);
		var mails = mailsTo(null, 5);
		assertThat(mails).extracting(m -> m.getAllRecipients()[0].toString())
			.containsExactlyInAnyOrder("remind0@example.id", "remind1@example.id", "remind2@example.id",
					"remind3@example.id", "remind4@example.id");
		assertThat(mails.get(0).getSubject()).startsWith("Pengingat");
		TimeUnit.MILLISECONDS.sleep(300);
		assertThat(SMTP.getReceivedMessages()).hasSize(5);
	}

	@Test
	void aBookingTheJobCannotReadDoesNotStopTheOtherReminders() throws Exception {
		var office = TestOffices.create(jdbc, 20, 20);
		offices.evict(office);
		var dayAfter = LocalDate.now(clock.withZone(TestOffices.JAKARTA)).plusDays(2);
		var codes = new ArrayList<String>();
		var unreadableNumber = TestOffices.applicationNumber();
		for (var email : List.of("unreadable@example.id", "readable@example.id")) {
			var body = Api.booking(codes.isEmpty() ? unreadableNumber : TestOffices.applicationNumber(), dayAfter, "09:00");
			body.put("email", email);
			codes.add(api.book(office, body).json().path("code").asString());
		}
		mailsTo(null, 2);
		SMTP.purgeEmailFromAllMailboxes();
		long unreadableId = bookingId(codes.get(0));
		long readableId = bookingId(codes.get(1));
		// A row the app did not write: its code is not a booking code, so loading the booking fails.
		jdbc.sql("update booking set code = '-5000031' where id = ?").param(unreadableId).update();
		clock.set(ZonedDateTime.of(dayAfter.minusDays(1), LocalTime.of(9, 0), TestOffices.JAKARTA).toInstant());
		try {
			reminders.sendDue();

			assertThat(mailsTo("readable@example.id", 1).get(0).getSubject()).startsWith("Pengingat");
			assertThat(jdbc.sql("select booking_id from booking_reminder where booking_id in (?, ?)")
				.params(unreadableId, readableId).query(Long.class).list()).containsExactly(readableId);
		}
		finally {
			// readable again, and cancelled, so that no other test's reminder run finds it due
			jdbc.sql("update booking set code = ? where id = ?").params(codes.get(0).replace("-", ""), unreadableId).update();
			clock.reset();
			api.cancel(codes.get(0), unreadableNumber);
		}
	}

	/** The row id of a booking, by the code the API answered with (stored without its hyphen). */
	private long bookingId(String code) {
		return jdbc.sql("select id from booking where code = ?").param(code.replace("-", "")).query(Long.class).single();
	}

	/** Waits for the given number of mails (to one address, or to anyone) and returns them in order. */
	private List<MimeMessage> mailsTo(String address, int count) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 10_000;
		while (true) {
			outbox.deliverDue();
			var mails = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> address == null || recipient(m).equals(address))
				.toList();
			if (mails.size() >= count || System.currentTimeMillis() > deadline) {
				assertThat(mails).hasSize(count);
				return mails;
			}
			TimeUnit.MILLISECONDS.sleep(50);
		}
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
