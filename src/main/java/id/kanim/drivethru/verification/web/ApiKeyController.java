package id.kanim.drivethru.verification.web;

import java.util.LinkedHashSet;
import java.util.List;

import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.office.UnknownOfficeException;
import id.kanim.drivethru.staff.StaffUser;
import id.kanim.drivethru.verification.ApiKeys;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators (the {@code /staff/admin/**} pages are theirs) issue integrator keys for named offices and
 * revoke them. A new key is shown once, on the page the issue redirects to, and never again.
 */
@Controller
@RequestMapping("/staff/admin/kunci-api")
class ApiKeyController {

	private final ApiKeys apiKeys;

	private final Offices offices;

	ApiKeyController(ApiKeys apiKeys, Offices offices) {
		this.apiKeys = apiKeys;
		this.offices = offices;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("keys", apiKeys.all());
		model.addAttribute("offices", offices.all());
		return "verification/api-keys";
	}

	@PostMapping
	String issue(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String name,
			@RequestParam(name = "office", required = false) List<String> officeCodes, RedirectAttributes redirect) {
		if (name == null || name.isBlank() || name.length() > 100 || officeCodes == null || officeCodes.isEmpty()) {
			redirect.addFlashAttribute("refused", "apikey.refused.incomplete");
			return "redirect:/staff/admin/kunci-api";
		}
		try {
			var issued = apiKeys.issue(name, new LinkedHashSet<>(officeCodes), user.getUsername());
			redirect.addFlashAttribute("issuedKey", issued.key());
			redirect.addFlashAttribute("issuedName", name.strip());
		}
		catch (UnknownOfficeException ex) {
			redirect.addFlashAttribute("refused", "apikey.refused.incomplete");
		}
		return "redirect:/staff/admin/kunci-api";
	}

	@PostMapping("/{id}/cabut")
	String revoke(@AuthenticationPrincipal StaffUser user, @PathVariable long id, RedirectAttributes redirect) {
		if (apiKeys.revoke(id, user.getUsername())) {
			redirect.addFlashAttribute("revoked", true);
		}
		return "redirect:/staff/admin/kunci-api";
	}

}
