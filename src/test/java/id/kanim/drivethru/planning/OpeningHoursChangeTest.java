package id.kanim.drivethru.planning;

import java.time.LocalTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.capacity.ServiceDays;
import id.kanim.drivethru.office.OfficeDefaults;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestOffices;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A day's slot rows are the truth: after the office changes its hours and slot length, untouched future days
 * get the new slots (bookable at once), days with bookings keep their old ones (and the supervisor is told
 * which), and bookings are checked against the day's own slots, not today's settings.
 */
@IntegrationTest
class OpeningHoursChangeTest extends AppTestBase {

	@Autowired
	QuotaPlanning planning;

	@Autowired
	Offices offices;

	@Autowired
	ServiceDays serviceDays;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@Test
	void newHoursReachUntouchedDaysWhileBookedDaysKeepTheirSlots() {
		var office = TestOffices.create(jdbc, 20, 5);
		var booked = TestOffices.tomorrow(clock).plusDays(4);
		var untouched = booked.plusDays(1);
		var later = booked.plusDays(2);
		assertThat(api.book(office, Api.booking(TestOffices.applicationNumber(), booked, "09:30")).status())
			.isEqualTo(201);
		serviceDays.ensure(offices.byCode(office), untouched);
		var before = offices.byCode(office);

		var changed = planning.changeDefaults(office, before.name(), before.address(), new OfficeDefaults(
				LocalTime.of(8, 0), LocalTime.of(14, 0), 60, 20, 5, before.openWeekdays(), 14, true, false, null),
				"kasi");

		assertThat(changed.daysWithOldSlots()).containsExactly(booked);
		assertThat(status(office, untouched, "08:00")).as("new slot on an untouched day").isEqualTo("201");
		assertThat(status(office, later, "13:00")).as("new slot on a day created after").isEqualTo("201");
		assertThat(status(office, untouched, "09:30")).as("old slot gone from an untouched day")
			.isEqualTo("400");
		assertThat(status(office, booked, "09:00")).as("old slot kept where booked").isEqualTo("201");
		assertThat(status(office, booked, "08:00")).as("no new slot on a booked day").isEqualTo("400");
		assertThat(Races.counterMismatches(jdbc, office)).isEmpty();
	}

	@Test
	void aTimeNoSlotStartsAtIsRefusedWithoutCreatingTheDay() {
		var office = TestOffices.create(jdbc, 20, 5);
		var date = TestOffices.tomorrow(clock).plusDays(5);

		assertThat(status(office, date, "09:10")).isEqualTo("400");
		assertThat(jdbc.sql("""
				select count(*) from service_day d join office o on o.id = d.office_id
				where o.code = :office""").param("office", office).query(Integer.class).single()).isZero();
	}

	private String status(String office, java.time.LocalDate date, String slot) {
		return String.valueOf(api.book(office, Api.booking(TestOffices.applicationNumber(), date, slot)).status());
	}

}
