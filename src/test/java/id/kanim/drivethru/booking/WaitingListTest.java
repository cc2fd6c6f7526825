package id.kanim.drivethru.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.planning.QuotaPlanning;
import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestOffices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The waiting list against the real database: who may join, who gets a freed place, and only once. */
@IntegrationTest
class WaitingListTest extends AppTestBase {

	@Autowired
	WaitingList waitingList;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	QuotaPlanning planning;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@Test
	void theFirstPersonWaitingGetsACancelledPlaceWithTheirOwnCode() {
		var office = TestOffices.create(jdbc, 1, 5);
		var date = TestOffices.tomorrow(clock);
		var number = TestOffices.applicationNumber();
		var code = book(office, number, date);
		var first = waitingList.join(office, request(TestOffices.applicationNumber(), date));
		var second = waitingList.join(office, request(TestOffices.applicationNumber(), date));
		assertThat(first.position()).isEqualTo(1);
		assertThat(second.position()).isEqualTo(2);

		assertThat(api.cancel(code, number).status()).isEqualTo(204);

		var promoted = api.get("/api/v1/bookings/" + first.code().value() + "?applicationNumber="
				+ first.applicationNumber());
		assertThat(promoted.status()).isEqualTo(200);
		assertThat(promoted.json().path("status").asString()).isEqualTo("BOOKED");
		assertThat(promoted.json().path("slotStart").asString()).isEqualTo("10:00");
		assertThat(waitingList.byCode(first.code()).orElseThrow().status()).isEqualTo("PROMOTED");
		assertThat(waitingList.byCode(second.code()).orElseThrow().position()).isEqualTo(1);
		assertThat(Races.counterMismatches(jdbc, office)).isEmpty();
	}

	@Test
	void onlyAFullDayCanBeWaitedForAndOnlyWithoutABooking() {
		var office = TestOffices.create(jdbc, 1, 5);
		var date = TestOffices.tomorrow(clock);
		var number = TestOffices.applicationNumber();

		assertThatThrownBy(() -> waitingList.join(office, request(TestOffices.applicationNumber(), date)))
			.isInstanceOfSatisfying(WaitingList.RefusedException.class,
					ex -> assertThat(ex.getRefusal()).isEqualTo(WaitingList.Refusal.DAY_HAS_ROOM));
		book(office, number, date);
		assertThatThrownBy(() -> waitingList.join(office, request(number, date)))
			.isInstanceOfSatisfying(WaitingList.RefusedException.class,
					ex -> assertThat(ex.getRefusal()).isEqualTo(WaitingList.Refusal.HAS_BOOKING));
		var waiting = TestOffices.applicationNumber();
		waitingList.join(office, request(waiting, date));
		assertThatThrownBy(() -> waitingList.join(office, request(waiting, date)))
			.isInstanceOfSatisfying(WaitingList.RefusedException.class,
					ex -> assertThat(ex.getRefusal()).isEqualTo(WaitingList.Refusal.ALREADY_WAITING));
	}

	@Test
	void leavingTheListMeansNotBeingPromoted() {
		var office = TestOffices.create(jdbc, 1, 5);
		var date = TestOffices.tomorrow(clock);
		var number = TestOffices.applicationNumber();
		var code = book(office, number, date);
		var leaver = waitingList.join(office, request(TestOffices.applicationNumber(), date));
		var stayer = waitingList.join(office, request(TestOffices.applicationNumber(), date));

		assertThat(waitingList.leave(leaver.code())).isTrue();
		api.cancel(code, number);

		assertThat(waitingList.byCode(leaver.code()).orElseThrow().status()).isEqualTo("LEFT");
		assertThat(waitingList.byCode(stayer.code()).orElseThrow().status()).isEqualTo("PROMOTED");
	}

	@Test
	void someoneWaitingWhoBookedAnotherDayIsPassedOver() {
		var office = TestOffices.create(jdbc, 1, 5);
		var date = TestOffices.tomorrow(clock);
		var number = TestOffices.applicationNumber();
		var code = book(office, number, date);
		var booksElsewhere = TestOffices.applicationNumber();
		var skipped = waitingList.join(office, request(booksElsewhere, date));
		var next = waitingList.join(office, request(TestOffices.applicationNumber(), date));
		book(office, booksElsewhere, date.plusDays(1));

		api.cancel(code, number);

		assertThat(waitingList.byCode(skipped.code()).orElseThrow().status()).isEqualTo("SKIPPED");
		assertThat(waitingList.byCode(next.code()).orElseThrow().status()).isEqualTo("PROMOTED");
		assertThat(Races.counterMismatches(jdbc, office)).isEmpty();
	}

