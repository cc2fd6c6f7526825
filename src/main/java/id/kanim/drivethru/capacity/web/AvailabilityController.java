package id.kanim.drivethru.capacity.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import id.kanim.drivethru.capacity.PublishedAvailability;
import id.kanim.drivethru.office.Offices;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The office's page: its details and the days and times that can still be booked. */
@Controller
class AvailabilityController {

	private final Offices offices;

	private final PublishedAvailability availability;

	private final MessageSource messages;

	AvailabilityController(Offices offices, PublishedAvailability availability, MessageSource messages) {
		this.offices = offices;
		this.availability = availability;
		this.messages = messages;
	}

	@GetMapping("/kantor/{office}")
	String availability(@PathVariable String office, Locale locale, HttpServletRequest request, Model model) {
		var settings = offices.byCode(office);
		model.addAttribute("office", settings);
		model.addAttribute("page", OfficePage.of(settings, availability.between(settings, null, null),
				request.getContextPath(), locale, messages));
		return "capacity/availability";
	}

}
