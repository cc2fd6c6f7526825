package id.kanim.drivethru.staff.web;

import id.kanim.drivethru.staff.StaffAccounts;
import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.staff.StaffUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff change their own password: the current one first, then a new one that is long enough. */
@Controller
class PasswordController {

	private final StaffAccounts accounts;

	PasswordController(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/staff/password")
	String form(@AuthenticationPrincipal StaffUser user, Model model) {
		model.addAttribute("form", new PasswordForm());
		return show(user, model);
	}

	@PostMapping("/staff/password")
	String change(@AuthenticationPrincipal StaffUser user, @ModelAttribute("form") PasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (form.getNewPassword() == null || !form.getNewPassword().equals(form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "staff.password.error.mismatch");
		}
		else {
			var oneTime = accounts.state(user).mustChangePassword();
			switch (accounts.changePassword(user.accountId(), form.getCurrentPassword(), form.getNewPassword())) {
				case CHANGED -> {
					redirect.addFlashAttribute("notice", "staff.password.changed");
					if (oneTime) {
						// A new account's first step is done: on to the work, not back to the password form.
						redirect.addFlashAttribute("done", "staff.password.changed");
						return "redirect:" + startPage(user);
					}
					return "redirect:/staff/password";
				}
				case WRONG_CURRENT -> result.rejectValue("currentPassword", "staff.password.error.current");
				case TOO_SHORT -> result.rejectValue("newPassword", "staff.password.error.short",
						new Object[] { accounts.passwordMinLength() }, null);
				case SAME_AS_USERNAME -> result.rejectValue("newPassword", "staff.password.error.username");
				case SAME_AS_CURRENT -> result.rejectValue("newPassword", "staff.password.error.same");
			}
		}
		// Password inputs are rendered without their value (Thymeleaf's password field), so nothing typed
		// comes back into the page.
		return show(user, model);
	}

	/** Where a new account starts: supervisors on their planning page, administrators on the offices, officers at the loket. */
	static String startPage(StaffUser user) {
		if (user.has(StaffRole.SUPERVISOR)) {
			return "/staff/kuota";
		}
		if (user.has(StaffRole.ADMIN)) {
			return "/staff/admin/kantor";
		}
		return "/staff/loket";
	}

	private String show(StaffUser user, Model model) {
		model.addAttribute("minLength", accounts.passwordMinLength());
		model.addAttribute("mustChange", accounts.state(user).mustChangePassword());
		return "staff/password";
	}

}
