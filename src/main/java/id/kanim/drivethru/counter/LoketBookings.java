package id.kanim.drivethru.counter;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.kanim.drivethru.booking.Booking;

import org.springframework.data.jpa.repository.JpaRepository;

/** Bookings as the drive-thru window reads them: one office's day, or one booking by code or plate. */
interface LoketBookings extends JpaRepository<Booking, Long> {

	List<Booking> findByOfficeIdAndServiceDateOrderBySlotStartAscIdAsc(Long officeId, LocalDate date);

	List<Booking> findByOfficeIdAndServiceDateAndPlateNumberOrderBySlotStartAsc(Long officeId, LocalDate date,
			String plateNumber);

	Optional<Booking> findByCode(String code);

}
