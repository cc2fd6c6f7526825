package id.kanim.drivethru.office.web;

import id.kanim.drivethru.office.Offices;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what drive-thru pickup is, who may use it, the steps and what to bring. */
@Controller
class HomeController {

	private final Offices offices;

	HomeController(Offices offices) {
		this.offices = offices;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("offices", offices.all());
		return "home";
	}

}
