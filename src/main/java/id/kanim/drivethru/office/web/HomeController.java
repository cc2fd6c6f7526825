package id.kanim.drivethru.office.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import id.kanim.drivethru.office.Offices;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The start page: the offices to book at first (with a search), then who may use it, the steps and what to bring. */
@Controller
class HomeController {

	private final Offices offices;

	HomeController(Offices offices) {
		this.offices = offices;
	}

	/**
	 * With {@code ?cari=} the list holds only the offices whose name or address contains every word typed (a
	 * city, a province): a plain GET form, so the search works without JavaScript and its result can be shared.
	 */
	@GetMapping("/")
	String home(@RequestParam(name = "cari", required = false) String search, Model model) {
		var words = search == null ? List.<String>of()
				: Arrays.stream(search.toLowerCase(Locale.ROOT).split("[\\s,]+")).filter(w -> !w.isBlank()).toList();
		var found = offices.all().stream().filter(office -> {
			var text = (office.name() + " " + office.address()).toLowerCase(Locale.ROOT);
			return words.stream().allMatch(text::contains);
		}).toList();
		model.addAttribute("offices", found);
		model.addAttribute("search", words.isEmpty() ? null : search.strip());
		return "home";
	}

}
