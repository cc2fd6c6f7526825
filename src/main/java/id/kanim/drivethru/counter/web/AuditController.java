package id.kanim.drivethru.counter.web;

import id.kanim.drivethru.counter.CounterService;
import id.kanim.drivethru.staff.StaffUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A booking's audit log, for supervisors (the URL rule in SecurityConfiguration keeps officers out). */
@Controller
class AuditController {

	private final CounterService loket;

	AuditController(CounterService loket) {
		this.loket = loket;
	}

	@GetMapping("/staff/audit/{code}")
	String audit(@AuthenticationPrincipal StaffUser user, @PathVariable String code, Model model) {
		var trail = loket.audit(user, code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("trail", trail);
		return "counter/audit";
	}

}
