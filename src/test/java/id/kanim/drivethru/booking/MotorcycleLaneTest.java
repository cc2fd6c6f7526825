package id.kanim.drivethru.booking;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.planning.PlanningRefusedException;
import id.kanim.drivethru.planning.QuotaPlanning;
import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.IntegrationTest;
import id.kanim.drivethru.support.OfficeTestBase;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestOffices;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The motorcycle lane's own quota, counted inside the day's total. */
@IntegrationTest
class MotorcycleLaneTest extends OfficeTestBase {

	MotorcycleLaneTest() {
		super(20, 100);
	}

	@Autowired
	Offices offices;

	@Autowired
	QuotaPlanning planning;

	@BeforeEach
	void aMotorcycleLaneOfFive() {
		jdbc.sql("update office set motorcycle_quota = 5 where code = :code").param("code", office).update();
		offices.evict(office);
	}

	Api.Response book(String vehicle) {
		var body = Api.booking(TestOffices.applicationNumber(), tomorrow, "09:00");
		body.put("vehicleType", vehicle);
		return api.book(office, body);
	}

	@Test
	void refusesTheSixthMotorcycleButNotACar() {
		for (int i = 0; i < 5; i++) {
			assertThat(book("MOTORCYCLE").status()).isEqualTo(201);
		}

		var refused = book("MOTORCYCLE");

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.problemType()).isEqualTo("quota-full");
		assertThat(refused.json().path("detail").asString()).contains("sepeda motor");
		assertThat(book("CAR").status()).isEqualTo(201);
		var day = api.get("/api/v1/offices/" + office + "/availability?from=" + tomorrow + "&to=" + tomorrow).json().get(0);
		assertThat(day.path("motorcycleQuota").asInt()).isEqualTo(5);
		assertThat(day.path("motorcycleRemaining").asInt()).isZero();
		assertThat(day.path("remaining").asInt()).isEqualTo(14);
		assertThat(Races.counterMismatches(jdbc, office)).isEmpty();
	}

	@Test
	void aCancelledMotorcycleFreesItsLanePlace() {
		var number = TestOffices.applicationNumber();
		var body = Api.booking(number, tomorrow, "09:00");
		body.put("vehicleType", "MOTORCYCLE");
		var code = api.book(office, body).json().path("code").asString();
		for (int i = 0; i < 4; i++) {
			book("MOTORCYCLE");
		}

		assertThat(api.delete("/api/v1/bookings/" + code + "?applicationNumber=" + number).status()).isEqualTo(204);

		assertThat(book("MOTORCYCLE").status()).isEqualTo(201);
		assertThat(Races.counterMismatches(jdbc, office)).isEmpty();
	}

	@RepeatedTest(3)
	void carsAndMotorcyclesRacingNeverExceedTheDayOrTheLane() {
		var responses = Races.race(60, i -> book(i % 2 == 0 ? "MOTORCYCLE" : "CAR"));

		long motorcycles = 0;
		long booked = 0;
		for (int i = 0; i < responses.size(); i++) {
			var r = responses.get(i);
			assertThat(r.status()).isIn(201, 409);
			if (r.status() == 201) {
				booked++;
				motorcycles += i % 2 == 0 ? 1 : 0;
			}
		}
		assertThat(booked).isEqualTo(20);
		assertThat(motorcycles).isBetween(1L, 5L);
		assertThat(Races.counterMismatches(jdbc, office)).isEmpty();
	}

	@Test
	void aSupervisorCannotLowerTheLaneBelowItsMotorcycles() {
		for (int i = 0; i < 3; i++) {
			book("MOTORCYCLE");
		}

		assertThatThrownBy(() -> planning.setMotorcycleQuota(office, tomorrow, tomorrow, 2, "kasi"))
			.isInstanceOf(PlanningRefusedException.class);
		planning.setMotorcycleQuota(office, tomorrow, tomorrow, null, "kasi");

		for (int i = 0; i < 5; i++) {
			assertThat(book("MOTORCYCLE").status()).as("no lane limit any more").isEqualTo(201);
		}
		assertThat(Races.counterMismatches(jdbc, office)).isEmpty();
	}

}
