package id.kanim.drivethru.capacity.web;

import java.time.Clock;

import id.kanim.drivethru.capacity.Availability;
import id.kanim.drivethru.office.Offices;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The office's page: its details and the days and times that can still be booked. */
@Controller
class AvailabilityController {

	private final Offices offices;

	private final Availability availability;

	private final Clock clock;

	AvailabilityController(Offices offices, Availability availability, Clock clock) {
		this.offices = offices;
		this.availability = availability;
		this.clock = clock;
	}

	@GetMapping("/kantor/{office}")
	String availability(@PathVariable String office, Model model) {
		var settings = offices.byCode(office);
		model.addAttribute("office", settings);
		model.addAttribute("days", availability.between(settings, null, null));
		model.addAttribute("firstDate", settings.firstBookableDate(clock));
		model.addAttribute("lastDate", settings.lastBookableDate(clock));
		return "capacity/availability";
	}

}
