package id.kanim.drivethru.booking;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bookings as other features read them: the window's day of an office, one booking by code or plate, the
 * bookings a reminder is due for. The features change a booking only through its own methods (which refuse
 * moves its status does not allow); none of them can save or delete one, since the repository stays here.
 */
@Service
@Transactional(readOnly = true)
public class Bookings {

	private final BookingRepository repository;

	Bookings(BookingRepository repository) {
		this.repository = repository;
	}

	public Optional<Booking> byCode(String code) {
		return repository.findByCode(code);
	}

	/** The office's bookings of the date, every status, in slot order. */
	public List<Booking> ofDay(long officeId, LocalDate date) {
		return repository.findByOfficeIdAndServiceDateOrderBySlotStartAscIdAsc(officeId, date);
	}

	/** The office's bookings of the date with this (normalised) plate, in slot order. */
	public List<Booking> ofDayWithPlate(long officeId, LocalDate date, String plateNumber) {
		return repository.findByOfficeIdAndServiceDateAndPlateNumberOrderBySlotStartAsc(officeId, date, plateNumber);
	}

	/** A booking still to come, by id and pickup date. */
	public record Upcoming(long id, LocalDate date) {
	}

	/** The office's BOOKED bookings from the day after {@code after} to {@code until}, in id order. */
	public List<Upcoming> bookedBetween(long officeId, LocalDate after, LocalDate until) {
		return repository.findUpcoming(officeId, BookingStatus.BOOKED, after, until);
	}

	/**
	 * Writes what the caller changed through the bookings' methods now, inside its transaction, so that a
	 * concurrent change of the same booking fails here (an {@code OptimisticLockingFailureException} the
	 * caller can answer) rather than at commit.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void flush() {
		repository.flush();
	}

}
