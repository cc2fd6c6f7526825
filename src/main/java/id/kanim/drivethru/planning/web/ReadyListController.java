package id.kanim.drivethru.planning.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.validation.Valid;

import id.kanim.drivethru.office.OfficeSettings;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.readiness.ReadyList;
import id.kanim.drivethru.readiness.ReadyListChangeRefusedException;
import id.kanim.drivethru.staff.OfficeScope;
import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.staff.StaffUser;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The ready list of the supervisor's office: upload (CSV with {@code ;} or {@code ,}), search, and one page
 * per entry to correct or remove it. Supervisors only (by URL, in the security configuration), and always
 * of their own office: an entry of another office is simply not found.
 */
@Controller
@RequestMapping("/staff/kuota/paspor-siap")
class ReadyListController {

	private final OfficeScope scope;

	private final Offices offices;

	private final ReadyList readyList;

	ReadyListController(OfficeScope scope, Offices offices, ReadyList readyList) {
		this.scope = scope;
		this.offices = offices;
		this.readyList = readyList;
	}

	@GetMapping
	String list(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String office,
			@RequestParam(required = false) String q, Model model) {
		var settings = scope.officeFor(user, office);
		model.addAttribute("office", settings);
		model.addAttribute("admin", user.has(StaffRole.ADMIN));
		model.addAttribute("offices", user.has(StaffRole.ADMIN) ? offices.all() : List.of(settings));
		model.addAttribute("query", q == null ? "" : q.strip());
		model.addAttribute("entries", readyList.search(settings.code(), q));
		model.addAttribute("pageSize", ReadyList.PAGE_SIZE);
		model.addAttribute("readyListSize", readyList.size(settings.code()));
		return "planning/ready-list";
	}

	@PostMapping
	String upload(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String office,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
		var settings = scope.officeFor(user, office);
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("uploadProblems", List.of(new ReadyList.LineProblem(0, "empty", "")));
			return redirectToList(user, settings);
		}
		// A byte order mark decodes to U+FEFF, which the parser drops.
		var result = readyList.upload(settings.code(), new String(file.getBytes(), StandardCharsets.UTF_8),
				user.getUsername());
		redirect.addFlashAttribute("separator", result.separator());
		if (result.accepted()) {
			redirect.addFlashAttribute("uploaded", result.merged());
		}
		else {
			redirect.addFlashAttribute("uploadProblems", result.problems());
		}
		return redirectToList(user, settings);
	}

	@GetMapping("/{number}")
	String entry(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String office,
			@PathVariable String number, Model model) {
		var settings = scope.officeFor(user, office);
		var entry = readyList.find(settings.id(), number);
		if (entry.isEmpty()) {
			return notListed(user, settings, model);
		}
		if (!model.containsAttribute("entry")) {
			var form = new ReadyEntryForm();
			form.setApplicationNumber(entry.get().applicationNumber());
			form.setIssuedOn(entry.get().issuedOn());
			model.addAttribute("entry", form);
		}
		return showEntry(user, settings, entry.get().applicationNumber(), model);
	}

	@PostMapping("/{number}")
	String correct(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String office,
			@PathVariable String number, @Valid @ModelAttribute("entry") ReadyEntryForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		var settings = scope.officeFor(user, office);
		if (readyList.find(settings.id(), number).isEmpty()) {
			return notListed(user, settings, model);
		}
		if (result.hasErrors()) {
			return showEntry(user, settings, number, model);
		}
		try {
			readyList.correct(settings.code(), number, form.getApplicationNumber(), form.getIssuedOn(),
					user.getUsername());
		}
		catch (ReadyListChangeRefusedException ex) {
			result.rejectValue("applicationNumber", ex.reason().messageKey());
			return showEntry(user, settings, number, model);
		}
		redirect.addFlashAttribute("done", "ready.done.corrected");
		return redirectToList(user, settings);
	}

	@PostMapping("/{number}/hapus")
	String remove(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String office,
			@PathVariable String number, Model model, RedirectAttributes redirect) {
		var settings = scope.officeFor(user, office);
		try {
			readyList.remove(settings.code(), number, user.getUsername());
		}
		catch (ReadyListChangeRefusedException ex) {
			return notListed(user, settings, model);
		}
		redirect.addFlashAttribute("done", "ready.done.removed");
		return redirectToList(user, settings);
	}

	private String showEntry(StaffUser user, OfficeSettings office, String number, Model model) {
		model.addAttribute("office", office);
		model.addAttribute("admin", user.has(StaffRole.ADMIN));
		model.addAttribute("number", number);
		return "planning/ready-entry";
	}

	/** An entry that is not (or no longer) on this office's list: 404, as for any unknown page. */
	private static String notListed(StaffUser user, OfficeSettings office, Model model) {
		throw new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	private static String redirectToList(StaffUser user, OfficeSettings office) {
		var uri = UriComponentsBuilder.fromPath("/staff/kuota/paspor-siap");
		if (user.has(StaffRole.ADMIN)) {
			uri.queryParam("office", office.code());
		}
		return "redirect:" + uri.toUriString();
	}

}
