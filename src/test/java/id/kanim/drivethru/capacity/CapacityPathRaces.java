package id.kanim.drivethru.capacity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.kanim.drivethru.booking.NewBooking;
import id.kanim.drivethru.booking.VehicleType;
import id.kanim.drivethru.booking.WaitingList;
import id.kanim.drivethru.planning.PlanningRefusedException;
import id.kanim.drivethru.planning.QuotaPlanning;
import id.kanim.drivethru.support.Api;
import id.kanim.drivethru.support.Races;
import id.kanim.drivethru.support.TestOffices;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The races every capacity path must survive, shared by {@link CapacityPathsRaceTest} (which must pass) and
 * {@link UnguardedLockOrderTest} (the same races against the old lock order, which must fail them). Each
 * returns what every caller saw and what the database holds afterwards.
 */
final class CapacityPathRaces {

	private final Api api;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final QuotaPlanning planning;

	private final WaitingList waitingList;

	CapacityPathRaces(Api api, JdbcClient jdbc, Clock clock, QuotaPlanning planning, WaitingList waitingList) {
		this.api = api;
		this.jdbc = jdbc;
		this.clock = clock;
		this.planning = planning;
		this.waitingList = waitingList;
	}

	/** What callers saw ("201", "409 quota-full", "planning refused", "planning CannotAcquireLockException"). */
	record Result(String office, Map<String, Long> outcomes, List<String> mismatches, List<String> overLimits) {

		/** Anything a user should never see: a 5xx, or a supervisor's change failing with an exception. */
		List<String> failures() {
			return outcomes.keySet().stream()
				.filter(o -> o.startsWith("5") || (o.startsWith("planning ") && !o.equals("planning ok")
						&& !o.equals("planning refused")))
				.toList();
		}

	}

	/**
	 * Supervisors change slot capacity, quota and motorcycle quota over two days, close and reopen a third,
	 * while applicants book the same slots of those days, cancel and move between them.
	 */
	Result supervisorsAgainstBookings(int threads) {
		var office = TestOffices.create(jdbc, 14, 6);
		var day1 = firstDay(clock);
		var day2 = day1.plusDays(1);
		var day3 = day1.plusDays(2);
		var holders = new ArrayList<String[]>();
		for (int i = 0; i < 8; i++) {
			var number = TestOffices.applicationNumber();
			holders.add(new String[] { book(office, number, i % 2 == 0 ? day1 : day2, i % 4 < 2 ? "09:00" : "09:30"),
					number });
		}
		for (int i = 0; i < 3; i++) {
			book(office, TestOffices.applicationNumber(), day3, "09:00");
		}
		var results = Races.together(threads, i -> switch (i % 12) {
			case 0 -> supervisor(() -> planning.setSlotCapacity(office, day1, day2, LocalTime.of(9, 0), 3 + i % 5, "kasi"));
			case 1 -> supervisor(() -> planning.setQuota(office, day1, day2, 10 + i % 7, "kasi"));
			case 2 -> supervisor(() -> planning.setMotorcycleQuota(office, day1, day2, i % 24 == 2 ? null : 2, "kasi"));
			case 3 -> supervisor(() -> planning.setSlotCapacity(office, day1, day3, null, 4 + i % 3, "kasi"));
			case 4 -> supervisor(() -> {
				if (i % 24 == 4) {
					planning.close(office, day3, day3, "Banjir", true, "kasi");
				}
				else {
					planning.reopen(office, day3, day3, "kasi");
				}
			});
			case 5 -> label(api.cancel(holders.get(i % 8)[0], holders.get(i % 8)[1]));
			case 6 -> {
				var holder = holders.get((i / 12) % 8);
				yield label(api.reschedule(holder[0], holder[1], i % 24 == 6 ? day1 : day2, i % 36 < 12 ? "09:00" : "09:30"));
			}
			default -> {
				var body = Api.booking(TestOffices.applicationNumber(), i % 3 == 0 ? day3 : i % 2 == 0 ? day1 : day2,
						i % 4 < 2 ? "09:00" : "09:30");
				if (i % 5 == 0) {
					body.put("vehicleType", "MOTORCYCLE");
				}
				yield label(api.book(office, body));
			}
		});
		return result(office, results);
	}

