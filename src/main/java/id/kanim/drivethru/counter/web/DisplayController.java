package id.kanim.drivethru.counter.web;

import id.kanim.drivethru.counter.QueueDisplay;
import id.kanim.drivethru.office.Offices;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public queue screen at the drive-thru. The page polls its board fragment with htmx every few seconds;
 * a failed poll (server restarting) leaves the board as it was and the next poll picks up again, and without
 * JavaScript the page reloads itself.
 */
@Controller
class DisplayController {

	/** Seconds between refreshes of the board. */
	static final int REFRESH_SECONDS = 3;

	private final Offices offices;

	private final QueueDisplay display;

	DisplayController(Offices offices, QueueDisplay display) {
		this.offices = offices;
		this.display = display;
	}

	@GetMapping("/display/{office}")
	String page(@PathVariable String office, Model model) {
		fill(office, model);
		return "counter/display";
	}

	@GetMapping("/display/{office}/board")
	String board(@PathVariable String office, Model model) {
		fill(office, model);
		return "counter/display :: board";
	}

	private void fill(String office, Model model) {
		var settings = offices.byCode(office);
		model.addAttribute("officeCode", settings.code());
		model.addAttribute("board", display.board(settings));
		model.addAttribute("refreshSeconds", REFRESH_SECONDS);
	}

}
