package id.kanim.drivethru.counter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.kanim.drivethru.booking.Booking;
import id.kanim.drivethru.booking.BookingCode;
import id.kanim.drivethru.booking.Bookings;
import id.kanim.drivethru.booking.BookingStatus;
import id.kanim.drivethru.booking.IllegalBookingTransitionException;
import id.kanim.drivethru.booking.NoShowTooEarlyException;
import id.kanim.drivethru.booking.PlateNumber;
import id.kanim.drivethru.booking.VehicleType;
import id.kanim.drivethru.capacity.ServiceDays;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.office.OfficeSettings;
import id.kanim.drivethru.staff.StaffUser;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drive-thru counter ("loket"): today's bookings of an office, finding one by code or plate, and the officer's
 * steps. Every step goes through the {@link Booking} entity, which refuses moves its status does not allow,
 * and is written to the audit log in the same transaction. Two officers acting on one booking at once
 * cannot both win: the step carries the version the officer saw, and the entity's {@code @Version} makes the
 * later of two simultaneous updates fail; either way the loser gets a {@link StepRefusedException}.
 */
@Service
@Transactional
public class CounterService {

	private final Bookings bookings;

	private final AuditLog events;

	private final Offices offices;

	private final CounterSettings settings;

	private final ServiceDays serviceDays;

	private final Clock clock;

