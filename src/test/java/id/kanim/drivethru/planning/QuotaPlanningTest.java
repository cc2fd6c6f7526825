package id.kanim.drivethru.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.booking.DayCancellations.BookingCancelledByOffice;
import id.kanim.drivethru.capacity.PlacesFreed;
import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.OfficeTestBase;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestOffices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Quota, capacity and closure changes: refused when they would break a booking, safe against races. */
@IntegrationTest
@RecordApplicationEvents
class QuotaPlanningTest extends OfficeTestBase {

	QuotaPlanningTest() {
		super(20, 10);
	}

	@Autowired
	QuotaPlanning planning;

	@Autowired
	ApplicationEvents events;

	@Autowired
	id.kanim.drivethru.office.Offices offices;

	void book(int count, LocalDate date) {
		for (int i = 0; i < count; i++) {
			assertThat(api.book(office, Api.booking(TestOffices.applicationNumber(), date, "09:00")).status())
				.isEqualTo(201);
		}
	}

	int quota(LocalDate date) {
		return jdbc.sql("""
				select quota from service_day where service_date = :date
				and office_id = (select id from office where code = :office)""")
			.param("date", date)
			.param("office", office)
			.query(Integer.class)
			.single();
	}

	@Test
	void refusesToLowerAQuotaBelowWhatIsBookedAndSaysHowMany() {
		book(3, tomorrow);

		assertThatThrownBy(() -> planning.setQuota(office, tomorrow, tomorrow, 2, "kasi"))
			.isInstanceOfSatisfying(PlanningRefusedException.class, ex -> {
				assertThat(ex.getKind()).isEqualTo(PlanningRefusedException.Kind.QUOTA_BELOW_BOOKED);
				assertThat(ex.getRefusals()).containsExactly(new QuotaPlanning.Refusal(tomorrow, 3));
			});
		assertThat(quota(tomorrow)).isEqualTo(20);
		assertThat(planning.recentChanges(office, 10)).isEmpty();
	}

	@Test
	void lowersAQuotaToExactlyWhatIsBookedAndThenRefusesTheNextBooking() {
		book(3, tomorrow);

		planning.setQuota(office, tomorrow, tomorrow, 3, "kasi");

		assertThat(quota(tomorrow)).isEqualTo(3);
		var next = api.book(office, Api.booking(TestOffices.applicationNumber(), tomorrow, "10:00"));
		assertThat(next.problemType()).isEqualTo("quota-full");
		var change = planning.recentChanges(office, 10).get(0);
		assertThat(change.change()).isEqualTo("QUOTA");
		assertThat(change.oldValue()).isEqualTo("20");
		assertThat(change.newValue()).isEqualTo("3");
		assertThat(change.changedBy()).isEqualTo("kasi");
	}

	@Test
	void changesARangeAllOrNothing() {
		book(5, tomorrow.plusDays(2));

		assertThatThrownBy(() -> planning.setQuota(office, tomorrow, tomorrow.plusDays(3), 4, "kasi"))
			.isInstanceOf(PlanningRefusedException.class);
		assertThat(quota(tomorrow.plusDays(2))).isEqualTo(20);

		planning.setQuota(office, tomorrow, tomorrow.plusDays(3), 60, "kasi");
		assertThat(api.get("/api/v1/offices/" + office + "/availability?from=" + tomorrow + "&to=" + tomorrow.plusDays(3))
			.json()
			.findValues("quota")).allMatch(q -> q.asInt() == 60);
		assertThat(events.stream(PlacesFreed.class)).hasSize(4);
	}

	@RepeatedTest(5)
	void aQuotaLoweredWhileBookingsRaceInNeverOverbooks() {
		var outcome = new AtomicReference<String>();
		var responses = Races.race(41, i -> {
			if (i == 40) {
				try {
					planning.setQuota(office, tomorrow, tomorrow, 10, "kasi");
					outcome.set("lowered");
				}
				catch (PlanningRefusedException ex) {
					outcome.set("refused");
				}
				return new Api.Response(0, "", "");
			}
			return api.book(office, Api.booking(TestOffices.applicationNumber(), tomorrow, i % 2 == 0 ? "09:00" : "09:30"));
		});

		var bookings = Races.activeBookings(jdbc, office);
		var finalQuota = quota(tomorrow);
		assertThat(bookings).isLessThanOrEqualTo(finalQuota);
		assertThat(finalQuota).isEqualTo("lowered".equals(outcome.get()) ? 10 : 20);
		assertThat(responses.stream().filter(r -> r.status() >= 500)).isEmpty();
		assertThat(Races.counterMismatches(jdbc, office)).isEmpty();
	}

	@Test
	void refusesToCloseADayWithBookingsUnlessTheyAreCancelled() {
		book(2, tomorrow);

		assertThatThrownBy(() -> planning.close(office, tomorrow, tomorrow, "Pemadaman listrik", false, "kasi"))
			.isInstanceOfSatisfying(PlanningRefusedException.class,
					ex -> assertThat(ex.getRefusals()).containsExactly(new QuotaPlanning.Refusal(tomorrow, 2)));
		assertThat(Races.activeBookings(jdbc, office)).isEqualTo(2);

		int cancelled = planning.close(office, tomorrow, tomorrow, "Pemadaman listrik", true, "kasi");

		assertThat(cancelled).isEqualTo(2);
		assertThat(Races.activeBookings(jdbc, office)).isZero();
		assertThat(Races.counterMismatches(jdbc, office)).isEmpty();
		assertThat(events.stream(BookingCancelledByOffice.class)).hasSize(2)
			.allMatch(e -> e.reason().equals("Pemadaman listrik"));
		var day = api.get("/api/v1/offices/" + office + "/availability?from=" + tomorrow + "&to=" + tomorrow).json().get(0);
		assertThat(day.path("status").asString()).isEqualTo("CLOSED");
		assertThat(day.path("closedReason").asString()).isEqualTo("Pemadaman listrik");
		assertThat(planning.recentChanges(office, 10)).extracting(QuotaPlanning.CapacityChange::change)
			.containsExactly("CLOSE", "CANCEL_BOOKINGS");
	}

