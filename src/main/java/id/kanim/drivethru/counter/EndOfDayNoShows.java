package id.kanim.drivethru.counter;

import java.time.Clock;

import id.kanim.drivethru.booking.BookingStatus;
import id.kanim.drivethru.booking.PastDays;
import id.kanim.drivethru.office.Offices;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At the end of each office's day, has the booking module end what the day left open ({@link PastDays}:
 * bookings nobody came for become NO_SHOW, cars that arrived but were never finished at the window UNFINISHED
 * ("tidak selesai"), entries still waiting EXPIRED), and writes the audit row of exactly the bookings that
 * moved, in the same transaction.
 *
 * <p>Why it is idempotent and safe with several app instances: {@link PastDays} moves only rows still in
 * their old status and returns only the rows this run moved (a second instance waits for the row locks,
 * re-checks and skips them), so each booking is moved, and audited, once; a second run finds nothing to do.
 */
@Component
public class EndOfDayNoShows {

	private static final Logger log = LoggerFactory.getLogger(EndOfDayNoShows.class);

	static final String ACTOR = "system";

	private final PastDays pastDays;

	private final AuditLog events;

	private final Offices offices;

	private final Clock clock;

	EndOfDayNoShows(PastDays pastDays, AuditLog events, Offices offices, Clock clock) {
		this.pastDays = pastDays;
		this.events = events;
		this.offices = offices;
		this.clock = clock;
	}

	/** @return how many bookings and waiting-list entries this run ended */
	@Scheduled(cron = "${drivethru.counter.end-of-day-cron:0 */15 * * * *}")
	@Transactional
	public int run() {
		var now = clock.instant();
		var result = pastDays.end(now, ACTOR);
		for (var ended : result.bookings()) {
			var action = ended.from() == BookingStatus.BOOKED ? CounterAction.END_OF_DAY : CounterAction.DAY_ENDED;
			events.recordAutomatic(ended.bookingId(), ended.officeId(), action, ended.from(), ended.to(), ACTOR, now,
					offices.byId(ended.officeId()).zone());
		}
		long noShows = result.bookings().stream().filter(e -> e.to() == BookingStatus.NO_SHOW).count();
		int total = result.bookings().size() + result.expiredWaitingEntries();
		if (total > 0) {
			log.info("End of day: {} booking(s) marked as no-show, {} left unfinished, {} waiting entr(ies) expired",
					noShows, result.bookings().size() - noShows, result.expiredWaitingEntries());
		}
		return total;
	}

}