	@Test
	void aRaisedQuotaPromotesAsManyAsItAdds() {
		var office = TestOffices.create(jdbc, 2, 5);
		var date = TestOffices.tomorrow(clock);
		book(office, TestOffices.applicationNumber(), date);
		book(office, TestOffices.applicationNumber(), date);
		var waiting = new ArrayList<WaitingList.Entry>();
		for (int i = 0; i < 4; i++) {
			waiting.add(waitingList.join(office, request(TestOffices.applicationNumber(), date)));
		}
		var officeId = jdbc.sql("select id from office where code = :code").param("code", office).query(Long.class)
			.single();

		int promoted = new TransactionTemplate(transactions).execute(status -> {
			jdbc.sql("update service_day set quota = quota + 3 where office_id = :office and service_date = :date")
				.param("office", officeId)
				.param("date", date)
				.update();
			return waitingList.promote(officeId, date);
		});

		assertThat(promoted).isEqualTo(3);
		assertThat(waiting.stream().map(e -> waitingList.byCode(e.code()).orElseThrow().status()))
			.containsExactly("PROMOTED", "PROMOTED", "PROMOTED", "WAITING");
		assertThat(Races.activeBookings(jdbc, office)).isEqualTo(5);
		assertThat(Races.counterMismatches(jdbc, office)).isEmpty();
	}

	@Test
	void aSupervisorRaisingTheQuotaHandsTheNewPlacesToThoseWaiting() {
		var office = TestOffices.create(jdbc, 1, 5);
		var date = TestOffices.tomorrow(clock);
		book(office, TestOffices.applicationNumber(), date);
		var first = waitingList.join(office, request(TestOffices.applicationNumber(), date));
		var second = waitingList.join(office, request(TestOffices.applicationNumber(), date));

		planning.setQuota(office, date, date, 2, "supervisor");

		assertThat(waitingList.byCode(first.code()).orElseThrow().status()).isEqualTo("PROMOTED");
		assertThat(waitingList.byCode(second.code()).orElseThrow().position()).isEqualTo(1);
		assertThat(Races.activeBookings(jdbc, office)).isEqualTo(2);
		assertThat(Races.counterMismatches(jdbc, office)).isEmpty();
	}

	@RepeatedTest(3)
	void theWaitingListPromotesExactlyOnePersonPerFreedPlaceUnderConcurrency() {
		var office = TestOffices.create(jdbc, 6, 100);
		var date = TestOffices.tomorrow(clock);
		var holders = new ArrayList<String[]>();
		for (int i = 0; i < 6; i++) {
			var number = TestOffices.applicationNumber();
			holders.add(new String[] { book(office, number, date), number });
		}
		var waiting = new ArrayList<WaitingList.Entry>();
		for (int i = 0; i < 10; i++) {
			waiting.add(waitingList.join(office, request(TestOffices.applicationNumber(), date)));
		}

		// Four holders cancel (each twice) while fifteen newcomers try to book the same day.
		var responses = Races.race(23, i -> i < 8 ? api.cancel(holders.get(i % 4)[0], holders.get(i % 4)[1])
				: api.book(office, Api.booking(TestOffices.applicationNumber(), date, "11:00")));

		var outcomes = Races.outcomes(responses);
		assertThat(outcomes.get("204")).isEqualTo(4L);
		assertThat(outcomes.get("409 not-cancellable")).isEqualTo(4L);
		assertThat(outcomes.get("409 quota-full")).isEqualTo(15L);
		List<String> statuses = waiting.stream().map(e -> waitingList.byCode(e.code()).orElseThrow().status()).toList();
		assertThat(statuses).containsExactly("PROMOTED", "PROMOTED", "PROMOTED", "PROMOTED", "WAITING", "WAITING",
				"WAITING", "WAITING", "WAITING", "WAITING");
		assertThat(Races.activeBookings(jdbc, office)).isEqualTo(6);
		assertThat(Races.counterMismatches(jdbc, office)).isEmpty();
	}

	private String book(String office, String number, LocalDate date) {
		var response = api.book(office, Api.booking(number, date, "09:00"));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().path("code").asString();
	}

	private static NewBooking request(String number, LocalDate date) {
		return new NewBooking(number, "Rina Wati", "+6281234567890", null, VehicleType.CAR, "BH 1 A", date,
				LocalTime.of(10, 0));
	}

}
