package id.kanim.drivethru.verification.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import id.kanim.drivethru.office.OfficeSettings;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.office.UnknownOfficeException;
import id.kanim.drivethru.staff.StaffUser;
import id.kanim.drivethru.verification.ApiKeys;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
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
		model.addAttribute("keyForm", new ApiKeyForm());
		return page(model);
	}

	@PostMapping
	String issue(@AuthenticationPrincipal StaffUser user, @Valid @ModelAttribute("keyForm") ApiKeyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				var issued = apiKeys.issue(form.getName(), new LinkedHashSet<>(form.getOffice()), user.getUsername());
				redirect.addFlashAttribute("issuedKey", issued.key());
				redirect.addFlashAttribute("issuedName", form.getName().strip());
				return "redirect:/staff/admin/kunci-api";
			}
			catch (UnknownOfficeException ex) {
				result.rejectValue("office", "apikey.form.office.required");
			}
		}
		return page(model);
	}

	@PostMapping("/{id}/cabut")
	String revoke(@AuthenticationPrincipal StaffUser user, @PathVariable long id, RedirectAttributes redirect) {
		if (apiKeys.revoke(id, user.getUsername())) {
			redirect.addFlashAttribute("revoked", true);
		}
		return "redirect:/staff/admin/kunci-api";
	}

	private String page(Model model) {
		model.addAttribute("keys", apiKeys.all());
		model.addAttribute("offices", offices.all().stream()
			.collect(Collectors.toMap(OfficeSettings::code, OfficeSettings::name, (a, b) -> a, LinkedHashMap::new)));
		return "verification/api-keys";
	}

}
