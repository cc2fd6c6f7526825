package id.kanim.drivethru.staff.web;

import java.util.function.Supplier;

import jakarta.validation.Valid;

import id.kanim.drivethru.office.OfficeSettings;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.staff.StaffChangeRefusedException;
import id.kanim.drivethru.staff.StaffManagement;
import id.kanim.drivethru.staff.StaffManagement.NewAccount;
import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.staff.StaffUser;
import id.kanim.drivethru.staff.UsernameTakenException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff of one office: a supervisor sees and changes their own office's accounts, an administrator any
 * office's (chosen with {@code ?office=}). Which office an account belongs to is always read from the
 * database, never from the form, and {@link StaffManagement} refuses accounts of other offices.
 */
@Controller
@RequestMapping("/staff/petugas")
class StaffController {

	private static final int CHANGES_SHOWN = 50;

	private final StaffManagement staff;

	private final Offices offices;

	StaffController(StaffManagement staff, Offices offices) {
		this.staff = staff;
		this.offices = offices;
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String office,
			Model model) {
		model.addAttribute("form", new NewStaffForm());
		return page(user, officeFor(user, office), model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String office,
			@Valid @ModelAttribute("form") NewStaffForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var settings = officeFor(user, office);
		if (!result.hasErrors()) {
			try {
				var created = staff.create(user, settings.id(), form.getUsername(), form.getDisplayName(),
						StaffRole.valueOf(form.getRole()));
				showOnce(redirect, created, "staff.manage.done.created");
				return back(settings);
			}
			catch (UsernameTakenException ex) {
				result.rejectValue("username", "staff.manage.form.username.taken");
			}
		}
		return page(user, settings, model);
	}

	/**
	 * Disabling and role changes are confirmed on a page of their own first (works without JavaScript): one
	 * click in a long table, perhaps on one's own row, must not lock somebody out. A POST without
	 * {@code confirmed} only leads to that page.
	 */
	@GetMapping("/{id}/disable")
	String confirmDisable(@AuthenticationPrincipal StaffUser user, @PathVariable long id, Model model) {
		return confirm(user, id, "disable", null, model);
	}

	@PostMapping("/{id}/disable")
	String disable(@AuthenticationPrincipal StaffUser user, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
		if (!confirmed) {
			return "redirect:/staff/petugas/" + id + "/disable";
		}
		return change(redirect, "staff.manage.done.disabled", () -> staff.disable(user, id).getOfficeId());
	}

	@PostMapping("/{id}/enable")
	String enable(@AuthenticationPrincipal StaffUser user, @PathVariable long id, RedirectAttributes redirect) {
		return change(redirect, "staff.manage.done.enabled", () -> staff.enable(user, id).getOfficeId());
	}

	@GetMapping("/{id}/role")
	String confirmRole(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @RequestParam String role,
			Model model) {
		return confirm(user, id, "role", workRole(role), model);
	}

	@PostMapping("/{id}/role")
	String role(@AuthenticationPrincipal StaffUser user, @PathVariable long id, @RequestParam String role,
			@RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
		var chosen = workRole(role);
		if (!confirmed) {
			return "redirect:/staff/petugas/" + id + "/role?role=" + chosen.name();
		}
		return change(redirect, "staff.manage.done.role", () -> staff.changeRole(user, id, chosen).getOfficeId());
	}

	private static StaffRole workRole(String role) {
		return switch (role) {
			case "OFFICER" -> StaffRole.OFFICER;
			case "SUPERVISOR" -> StaffRole.SUPERVISOR;
			default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		};
	}

	/** The confirmation page: whose account, what changes, and what it means when it is one's own. */
	private String confirm(StaffUser user, long id, String action, StaffRole role, Model model) {
		var account = staff.account(user, id);
		model.addAttribute("account", account);
		model.addAttribute("action", action);
		model.addAttribute("role", role);
		model.addAttribute("own", account.getId().equals(user.accountId()));
		model.addAttribute("office", offices.byId(account.getOfficeId()));
		return "staff/confirm";
	}

	@PostMapping("/{id}/reset-password")
	String reset(@AuthenticationPrincipal StaffUser user, @PathVariable long id, RedirectAttributes redirect) {
		return change(redirect, "staff.manage.done.reset", () -> {
			var reset = staff.resetPassword(user, id);
			showOnce(redirect, reset, "staff.manage.done.reset");
			return reset.account().getOfficeId();
		});
	}

	/**
	 * Runs one change and goes back to the list of the account's office, saying what happened or why
	 * nothing did. An account of another office never gets this far: it is a 404.
	 */
	private String change(RedirectAttributes redirect, String doneKey, Supplier<Long> action) {
		try {
			var officeId = action.get();
			if (!redirect.getFlashAttributes().containsKey("done")) {
				redirect.addFlashAttribute("done", doneKey);
			}
			return back(offices.byId(officeId));
		}
		catch (StaffChangeRefusedException ex) {
			redirect.addFlashAttribute("refused", ex.getMessageKey());
			return ex.getOfficeId() == null ? "redirect:/staff/petugas" : back(offices.byId(ex.getOfficeId()));
		}
	}

	/** The one-time password goes into a flash attribute: shown on the next page only, never again. */
	private static void showOnce(RedirectAttributes redirect, NewAccount account, String doneKey) {
		redirect.addFlashAttribute("done", doneKey);
		redirect.addFlashAttribute("oneTimeUsername", account.account().getUsername());
		redirect.addFlashAttribute("oneTimePassword", account.oneTimePassword());
	}

	private static String back(OfficeSettings office) {
		return "redirect:/staff/petugas?office=" + office.code();
	}

	private String page(StaffUser user, OfficeSettings office, Model model) {
		model.addAttribute("office", office);
		model.addAttribute("accounts", staff.ofOffice(user, office.id()));
		model.addAttribute("changes", staff.changes(user, office.id(), CHANGES_SHOWN));
		model.addAttribute("admin", user.has(StaffRole.ADMIN));
		model.addAttribute("me", user.accountId());
		if (user.has(StaffRole.ADMIN)) {
			model.addAttribute("offices", offices.all());
		}
		return "staff/petugas";
	}

	/**
	 * The office asked for: an administrator may name any office; anyone else only their own, and naming
	 * another is answered as if it did not exist.
	 */
	private OfficeSettings officeFor(StaffUser user, String code) {
		var own = offices.byId(user.officeId());
		if (code == null || code.isBlank() || code.equals(own.code())) {
			return own;
		}
		if (user.has(StaffRole.ADMIN)) {
			return offices.byCode(code);
		}
		throw new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