	/**
	 * A full day, people waiting for its 09:00 slot, holders of its 09:30 slot cancelling (each place goes to
	 * the next person waiting, into 09:00) while newcomers book that same 09:00 slot.
	 */
	Result cancelsAgainstBookingsOfThePromotedSlot(int threads, int places) {
		var office = TestOffices.create(jdbc, places, 100);
		var day = firstDay(clock);
		var holders = new ArrayList<String[]>();
		for (int i = 0; i < places; i++) {
			var number = TestOffices.applicationNumber();
			holders.add(new String[] { book(office, number, day, "09:30"), number });
		}
		for (int i = 0; i < places; i++) {
			waitingList.join(office, new NewBooking(TestOffices.applicationNumber(), "Rina Wati", "+6281234567890", null,
					VehicleType.CAR, "BH 1 A", day, LocalTime.of(9, 0)));
		}
		var results = Races.together(threads, i -> i < places ? label(api.cancel(holders.get(i)[0], holders.get(i)[1]))
				: label(api.book(office, Api.booking(TestOffices.applicationNumber(), day, "09:00"))));
		return result(office, results);
	}

	/**
	 * Two full days: the holders of the first move within it to other slots, the holders of the second try
	 * to move into the first, and newcomers try to book the first.
	 */
	Result movesOnFullDays(int threads) {
		int places = 10;
		var office = TestOffices.create(jdbc, places, 10);
		var day1 = firstDay(clock);
		var day2 = day1.plusDays(1);
		var sameDay = new ArrayList<String[]>();
		var otherDay = new ArrayList<String[]>();
		for (int i = 0; i < places; i++) {
			var number = TestOffices.applicationNumber();
			sameDay.add(new String[] { book(office, number, day1, i % 2 == 0 ? "09:00" : "09:30"), number,
					i % 2 == 0 ? "10:00" : "10:30" });
			var other = TestOffices.applicationNumber();
			otherDay.add(new String[] { book(office, other, day2, "09:00"), other });
		}
		var results = Races.together(threads, i -> {
			if (i < places) {
				var holder = sameDay.get(i);
				return "same-day move " + label(api.reschedule(holder[0], holder[1], day1, holder[2]));
			}
			if (i < 2 * places) {
				var holder = otherDay.get(i - places);
				return "move to full day " + label(api.reschedule(holder[0], holder[1], day1, "11:00"));
			}
			return label(api.book(office, Api.booking(TestOffices.applicationNumber(), day1, "11:00")));
		});
		return result(office, results);
	}

	/**
	 * The first day the races use: a few days ahead, clear of the days other tests of the shared database
	 * count on (the reminder job looks at the next working day of every office).
	 */
	static LocalDate firstDay(Clock clock) {
		return TestOffices.tomorrow(clock).plusDays(4);
	}

	long unmetDemand(String office, LocalDate date) {
		return jdbc.sql("""
				select count(*) from unmet_demand u join office o on o.id = u.office_id
				where o.code = :office and u.service_date = :date""")
			.param("office", office)
			.param("date", date)
			.query(Long.class)
			.single();
	}

	private static String supervisor(Runnable change) {
		try {
			change.run();
			return "planning ok";
		}
		catch (PlanningRefusedException ex) {
			return "planning refused";
		}
		catch (RuntimeException ex) {
			return "planning " + ex.getClass().getSimpleName();
		}
	}

	private static String label(Api.Response response) {
		return Races.outcomes(List.of(response)).keySet().iterator().next();
	}

	private Result result(String office, List<String> results) {
		var outcomes = new TreeMap<String, Long>();
		results.forEach(r -> outcomes.merge(r, 1L, Long::sum));
		return new Result(office, outcomes, Races.counterMismatches(jdbc, office), overLimits(office));
	}

	/** Days or slots holding more than their limit (the CHECK constraints should make this impossible). */
	private List<String> overLimits(String office) {
		return jdbc.sql("""
				select d.service_date || ' ' || coalesce(s.start_time::text, 'day') from service_day d
				join office o on o.id = d.office_id left join slot s on s.service_day_id = d.id and s.booked > s.capacity
				where o.code = :office and (d.booked > d.quota or s.id is not null
				    or d.motorcycle_booked > coalesce(d.motorcycle_quota, d.quota))""")
			.param("office", office)
			.query(String.class)
			.list();
	}

	private String book(String office, String number, LocalDate date, String slot) {
		var response = api.book(office, Api.booking(number, date, slot));
		if (response.status() != 201) {
			throw new IllegalStateException("Setting up the race failed: " + response.body());
		}
		return response.json().path("code").asString();
	}

}
