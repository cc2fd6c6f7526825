package id.kanim.drivethru.counter;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.booking.BookingCode;
import id.kanim.drivethru.booking.NewBooking;
import id.kanim.drivethru.booking.VehicleType;
import id.kanim.drivethru.booking.WaitingList;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.reporting.ReportCsv;
import id.kanim.drivethru.reporting.Reports;
import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.AppTestBase;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.TestBookings;
import id.kanim.drivethru.support.TestOffices;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end of a day ends everything of it: BOOKED becomes NO_SHOW, ARRIVED (called to a window or not) becomes
 * UNFINISHED with its own audit row (and its own column in the reports), WAITING becomes EXPIRED; and the application numbers can book and wait
 * again. Before this, an ARRIVED car held the one-active-booking index for ever.
 */
@IntegrationTest
class EveryStateEndsTest extends AppTestBase {

	@Autowired
	EndOfDayNoShows job;

	@Autowired
	WaitingList waitingList;

	@Autowired
	Reports reports;

	@Autowired
	Offices offices;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@Test
	void bookedArrivedAndWaitingAllEndAndTheSameApplicationsBookAgain() {
		var office = TestOffices.create(jdbc, 20, 5);
		var yesterday = TestBookings.today(clock).minusDays(1);
		var booked = TestBookings.book(jdbc, office, yesterday, "09:00", "BH 1 EA");
		var arrived = TestBookings.book(jdbc, office, yesterday, "09:00", "BH 2 EA");
		var called = TestBookings.book(jdbc, office, yesterday, "09:30", "BH 3 EA");
		jdbc.sql("update booking set status = 'ARRIVED', arrived_at = now() where code in (:a, :c)")
			.param("a", arrived).param("c", called).update();
		jdbc.sql("update booking set called_at = now(), window_number = 1 where code = :c").param("c", called).update();
		var waitingNumber = TestOffices.applicationNumber();
		var waiting = waitOn(office, yesterday, waitingNumber);

		job.run();

		assertThat(List.of(TestBookings.status(jdbc, booked), TestBookings.status(jdbc, arrived),
				TestBookings.status(jdbc, called))).containsExactly("NO_SHOW", "UNFINISHED", "UNFINISHED");
		assertThat(LoketSteps.audit(jdbc, arrived)).containsExactly("DAY_ENDED ARRIVED>UNFINISHED system");
		assertThat(LoketSteps.audit(jdbc, called)).containsExactly("DAY_ENDED ARRIVED>UNFINISHED system");
		assertThat(jdbc.sql("select status from waiting_entry where code = :c").param("c", waiting)
			.query(String.class).single()).isEqualTo("EXPIRED");
		assertThat(job.run()).as("a second run finds nothing").isZero();
		var report = reports.period(offices.byCode(office), yesterday, yesterday);
		assertThat(report.days().get(0).unfinished()).as("the report counts them apart").isEqualTo(2);
		assertThat(report.total().noShow()).isEqualTo(1);
		assertThat(ReportCsv.of(report).lines().toList().get(1)).endsWith(",2");

		var tomorrow = TestOffices.tomorrow(clock);
		for (var code : List.of(booked, arrived, called)) {
			var number = jdbc.sql("select application_number from booking where code = :c").param("c", code)
				.query(String.class).single();
			var again = api.book(office, Api.booking(number, tomorrow, "10:00"));
			assertThat(again.status()).as(again.body()).isEqualTo(201);
		}
		jdbc.sql("""
				update service_day set quota = booked
				where service_date = :date and office_id = (select id from office where code = :office)""")
			.param("date", tomorrow)
			.param("office", office)
			.update();
		var waitsAgain = waitingList.join(office, new NewBooking(waitingNumber, "Rina Wati", "+6281234567890", null,
				VehicleType.CAR, "BH 9 EA", tomorrow, LocalTime.of(10, 0)));
		assertThat(waitsAgain.status()).isEqualTo("WAITING");
	}

	private String waitOn(String office, LocalDate date, String number) {
		var code = BookingCode.random().value();
		jdbc.sql("""
				insert into waiting_entry (code, office_id, service_date, slot_start, application_number, full_name,
				    phone, vehicle_type, plate_number, collector_type, priority, status, created_at, consented_at)
				select :code, id, :date, :start, :number, 'Rina Wati', '081234567890', 'CAR', 'BH 9 EA', 'SELF',
				    false, 'WAITING', :now, :now
				from office where code = :office""")
			.param("code", code)
			.param("date", date)
			.param("start", LocalTime.of(9, 0))
			.param("number", number)
			.param("now", Timestamp.from(Instant.now()))
			.param("office", office)
			.update();
		return code;
	}

}
