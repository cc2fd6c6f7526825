package id.kanim.drivethru.capacity.web;

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

	AvailabilityController(Offices offices, Availability availability) {
		this.offices = offices;
		this.availability = availability;
	}

	@GetMapping("/kantor/{office}")
	String availability(@PathVariable String office, Model model) {
		var settings = offices.byCode(office);
		model.addAttribute("office", settings);
		model.addAttribute("days", availability.between(settings, null, null));
		return "capacity/availability";
	}

}
