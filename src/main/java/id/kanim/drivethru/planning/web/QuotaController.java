package id.kanim.drivethru.planning.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;

import id.kanim.drivethru.capacity.Availability;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.office.OfficeSettings;
import id.kanim.drivethru.planning.PlanningRefusedException;
import id.kanim.drivethru.planning.QuotaPlanning;
import id.kanim.drivethru.readiness.ReadyList;
import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.staff.OfficeScope;
import id.kanim.drivethru.staff.StaffUser;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisor's quota and calendar page. A supervisor always works on their own office; only an
 * administrator may name another one (the {@code office} parameter is ignored for everybody else).
 */
@Controller
@RequestMapping("/staff/kuota")
class QuotaController {

	private final OfficeScope scope;

	/** How far ahead the calendar on the page reaches. */
	static final int CALENDAR_DAYS = 60;

	private final Offices offices;

	private final QuotaPlanning planning;

	private final Availability availability;

	private final ReadyList readyList;

	private final Clock clock;

	QuotaController(Offices offices, QuotaPlanning planning, Availability availability, ReadyList readyList,
			Clock clock, OfficeScope scope) {
		this.scope = scope;
		this.offices = offices;
		this.planning = planning;
		this.availability = availability;
		this.readyList = readyList;
		this.clock = clock;
	}

	@GetMapping
	String page(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String office, Model model) {
		var settings = officeFor(user, office);
		if (!model.containsAttribute("defaults")) {
			model.addAttribute("defaults", DefaultsForm.of(settings));
		}
		if (!model.containsAttribute("change")) {
			var change = new DayChangeForm();
			change.setFrom(settings.firstBookableDate(clock));
			change.setAction(DayChangeForm.Action.QUOTA);
			model.addAttribute("change", change);
		}
		return show(user, settings, model);
	}

	@PostMapping("/standar")
	String changeDefaults(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String office,
			@Valid @ModelAttribute("defaults") DefaultsForm defaults, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var settings = officeFor(user, office);
		if (result.hasErrors()) {
			model.addAttribute("change", emptyChange(settings));
			return show(user, settings, model);
		}
		try {
			var changed = planning.changeDefaults(settings.code(), defaults.getName().strip(),
					defaults.getAddress().strip(), defaults.toDefaults(), user.getUsername());
			if (!changed.daysWithOldSlots().isEmpty()) {
				redirect.addFlashAttribute("daysWithOldSlots", changed.daysWithOldSlots());
			}
		}
		catch (PlanningRefusedException ex) {
			model.addAttribute("change", emptyChange(settings));
			model.addAttribute("refusal", ex);
			return show(user, settings, model);
		}
		redirect.addFlashAttribute("done", "planning.done.defaults");
		return redirectTo(user, settings);
	}

	@PostMapping("/hari")
	String changeDays(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String office,
			@Valid @ModelAttribute("change") DayChangeForm change, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var settings = officeFor(user, office);
		if (result.hasErrors()) {
			model.addAttribute("defaults", DefaultsForm.of(settings));
			return show(user, settings, model);
		}
		var actor = user.getUsername();
		try {
			switch (change.getAction()) {
				case QUOTA -> planning.setQuota(settings.code(), change.getFrom(), change.effectiveTo(),
						change.getQuota(), actor);
				case MOTORCYCLE_QUOTA -> planning.setMotorcycleQuota(settings.code(), change.getFrom(),
						change.effectiveTo(), change.getQuota(), actor);
				case SLOT_CAPACITY -> planning.setSlotCapacity(settings.code(), change.getFrom(),
						change.effectiveTo(), change.getSlotStart(), change.getCapacity(), actor);
				case CLOSE -> redirect.addFlashAttribute("cancelled", planning.close(settings.code(),
						change.getFrom(), change.effectiveTo(), change.getReason().strip(), change.isCancelBookings(),
						actor));
				case REOPEN -> planning.reopen(settings.code(), change.getFrom(), change.effectiveTo(), actor);
			}
		}
		catch (PlanningRefusedException ex) {
			model.addAttribute("defaults", DefaultsForm.of(settings));
			model.addAttribute("refusal", ex);
			return show(user, settings, model);
		}
		redirect.addFlashAttribute("done", "planning.done." + change.getAction().name().toLowerCase());
		return redirectTo(user, settings);
	}

	@PostMapping("/paspor-siap")
	String uploadReadyList(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String office,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
		var settings = officeFor(user, office);
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("uploadProblems", List.of(new ReadyList.LineProblem(0, "empty", "")));
			return redirectTo(user, settings);
		}
		var result = readyList.upload(settings.code(), new String(file.getBytes(), StandardCharsets.UTF_8),
				user.getUsername());
		if (result.accepted()) {
			redirect.addFlashAttribute("uploaded", result.merged());
		}
		else {
			redirect.addFlashAttribute("uploadProblems", result.problems());
		}
		return redirectTo(user, settings);
	}

	private String show(StaffUser user, OfficeSettings office, Model model) {
		var today = office.today(clock);
		model.addAttribute("office", office);
		model.addAttribute("admin", user.has(StaffRole.ADMIN));
		model.addAttribute("offices", user.has(StaffRole.ADMIN) ? offices.all() : List.of(office));
		model.addAttribute("calendar", availability.calendar(office, today, today.plusDays(CALENDAR_DAYS)));
		model.addAttribute("changes", planning.recentChanges(office.code(), 50));
		model.addAttribute("weekdays", Arrays.stream(DayOfWeek.values())
			.map(d -> new WeekdayOption(d, d.getDisplayName(TextStyle.FULL, LocaleContextHolder.getLocale())))
			.toList());
		model.addAttribute("slotTimes", office.slotTimes());
		model.addAttribute("readyListSize", readyList.size(office.code()));
		return "planning/quota";
	}

	/** A weekday checkbox: its value and its name in the reader's language. */
	record WeekdayOption(DayOfWeek day, String name) {
	}

	private DayChangeForm emptyChange(OfficeSettings office) {
		var change = new DayChangeForm();
		change.setFrom(office.firstBookableDate(clock));
		change.setAction(DayChangeForm.Action.QUOTA);
		return change;
	}

	private OfficeSettings officeFor(StaffUser user, String code) {
		return scope.officeFor(user, code);
	}

	private static String redirectTo(StaffUser user, OfficeSettings office) {
		return "redirect:/staff/kuota" + (user.has(StaffRole.ADMIN) ? "?office=" + office.code() : "");
	}

}
