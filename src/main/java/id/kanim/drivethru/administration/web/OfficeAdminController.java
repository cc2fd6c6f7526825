package id.kanim.drivethru.administration.web;


import jakarta.validation.Valid;

import id.kanim.drivethru.administration.OfficeOnboarding;
import id.kanim.drivethru.office.DuplicateOfficeException;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.staff.StaffUser;
import id.kanim.drivethru.staff.UsernameTakenException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's list of offices and the form that adds one with its first supervisor (ADMIN only). */
@Controller
@RequestMapping("/staff/admin/kantor")
class OfficeAdminController {

	private final Offices offices;

	private final OfficeOnboarding onboarding;

	OfficeAdminController(Offices offices, OfficeOnboarding onboarding) {
		this.offices = offices;
		this.onboarding = onboarding;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("officeForm", new NewOfficeForm());
		return page(model);
	}

	@PostMapping
	String add(@AuthenticationPrincipal StaffUser admin, @Valid @ModelAttribute("officeForm") NewOfficeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		form.rejectHoursWithoutASlot(result);
		if (result.hasErrors()) {
			return page(model);
		}
		try {
			var opened = onboarding.open(admin, form.toNewOffice(), form.getSupervisorUsername(),
					form.getSupervisorName());
			redirect.addFlashAttribute("openedOffice", opened.office().name());
			redirect.addFlashAttribute("openedCode", opened.office().code());
			redirect.addFlashAttribute("oneTimeUsername", opened.supervisor().account().getUsername());
			redirect.addFlashAttribute("oneTimePassword", opened.supervisor().oneTimePassword());
			return "redirect:/staff/admin/kantor";
		}
		catch (DuplicateOfficeException | DataIntegrityViolationException ex) {
			// The check before the insert, or the unique constraint when another administrator was quicker.
			result.rejectValue("code", "admin.office.form.code.taken");
		}
		catch (UsernameTakenException ex) {
			result.rejectValue("supervisorUsername", "staff.manage.form.username.taken");
		}
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("offices", offices.all());
		model.addAttribute("zones", NewOfficeForm.ZONES);
		return "admin/kantor";
	}

}