	CounterService(Bookings bookings, AuditLog events, Offices offices, CounterSettings settings,
			ServiceDays serviceDays, Clock clock) {
		this.bookings = bookings;
		this.events = events;
		this.offices = offices;
		this.settings = settings;
		this.serviceDays = serviceDays;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public CounterDay today(OfficeSettings office) {
		var date = office.today(clock);
		var list = bookings.ofDay(office.id(), date);
		var positions = queuePositions(list);
		var rows = list.stream().filter(b -> b.getStatus() != BookingStatus.CANCELLED)
			.map(b -> row(b, office.zone(), positions.get(b.getId())))
			.toList();
		var remaining = serviceDays.stored(office, date)
			.map(d -> d.quota() - d.booked())
			.orElse(office.defaultQuota());
		return new CounterDay(date, rows, rows.size(), rows.stream().filter(r -> r.arrivedAt() != null).count(),
				count(rows, BookingStatus.COLLECTED), count(rows, BookingStatus.TURNED_AWAY),
				count(rows, BookingStatus.NO_SHOW), remaining);
	}

	/**
	 * Finds a booking by what the officer typed or scanned: a booking code first, else a plate among today's
	 * bookings of the office.
	 */
	@Transactional(readOnly = true)
	public SearchResult search(StaffUser user, OfficeSettings office, String query) {
		var code = BookingCode.parse(query);
		if (code.isPresent()) {
			var found = bookings.byCode(code.get().value());
			if (found.isPresent()) {
				var booking = found.get();
				if (!user.mayActFor(booking.getOfficeId())) {
					return new SearchResult.OtherOffice();
				}
				if (!booking.getServiceDate().equals(offices.byId(booking.getOfficeId()).today(clock))) {
					return new SearchResult.OtherDay(booking.getServiceDate(), booking.getStatus());
				}
				return new SearchResult.Found(booking.getCode());
			}
		}
		var plate = PlateNumber.normalise(query);
		if (plate.isPresent()) {
			var matches = bookings.ofDayWithPlate(office.id(),
					office.today(clock), plate.get());
			if (matches.size() == 1) {
				return new SearchResult.Found(matches.get(0).getCode());
			}
			if (matches.size() > 1) {
				return new SearchResult.Several(matches.stream().map(b -> row(b, office.zone(), null)).toList());
			}
		}
		return new SearchResult.NotFound();
	}

	/** Today's booking with this code at an office the officer may act for. */
	@Transactional(readOnly = true)
	public Optional<CounterBooking> open(StaffUser user, String code) {
		return visible(user, code).map(this::detail);
	}

	/** The office a booking belongs to, for an administrator looking at another office's booking. */
	@Transactional(readOnly = true)
	public Optional<OfficeSettings> officeOf(StaffUser user, String code) {
		return visible(user, code).map(b -> offices.byId(b.getOfficeId()));
	}

	/**
	 * Takes one step with today's booking, or throws {@link StepRefusedException} having changed nothing.
	 * @return the booking's code, for the redirect
	 */
	public BookingCode act(StaffUser user, String code, StepRequest step) {
		var booking = visible(user, code).orElseThrow(() -> new StepRefusedException("loket.refused.not-found"));
		var office = offices.byId(booking.getOfficeId());
		if (!booking.getServiceDate().equals(office.today(clock))) {
			throw new StepRefusedException("loket.refused.not-today");
		}
		if (booking.getVersion() != step.expectedVersion()) {
			throw new StepRefusedException("loket.refused.stale");
		}
		var now = clock.instant();
		var from = booking.getStatus();
		Long undone = null;
		String reason = null;
		try {
			switch (step.action()) {
				case ARRIVE -> booking.arrive(now);
				case CALL -> booking.callTo(window(step.window()), now);
				case COLLECT -> {
					// Documents count whether recorded earlier ("all documents complete") or ticked with this step.
					var required = Documents.required(booking.getCollectorType());
					events.lockDocuments(booking.getId());
					var recorded = events.checkedDocuments(booking.getId());
					var given = step.documents() == null ? Set.<String>of() : step.documents();
					if (!required.stream().allMatch(d -> recorded.contains(d) || given.contains(d))) {
						throw new StepRefusedException("loket.refused.documents");
					}
					// Recorded before the hand-over (same status on both sides), which stays the step an undo sees.
					for (var document : required.stream().filter(d -> !recorded.contains(d)).toList()) {
						events.record(booking, CounterAction.CHECK_DOCUMENT, from, document, user.getUsername(), now,
								office.zone(), null);
					}
					booking.collect(now, user.getUsername());
				}
				case TURN_AWAY -> {
					reason = turnAwayReason(step.reason());
					booking.turnAway(reason, now, user.getUsername());
				}
				case NO_SHOW -> booking.markNoShow(now, office.zone(), settings.noShowGrace(), user.getUsername());
				case UNDO -> {
					var last = undoableStep(booking, now)
						.orElseThrow(() -> new StepRefusedException("loket.refused.undo"));
					booking.undo(last.from(), last.action() == CounterAction.CALL);
					undone = last.id();
				}
				case END_OF_DAY, DAY_ENDED, OWNER_CANCEL -> throw new StepRefusedException("loket.refused.not-found");
			}
			bookings.flush();
		}
		catch (IllegalBookingTransitionException ex) {
			throw new StepRefusedException("loket.refused.status", ex.getFrom().name());
		}
		catch (NoShowTooEarlyException ex) {
			throw new StepRefusedException("loket.refused.no-show-early",
					LocalTime.ofInstant(ex.getAllowedFrom(), office.zone()).toString());
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StepRefusedException("loket.refused.stale");
		}
		events.record(booking, step.action(), from, reason, user.getUsername(), now, office.zone(), undone);
		return booking.getCode();
	}

	/**
	 * Records documents of today's booking as checked: one audit row per document not yet recorded, so that
	 * "all documents complete" is one click for the officer and still names every document in the log.
	 * Changes no status and no version. Only while the car is still to be served (booked or arrived).
	 * @param documents the document keys ticked; keys that are not required for the booking are ignored
	 * @param all every document of the booking's collector type ("semua dokumen lengkap")
	 * @return the documents newly recorded
	 */
	public List<String> checkDocuments(StaffUser user, String code, Set<String> documents, boolean all) {
		var booking = visible(user, code).orElseThrow(() -> new StepRefusedException("loket.refused.not-found"));
		var office = offices.byId(booking.getOfficeId());
		if (!booking.getStatus().isActive()) {
			throw new StepRefusedException("loket.refused.status", booking.getStatus().name());
		}
		var chosen = Documents.required(booking.getCollectorType()).stream()
			.filter(d -> all || (documents != null && documents.contains(d)))
			.toList();
		if (chosen.isEmpty()) {
			throw new StepRefusedException("loket.refused.documents.none");
		}
		events.lockDocuments(booking.getId());
		var recorded = events.checkedDocuments(booking.getId());
		var now = clock.instant();
		var added = chosen.stream().filter(d -> !recorded.contains(d)).toList();
		for (var document : added) {
			events.record(booking, CounterAction.CHECK_DOCUMENT, booking.getStatus(), document, user.getUsername(), now,
					office.zone(), null);
		}
		return added;
	}

	/** The audit log of a booking, for supervisors of its office. */
	@Transactional(readOnly = true)
	public Optional<AuditTrail> audit(StaffUser user, String code) {
		return visibleAnyDay(user, code).map(b -> new AuditTrail(row(b, offices.byId(b.getOfficeId()).zone(), null),
				b.getServiceDate(), offices.byId(b.getOfficeId()).zone(), events.forBooking(b.getId())));
	}

	private Optional<AuditEntry> undoableStep(Booking booking, Instant now) {
		return events.last(booking.getId())
			.filter(e -> e.action() != CounterAction.UNDO && !e.action().isAutomatic())
			.filter(e -> e.to() == booking.getStatus())
			.filter(e -> !e.occurredAt().plus(settings.undoWindow()).isBefore(now));
	}

	private Optional<Booking> visible(StaffUser user, String code) {
		return visibleAnyDay(user, code)
			.filter(b -> b.getServiceDate().equals(offices.byId(b.getOfficeId()).today(clock)));
	}

	private Optional<Booking> visibleAnyDay(StaffUser user, String code) {
		return BookingCode.parse(code)
			.flatMap(c -> bookings.byCode(c.value()))
			.filter(b -> user.mayActFor(b.getOfficeId()));
	}

	private CounterBooking detail(Booking booking) {
		var office = offices.byId(booking.getOfficeId());
		var zone = office.zone();
		var positions = queuePositions(
				bookings.ofDay(office.id(), booking.getServiceDate()));
		var steps = EnumSet.noneOf(CounterAction.class);
		var next = booking.getStatus().next();
		if (next.contains(BookingStatus.ARRIVED)) {
			steps.add(CounterAction.ARRIVE);
		}
		if (booking.getStatus() == BookingStatus.ARRIVED) {
			steps.add(CounterAction.CALL);
		}
		if (next.contains(BookingStatus.COLLECTED)) {
			steps.add(CounterAction.COLLECT);
		}
		if (next.contains(BookingStatus.TURNED_AWAY)) {
			steps.add(CounterAction.TURN_AWAY);
		}
		if (next.contains(BookingStatus.NO_SHOW)) {
			steps.add(CounterAction.NO_SHOW);
		}
		var now = clock.instant();
		var undoable = undoableStep(booking, now).isPresent();
		var noShowFrom = booking.noShowAllowedFrom(zone, settings.noShowGrace());
		return new CounterBooking(row(booking, zone, positions.get(booking.getId())), booking.getServiceDate(),
				Documents.required(booking.getCollectorType()), steps, LocalTime.ofInstant(noShowFrom, zone), undoable,
				local(booking.getFinishedAt(), zone), booking.getFinishedBy(), booking.getOutcomeReason(),
				nextStep(booking), !now.isBefore(noShowFrom), events.checkedDocuments(booking.getId()));
	}

	/** The one step that normally comes next: a booked car arrives, a waiting car is called, a called car is served. */
	private static CounterAction nextStep(Booking booking) {
		return switch (booking.getStatus()) {
			case BOOKED -> CounterAction.ARRIVE;
			case ARRIVED -> booking.getCalledAt() == null ? CounterAction.CALL : CounterAction.COLLECT;
			default -> null;
		};
	}

	private int window(Integer window) {
		if (window == null || window < 1 || window > settings.windows()) {
			return 1;
		}
		return window;
	}

	private static String turnAwayReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new StepRefusedException("loket.refused.reason");
		}
		var text = reason.strip();
		return text.length() > 300 ? text.substring(0, 300) : text;
	}

	/**
	 * Each lane's queue: arrived cars not yet called, priority bookings first, then in order of arrival.
	 * Returns each waiting booking's place in its lane, from 1.
	 */
	static Map<Long, Integer> queuePositions(List<Booking> day) {
		var positions = new HashMap<Long, Integer>();
		for (var lane : VehicleType.values()) {
			var queue = waiting(day, lane);
			for (int i = 0; i < queue.size(); i++) {
				positions.put(queue.get(i).getId(), i + 1);
			}
		}
		return positions;
	}

	static List<Booking> waiting(List<Booking> day, VehicleType lane) {
		return day.stream()
			.filter(b -> b.getStatus() == BookingStatus.ARRIVED && b.getCalledAt() == null
					&& b.getVehicleType() == lane)
			.sorted(Comparator.comparing((Booking b) -> !b.isPriority()).thenComparing(Booking::getArrivedAt))
			.toList();
	}

	private static CounterRow row(Booking b, ZoneId zone, Integer position) {
		return new CounterRow(b.getCode(), b.getSlotStart(), b.getSlotEnd(), b.getStatus(), b.getVehicleType(),
				b.getPlateNumber(), b.getFullName(), b.getCollectorType(), b.getCollectorName(), b.isPriority(),
				local(b.getArrivedAt(), zone), local(b.getCalledAt(), zone), b.getWindowNumber(), position,
				b.getVersion());
	}

	private static LocalTime local(Instant instant, ZoneId zone) {
		return instant == null ? null : LocalTime.ofInstant(instant, zone).withNano(0);
	}

	private static long count(List<CounterRow> rows, BookingStatus status) {
		return rows.stream().filter(r -> r.status() == status).count();
	}

	/** What a search found. */
	public sealed interface SearchResult {

		record Found(BookingCode code) implements SearchResult {
		}

		record Several(List<CounterRow> rows) implements SearchResult {
		}

		record OtherDay(LocalDate date, BookingStatus status) implements SearchResult {
		}

		record OtherOffice() implements SearchResult {
		}

		record NotFound() implements SearchResult {
		}

	}

	/** A booking's audit log, for the supervisor's page. */
	public record AuditTrail(CounterRow booking, LocalDate date, ZoneId zone, List<AuditEntry> events) {
	}

}
