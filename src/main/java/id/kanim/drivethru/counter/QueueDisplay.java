package id.kanim.drivethru.counter;

import java.time.Clock;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Comparator;

import id.kanim.drivethru.booking.Booking;
import id.kanim.drivethru.booking.Bookings;
import id.kanim.drivethru.booking.BookingStatus;
import id.kanim.drivethru.booking.VehicleType;
import id.kanim.drivethru.office.OfficeSettings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the public queue board of an office from today's arrived cars. */
@Service
@Transactional(readOnly = true)
public class QueueDisplay {

	/** Enough to fill a TV screen in large type; more would be too small to read from a car. */
	static final int NEXT_PER_LANE = 5;

	static final int CALLED_SHOWN = 4;

	private final Bookings bookings;

	private final Clock clock;

	QueueDisplay(Bookings bookings, Clock clock) {
		this.bookings = bookings;
		this.clock = clock;
	}

	public QueueBoard board(OfficeSettings office) {
		var day = bookings.ofDay(office.id(), office.today(clock));
		var called = day.stream()
			.filter(b -> b.getStatus() == BookingStatus.ARRIVED && b.getCalledAt() != null)
			.sorted(Comparator.comparing(Booking::getCalledAt).reversed())
			.limit(CALLED_SHOWN)
			.map(b -> new QueueBoard.CalledCar(b.getPlateNumber(), b.getVehicleType(), b.getWindowNumber(),
					b.getCalledAt().toEpochMilli()))
			.toList();
		var lanes = Arrays.stream(VehicleType.values())
			.map(lane -> new QueueBoard.Lane(lane, CounterService.waiting(day, lane).stream()
				.limit(NEXT_PER_LANE)
				.map(Booking::getPlateNumber)
				.toList()))
			.toList();
		// The office's clock, not the TV's: a screen's own clock and zone are often wrong.
		var time = LocalTime.now(clock.withZone(office.zone())).withSecond(0).withNano(0);
		return new QueueBoard(office.name(), time, called, lanes);
	}

}
