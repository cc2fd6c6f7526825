package id.kanim.drivethru.booking;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BookingRepository extends JpaRepository<Booking, Long> {

	Optional<Booking> findByCode(String code);

	Optional<Booking> findByOfficeIdAndIdempotencyKey(Long officeId, String idempotencyKey);

	Optional<Booking> findFirstByApplicationNumberAndStatusIn(String applicationNumber,
			java.util.Collection<BookingStatus> statuses);

	List<Booking> findByOfficeIdAndServiceDateOrderBySlotStartAscIdAsc(Long officeId, java.time.LocalDate date);

	List<Booking> findByOfficeIdAndServiceDateAndPlateNumberOrderBySlotStartAsc(Long officeId,
			java.time.LocalDate date, String plateNumber);

	@Query("""
			select new id.kanim.drivethru.booking.Bookings$Upcoming(b.id, b.serviceDate) from Booking b
			where b.officeId = :office and b.status = :status and b.serviceDate > :after and b.serviceDate <= :until
			order by b.id""")
	List<Bookings.Upcoming> findUpcoming(@Param("office") Long officeId, @Param("status") BookingStatus status,
			@Param("after") java.time.LocalDate after, @Param("until") java.time.LocalDate until);

	List<Booking> findByServiceDayIdAndStatusOrderById(Long serviceDayId, BookingStatus status);

	/** The day's bookings in one status, locked in id order until the end of the transaction. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select b from Booking b where b.serviceDayId = :day and b.status = :status order by b.id")
	List<Booking> lockByServiceDayIdAndStatus(@Param("day") Long serviceDayId, @Param("status") BookingStatus status);

	/**
	 * The booking, locked until the end of the transaction: two cancellations (or a cancellation and a
	 * reschedule) of the same booking run one after the other, so a place is never released twice.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select b from Booking b where b.code = :code")
	Optional<Booking> lockByCode(@Param("code") String code);

}
