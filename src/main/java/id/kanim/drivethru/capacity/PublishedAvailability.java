package id.kanim.drivethru.capacity;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import id.kanim.drivethru.office.OfficeSettings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What applicants are shown (the office page and the availability API): the bookable days of an office,
 * computed from the counters and then served for at most {@link #MAX_AGE}. When places are released, every
 * applicant opens this page at once; with the answer kept for a second, each instance computes it once a
 * second per office instead of once per request (bench/RESULTS.md).
 *
 * <p>Staleness, written down: an answer is at most one second old. A change committed through this instance
 * (a booking, a cancellation, a quota or closure change) drops the answers that show that day at once, so
 * whoever made it sees it on their next page. With several instances on one database, another instance may
 * show the old numbers for up to one second. That is safe: this is only what is shown; every booking claims
 * its place in the database ({@link CapacityClaims}) and stays exact, so an applicant who picked a place that
 * has just gone gets the usual "full" answer.
 *
 * <p>The key holds the office's settings (a changed setting makes a new key) and the horizon's first and last
 * date (so the answer moves with the clock). Bounded to 500 answers (about 30 KB each): one per office, with room.
 */
@Service
public class PublishedAvailability {

	static final Duration MAX_AGE = Duration.ofSeconds(1);

	private final Availability availability;

	private final Clock clock;

	private final Cache<Key, Answer> answers = Caffeine.newBuilder()
		.maximumSize(500)
		.expireAfterWrite(MAX_AGE)
		.build();

	PublishedAvailability(Availability availability, Clock clock) {
		this.availability = availability;
		this.clock = clock;
	}

	/** The bookable days between two dates (each optional and clipped to the horizon), at most a second old. */
	public List<DayAvailability> between(OfficeSettings office, LocalDate from, LocalDate to) {
		var first = office.firstBookableDate(clock);
		var last = office.lastBookableDate(clock);
		var days = answers.get(new Key(office, first, last), key -> {
			var ids = new HashSet<Long>();
			return new Answer(availability.calendar(office, first, last, ids), Set.copyOf(ids));
		}).days();
		days = availability.withoutSlotsOver(office, days);
		if ((from == null || !from.isAfter(first)) && (to == null || !to.isBefore(last))) {
			return days;
		}
		return days.stream()
			.filter(d -> (from == null || !d.date().isBefore(from)) && (to == null || !d.date().isAfter(to)))
			.toList();
	}

	/**
	 * Drops the answers that show this day once the current transaction commits (at once without one). A day
	 * no answer knows may have been created by this transaction, after an answer showed it from the office's
	 * defaults; then every answer is dropped (this happens once per day).
	 */
	void changed(long dayId) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					drop(dayId);
				}

			});
		}
		else {
			drop(dayId);
		}
	}

	private void drop(long dayId) {
		var known = answers.asMap().entrySet().removeIf(e -> e.getValue().dayIds().contains(dayId));
		if (!known) {
			answers.invalidateAll();
		}
	}

	private record Key(OfficeSettings office, LocalDate first, LocalDate last) {
	}

	private record Answer(List<DayAvailability> days, Set<Long> dayIds) {
	}

}
