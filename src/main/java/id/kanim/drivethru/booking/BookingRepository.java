package id.kanim.drivethru.booking;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BookingRepository extends JpaRepository<Booking, Long> {

	Optional<Booking> findByCode(String code);

	Optional<Booking> findByOfficeIdAndIdempotencyKey(Long officeId, String idempotencyKey);

	List<Booking> findByServiceDayIdAndStatusOrderById(Long serviceDayId, BookingStatus status);

}
