package id.kanim.drivethru.notification.web;

import java.util.List;

import id.kanim.drivethru.messaging.Outbox;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.staff.OfficeScope;
import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.staff.StaffUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Supervisors see the messages to their office's applicants that the outbox gave up on, so someone can
 * tell those applicants another way (officers get 403: see SecurityConfiguration).
 */
@Controller
class UndeliveredMessagesController {

	/** The newest this many: the page is a to-do list, and retention removes old ones. */
	static final int SHOWN = 200;

	private final OfficeScope scope;

	private final Offices offices;

	private final Outbox outbox;

	UndeliveredMessagesController(OfficeScope scope, Offices offices, Outbox outbox) {
		this.scope = scope;
		this.offices = offices;
		this.outbox = outbox;
	}

	@GetMapping("/staff/pesan")
	String undelivered(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String office,
			Model model) {
		var settings = scope.officeFor(user, office);
		model.addAttribute("office", settings);
		model.addAttribute("offices", user.has(StaffRole.ADMIN) ? offices.all() : List.of(settings));
		model.addAttribute("admin", user.has(StaffRole.ADMIN));
		model.addAttribute("messages", outbox.undelivered(settings.id(), SHOWN));
		return "notification/undelivered";
	}

}
