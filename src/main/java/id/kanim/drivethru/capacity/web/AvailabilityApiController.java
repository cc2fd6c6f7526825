package id.kanim.drivethru.capacity.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

import id.kanim.drivethru.capacity.PublishedAvailability;
import id.kanim.drivethru.capacity.DayAvailability;
import id.kanim.drivethru.capacity.DayStatus;
import id.kanim.drivethru.office.Offices;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AvailabilityApiController {

	private final Offices offices;

	private final PublishedAvailability availability;

	AvailabilityApiController(Offices offices, PublishedAvailability availability) {
		this.offices = offices;
		this.availability = availability;
	}

	/** The bookable days between {@code from} and {@code to}, both optional and clipped to the horizon. */
	@GetMapping("/api/v1/offices/{office}/availability")
	List<Day> availability(@PathVariable String office,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return availability.between(offices.byCode(office), from, to).stream().map(Day::from).toList();
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Day(LocalDate date, DayStatus status, int quota, int booked, int remaining, String closedReason,
			List<Slot> slots, Integer motorcycleQuota, Integer motorcycleRemaining) {

		static Day from(DayAvailability day) {
			return new Day(day.date(), day.status(), day.quota(), day.booked(), day.remaining(),
					day.closedReason(LocaleContextHolder.getLocale()), day.slots().stream().map(Slot::from).toList(),
					day.motorcycleQuota(), day.motorcycleRemaining());
		}

	}

	record Slot(@JsonFormat(pattern = "HH:mm") LocalTime start, @JsonFormat(pattern = "HH:mm") LocalTime end,
			int capacity, int remaining) {

		static Slot from(DayAvailability.SlotAvailability slot) {
			return new Slot(slot.start(), slot.end(), slot.capacity(), slot.remaining());
		}

	}

}
