package id.kanim.drivethru.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

import static id.kanim.drivethru.booking.BookingStatus.ACTIVE_SQL;

/**
 * Fires many requests at the same instant (all threads wait at a gate, then go together) and checks the
 * database afterwards.
 */
public final class Races {

	private Races() {
	}

	public static List<Api.Response> race(int threads, IntFunction<Api.Response> request) {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			var ready = new CountDownLatch(threads);
			var go = new CountDownLatch(1);
			var futures = new ArrayList<Future<Api.Response>>();
			for (int i = 0; i < threads; i++) {
				int n = i;
				futures.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return request.apply(n);
				}));
			}
			if (!ready.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("Not every thread of the race started");
			}
			go.countDown();
			var responses = new ArrayList<Api.Response>();
			for (var future : futures) {
				responses.add(future.get(120, TimeUnit.SECONDS));
			}
			return responses;
		}
		catch (Exception ex) {
			throw new IllegalStateException("The race did not finish", ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Runs the task on that many threads at the same instant and returns each result, in thread order; for
	 * races that are not API calls (page forms with cookies, jobs).
	 */
	public static <T> List<T> together(int threads, IntFunction<T> task) {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			// As in race(): go only once every thread is waiting at the gate, or the first threads would run
			// (and might finish) while the last ones are still being started, and nothing would overlap.
			var ready = new CountDownLatch(threads);
			var go = new CountDownLatch(1);
			var futures = new ArrayList<Future<T>>();
			for (int i = 0; i < threads; i++) {
				int n = i;
				futures.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return task.apply(n);
				}));
			}
			if (!ready.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("Not every thread of the race started");
			}
			go.countDown();
			var results = new ArrayList<T>();
			for (var future : futures) {
				results.add(future.get(120, TimeUnit.SECONDS));
			}
			return results;
		}
		catch (Exception ex) {
			throw new IllegalStateException("The race did not finish", ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** "201" for successes, "409 quota-full" style for problems: easy to count and to read in a failure. */
	public static java.util.Map<String, Long> outcomes(List<Api.Response> responses) {
		return responses.stream()
			.collect(Collectors.groupingBy(r -> r.status() == 201 ? "201"
					: r.contentType().contains("json") && r.body().contains("\"type\"") ? r.status() + " " + r.problemType()
							: String.valueOf(r.status()),
					java.util.TreeMap::new, Collectors.counting()));
	}

	/**
	 * Days and slots of the office whose counter differs from the number of active bookings they hold, as
	 * readable lines; empty when every counter is right.
	 */
	public static List<String> counterMismatches(JdbcClient jdbc, String officeCode) {
		var days = jdbc.sql("""
				select d.service_date || ': counter ' || d.booked || ', active bookings ' || count(b.id)
				from service_day d join office o on o.id = d.office_id
				left join booking b on b.service_day_id = d.id and b.status in %s
				where o.code = :office group by d.id having d.booked <> count(b.id)""".formatted(ACTIVE_SQL))
			.param("office", officeCode)
			.query(String.class)
			.list();
		var slots = jdbc.sql("""
				select d.service_date || ' ' || s.start_time || ': counter ' || s.booked || ', active bookings '
				    || count(b.id)
				from slot s join service_day d on d.id = s.service_day_id join office o on o.id = d.office_id
				left join booking b on b.service_day_id = d.id and b.slot_start = s.start_time
				    and b.status in %s
				where o.code = :office group by d.id, s.id having s.booked <> count(b.id)""".formatted(ACTIVE_SQL))
			.param("office", officeCode)
			.query(String.class)
			.list();
		var lanes = jdbc.sql("""
				select d.service_date || ' motorcycles: counter ' || d.motorcycle_booked || ', holding bookings ' || count(b.id)
				from service_day d join office o on o.id = d.office_id
				left join booking b on b.service_day_id = d.id and b.vehicle_type = 'MOTORCYCLE' and b.status <> 'CANCELLED'
				where o.code = :office group by d.id having d.motorcycle_booked <> count(b.id)""")
			.param("office", officeCode)
			.query(String.class)
			.list();
		var all = new ArrayList<>(days);
		all.addAll(lanes);
		all.addAll(slots);
		return all;
	}

	public static long activeBookings(JdbcClient jdbc, String officeCode) {
		return jdbc.sql("""
				select count(*) from booking b join office o on o.id = b.office_id
				where o.code = :office and b.status in %s""".formatted(ACTIVE_SQL))
			.param("office", officeCode)
			.query(Long.class)
			.single();
	}

}
