package id.kanim.drivethru.capacity.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import id.kanim.drivethru.capacity.DayAvailability;
import id.kanim.drivethru.capacity.PublishedAvailability;
import id.kanim.drivethru.office.OfficeSettings;
import id.kanim.drivethru.office.Offices;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The office's page: its details and the days and times that can still be booked.
 * <p>
 * The days list (up to 30 days x 12 slot cells) is the page's whole cost; the template engine's per-element
 * work alone kept it far below what the rest of the stack serves (bench/RESULTS.md). It is rendered once per
 * office, language and answer of {@link PublishedAvailability} and kept as long as that answer may be shown
 * (a second): the key holds the answer itself, so a changed count is a new key and is rendered at once.
 */
@Controller
class AvailabilityController {

	private final Offices offices;

	private final PublishedAvailability availability;

	private final MessageSource messages;

	private final ITemplateEngine templates;

	/** About 40 KB each: one per office and language, with room. */
	private final Cache<Key, Rendered> rendered = Caffeine.newBuilder()
		.maximumSize(300)
		.expireAfterWrite(Duration.ofSeconds(1))
		.build();

	AvailabilityController(Offices offices, PublishedAvailability availability, MessageSource messages,
			ITemplateEngine templates) {
		this.offices = offices;
		this.availability = availability;
		this.messages = messages;
		this.templates = templates;
	}

	@GetMapping("/kantor/{office}")
	String availability(@PathVariable String office, @RequestParam(name = "hari", required = false) String day,
			Locale locale, HttpServletRequest request, Model model) {
		var settings = offices.byCode(office);
		var days = availability.between(settings, null, null);
		// Only a bookable day of the answer can be chosen, so the cache holds at most one page per day.
		var chosen = days.stream().map(DayAvailability::date).filter(d -> d.toString().equals(day)).findFirst()
			.orElse(null);
		var page = rendered.get(new Key(settings, locale, request.getContextPath(), days, chosen), key -> {
			var officePage = OfficePage.of(settings, days, key.contextPath(), locale, messages, chosen);
			return new Rendered(officePage,
					templates.process("capacity/availability-days", new Context(locale, Map.of("page", officePage))));
		});
		model.addAttribute("office", settings);
		model.addAttribute("page", page.page());
		model.addAttribute("daysHtml", page.daysHtml());
		// The whole page is kept with what it was rendered from and served again while that is current.
		KeptOfficePages.rendered(request, new KeptOfficePages.Source(settings, days));
		return "capacity/availability";
	}

	private record Key(OfficeSettings office, Locale locale, String contextPath, List<DayAvailability> days,
			java.time.LocalDate chosen) {
	}

	private record Rendered(OfficePage page, String daysHtml) {
	}

}