	@Test
	void refusesToLowerASlotBelowItsBookings() {
		book(3, tomorrow);

		assertThatThrownBy(() -> planning.setSlotCapacity(office, tomorrow, tomorrow, LocalTime.of(9, 0), 2, "kasi"))
			.isInstanceOf(PlanningRefusedException.class);
		planning.setSlotCapacity(office, tomorrow, tomorrow, null, 3, "kasi");

		var slots = api.get("/api/v1/offices/" + office + "/availability?from=" + tomorrow + "&to=" + tomorrow).json()
			.get(0).path("slots");
		assertThat(slots.get(0).path("capacity").asInt()).isEqualTo(3);
		assertThat(slots.get(0).path("remaining").asInt()).isZero();
		assertThat(slots.get(1).path("capacity").asInt()).isEqualTo(3);
	}

	@Test
	void refusesChangesInThePastAndNonsenseRanges() {
		assertThatThrownBy(() -> planning.setQuota(office, tomorrow.minusDays(5), tomorrow, 5, "kasi"))
			.hasFieldOrPropertyWithValue("kind", PlanningRefusedException.Kind.DATE_IN_PAST);
		assertThatThrownBy(() -> planning.setQuota(office, tomorrow, tomorrow.minusDays(1), 5, "kasi"))
			.hasFieldOrPropertyWithValue("kind", PlanningRefusedException.Kind.INVALID_RANGE);
		assertThatThrownBy(() -> planning.setQuota(office, tomorrow, tomorrow.plusYears(2), 5, "kasi"))
			.hasFieldOrPropertyWithValue("kind", PlanningRefusedException.Kind.RANGE_TOO_LONG);
	}

	@Test
	void nationalHolidaysAreClosedUntilTheOfficeReopensThem() {
		// Five days before Christmas 2026: Christmas Eve (cuti bersama) and Christmas Day are in the horizon.
		clock.set(Instant.parse("2026-12-20T03:00:00Z"));
		var christmas = LocalDate.of(2026, 12, 25);

		var days = api.get("/api/v1/offices/" + office + "/availability").json();
		var closed = List.of(days.findValues("date").stream().map(d -> d.asString()).toArray());
		assertThat(closed).contains("2026-12-24", "2026-12-25");
		var christmasDay = api.get("/api/v1/offices/" + office + "/availability?from=2026-12-25&to=2026-12-25").json().get(0);
		assertThat(christmasDay.path("status").asString()).isEqualTo("CLOSED");
		assertThat(christmasDay.path("closedReason").asString()).contains("Natal");
		assertThat(api.book(office, Api.booking(TestOffices.applicationNumber(), christmas, "09:00")).problemType())
			.isEqualTo("day-closed");

		planning.reopen(office, christmas, christmas, "kasi");

		assertThat(api.book(office, Api.booking(TestOffices.applicationNumber(), christmas, "09:00")).status())
			.isEqualTo(201);
		var english = api.get("/api/v1/offices/" + office + "/availability?from=2026-12-24&to=2026-12-24&lang=en").json().get(0);
		assertThat(english.path("closedReason").asString()).isEqualTo("Christmas collective leave");
	}

	@Test
	void newDefaultsApplyToFutureDaysStillOnTheOldDefault() {
		book(2, tomorrow);
		planning.setQuota(office, tomorrow.plusDays(1), tomorrow.plusDays(1), 7, "kasi");
		var before = offices.byCode(office);
		var defaults = new id.kanim.drivethru.office.OfficeDefaults(before.opensAt(), before.closesAt(),
				before.slotMinutes(), 30, before.defaultSlotCapacity(), before.openWeekdays(), 7, false, false, null);

		planning.changeDefaults(office, before.name(), "Jl. Baru No. 2", defaults, "kasi");

		assertThat(quota(tomorrow)).as("an existing day on the old default follows").isEqualTo(30);
		assertThat(quota(tomorrow.plusDays(1))).as("a day set by hand keeps its quota").isEqualTo(7);
		var days = api.get("/api/v1/offices/" + office + "/availability").json();
		assertThat(days.size()).as("the horizon is now 7 days").isEqualTo(7);
		assertThat(days.get(3).path("quota").asInt()).isEqualTo(30);
		assertThat(offices.byCode(office).address()).isEqualTo("Jl. Baru No. 2");
		var change = planning.recentChanges(office, 1).get(0);
		assertThat(change.change()).isEqualTo("DEFAULTS");
		assertThat(change.oldValue()).contains("quota=20", "horizon=14", "proxies=true");
		assertThat(change.newValue()).contains("quota=30", "horizon=7", "proxies=false");
	}

	@Test
	void refusesNewDefaultsThatWouldLowerADayBelowItsBookings() {
		book(3, tomorrow);
		var before = offices.byCode(office);
		var defaults = new id.kanim.drivethru.office.OfficeDefaults(before.opensAt(), before.closesAt(),
				before.slotMinutes(), 2, before.defaultSlotCapacity(), before.openWeekdays(), 14, true, false, null);

		assertThatThrownBy(() -> planning.changeDefaults(office, before.name(), before.address(), defaults, "kasi"))
			.isInstanceOf(PlanningRefusedException.class);
		assertThat(offices.byCode(office).defaultQuota()).isEqualTo(20);
		assertThat(quota(tomorrow)).isEqualTo(20);
	}

}
