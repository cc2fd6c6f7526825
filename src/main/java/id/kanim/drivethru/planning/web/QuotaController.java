package id.kanim.drivethru.planning.web;

import java.time.Clock;
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
import org.springframework.web.util.UriComponentsBuilder;

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
		return show(user, settings, model);
	}

	/** One job's own small form (quota, motorcycle quota, slot capacity, close, reopen) for a date or range. */
	@GetMapping("/ubah/{job}")
	String job(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String office,
			@PathVariable String job, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model) {
		var settings = officeFor(user, office);
		var action = DayChangeForm.ofSlug(job).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var change = emptyChange(settings);
		change.setAction(action);
		parseDate(from).ifPresent(change::setFrom);
		parseDate(to).ifPresent(change::setTo);
		model.addAttribute("change", change);
		return showJob(user, settings, model);
	}

	/** The office settings in a form of their own. */
	@GetMapping("/pengaturan")
	String settings(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String office,
			Model model) {
		var settings = officeFor(user, office);
		model.addAttribute("defaults", DefaultsForm.of(settings));
		return showSettings(user, settings, model);
	}

	/** One day of the calendar: its numbers and slots, and the forms that change that day alone. */
	@GetMapping("/hari/{date}")
	String day(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String office,
			@PathVariable String date, Model model) {
		var settings = officeFor(user, office);
		var day = parseDate(date).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var change = emptyChange(settings);
		change.setFrom(day);
		return showDay(user, settings, day, change, model);
	}

	@PostMapping("/standar")
	String changeDefaults(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String office,
			@Valid @ModelAttribute("defaults") DefaultsForm defaults, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var settings = officeFor(user, office);
		defaults.rejectHoursWithoutASlot(result);
		if (result.hasErrors()) {
			return showSettings(user, settings, model);
		}
		try {
			var changed = planning.changeDefaults(settings.code(), defaults.getName().strip(),
					defaults.getAddress().strip(), defaults.toDefaults(), user.getUsername());
			if (!changed.daysWithOldSlots().isEmpty()) {
				redirect.addFlashAttribute("daysWithOldSlots", changed.daysWithOldSlots());
			}
		}
		catch (PlanningRefusedException ex) {
			model.addAttribute("refusal", ex);
			return showSettings(user, settings, model);
		}
		redirect.addFlashAttribute("done", "planning.done.defaults");
		return redirectTo(user, settings);
	}

	@PostMapping("/hari")
	String changeDays(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String office,
			@RequestParam(required = false) boolean fromDayPage, @Valid @ModelAttribute("change") DayChangeForm change,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var settings = officeFor(user, office);
		change.rejectMissing(result);
		if (result.hasErrors()) {
			return fromDayPage && change.getFrom() != null ? showDay(user, settings, change.getFrom(), change, model)
					: showJob(user, settings, model);
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
			model.addAttribute("refusal", ex);
			return fromDayPage ? showDay(user, settings, change.getFrom(), change, model)
					: showJob(user, settings, model);
		}
		redirect.addFlashAttribute("done", "planning.done." + change.getAction().name().toLowerCase());
		if (fromDayPage) {
			return "redirect:" + UriComponentsBuilder.fromPath("/staff/kuota/hari/{date}")
				.queryParamIfPresent("office", java.util.Optional.ofNullable(user.has(StaffRole.ADMIN) ? settings.code() : null))
				.buildAndExpand(change.getFrom())
				.toUriString();
		}
		return redirectTo(user, settings);
	}

	private String show(StaffUser user, OfficeSettings office, Model model) {
		var today = office.today(clock);
		common(user, office, model);
		model.addAttribute("calendar", availability.calendar(office, today, today.plusDays(CALENDAR_DAYS)));
		model.addAttribute("changes", planning.recentChanges(office.code(), 50));
		model.addAttribute("readyListSize", readyList.size(office.code()));
		return "planning/quota";
	}

	private String showJob(StaffUser user, OfficeSettings office, Model model) {
		common(user, office, model);
		model.addAttribute("slotTimes", office.slotTimes());
		return "planning/job";
	}

	private String showSettings(StaffUser user, OfficeSettings office, Model model) {
		common(user, office, model);
		return "planning/settings";
	}

	private String showDay(StaffUser user, OfficeSettings office, java.time.LocalDate date, DayChangeForm change,
			Model model) {
		common(user, office, model);
		model.addAttribute("date", date);
		model.addAttribute("day", availability.calendar(office, date, date).stream().findFirst().orElse(null));
		model.addAttribute("slotTimes", office.slotTimes());
		model.addAttribute("pastDay", date.isBefore(office.today(clock)));
		model.addAttribute("change", change);
		return "planning/day";
	}

	private void common(StaffUser user, OfficeSettings office, Model model) {
		model.addAttribute("office", office);
		model.addAttribute("admin", user.has(StaffRole.ADMIN));
		model.addAttribute("offices", user.has(StaffRole.ADMIN) ? offices.all() : List.of(office));
		model.addAttribute("jobs", DayChangeForm.Action.values());
	}

	private static java.util.Optional<java.time.LocalDate> parseDate(String text) {
		if (text == null || text.isBlank()) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(java.time.LocalDate.parse(text.strip()));
		}
		catch (java.time.format.DateTimeParseException ex) {
			return java.util.Optional.empty();
		}
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
