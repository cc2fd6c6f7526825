package id.kanim.drivethru.counter.web;

import id.kanim.drivethru.counter.OwnerCancellation;
import id.kanim.drivethru.counter.StepRefusedException;
import id.kanim.drivethru.staff.StaffUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Supervisors (the {@code /staff/audit/**} pages are theirs): find the booking an application number holds on
 * any day, and cancel it for its rightful owner with a reason, see {@link OwnerCancellation}.
 */
@Controller
class OwnerCancelController {

	private final OwnerCancellation cancellation;

	OwnerCancelController(OwnerCancellation cancellation) {
		this.cancellation = cancellation;
	}

	@GetMapping("/staff/audit")
	String find(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String applicationNumber,
			Model model) {
		if (applicationNumber != null && !applicationNumber.isBlank()) {
			var code = cancellation.find(user, applicationNumber);
			if (code.isPresent()) {
				return "redirect:/staff/audit/" + code.get().value();
			}
			model.addAttribute("notFound", true);
		}
		model.addAttribute("applicationNumber", applicationNumber);
		return "counter/owner-search";
	}

	@PostMapping("/staff/audit/{code}/batal")
	String cancel(@AuthenticationPrincipal StaffUser user, @PathVariable String code,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			cancellation.cancel(user, code, reason);
			redirect.addFlashAttribute("ownerCancelled", true);
		}
		catch (StepRefusedException ex) {
			redirect.addFlashAttribute("ownerCancelRefused", ex.getMessageKey());
		}
		return "redirect:/staff/audit/" + code;
	}

}
