package id.kanim.drivethru.counter.web;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpSession;

import id.kanim.drivethru.booking.CollectorType;
import id.kanim.drivethru.counter.CounterAction;
import id.kanim.drivethru.counter.CounterSettings;
import id.kanim.drivethru.counter.Documents;
import id.kanim.drivethru.counter.CounterService;
import id.kanim.drivethru.counter.CounterService.SearchResult;
import id.kanim.drivethru.counter.StepRefusedException;
import id.kanim.drivethru.counter.StepRequest;
import id.kanim.drivethru.counter.TurnAwayReason;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.office.OfficeSettings;
import id.kanim.drivethru.staff.StaffRole;
import id.kanim.drivethru.staff.OfficeScope;
import id.kanim.drivethru.staff.StaffUser;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's one screen. Every step is a small POST form (works without JavaScript) followed by a
 * redirect back to the booking, with a message saying what happened or why nothing did. htmx, when present,
 * refreshes the list every few seconds from {@code /staff/loket/rows}.
 */
@Controller
@RequestMapping("/staff/loket")
class CounterController {

	private final OfficeScope scope;

	/** The window this officer calls cars to, kept for the session. */
	static final String WINDOW = "drivethru.loket.window";

	/** The documents to check, by collector type, for the list. */
	private static final Map<CollectorType, List<String>> DOCUMENTS = Arrays.stream(CollectorType.values())
		.collect(Collectors.toMap(c -> c, Documents::required, (a, b) -> a, () -> new EnumMap<>(CollectorType.class)));

	private final CounterService loket;

	private final Offices offices;

	private final CounterSettings settings;

	CounterController(CounterService loket, Offices offices, CounterSettings settings, OfficeScope scope) {
		this.scope = scope;
		this.loket = loket;
		this.offices = offices;
		this.settings = settings;
	}

	@GetMapping
	String today(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String office, Model model, HttpSession session) {
		var settingsOfOffice = officeFor(user, office);
		if (q != null && !q.isBlank()) {
			var result = loket.search(user, settingsOfOffice, q);
			if (result instanceof SearchResult.Found found) {
				return "redirect:/staff/loket/" + found.code().value();
			}
			model.addAttribute("query", q.strip());
			model.addAttribute("searchResult", result);
		}
		return page(user, settingsOfOffice, model, session);
	}

	@GetMapping("/rows")
	String rows(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String office,
			@RequestParam(required = false) String selected, Model model) {
		var settingsOfOffice = officeFor(user, office);
		model.addAttribute("office", settingsOfOffice);
		model.addAttribute("day", loket.today(settingsOfOffice));
		model.addAttribute("selectedCode", selected);
		model.addAttribute("documents", DOCUMENTS);
		return "counter/loket :: rows";
	}

	@GetMapping("/{code}")
	String booking(@AuthenticationPrincipal StaffUser user, @PathVariable String code, Model model,
			HttpSession session) {
		var opened = loket.open(user, code);
		if (opened.isEmpty()) {
			model.addAttribute("query", code);
			model.addAttribute("searchResult", new SearchResult.NotFound());
			return page(user, officeFor(user, null), model, session);
		}
		model.addAttribute("selected", opened.get());
		return page(user, loket.officeOf(user, code).orElseThrow(), model, session);
	}

	@PostMapping("/{code}/{step}")
	String step(@AuthenticationPrincipal StaffUser user, @PathVariable String code, @PathVariable String step,
			@RequestParam(defaultValue = "-1") long version, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String reasonText,
			@RequestParam(name = "document", required = false) Set<String> documents, HttpSession session,
			RedirectAttributes redirect) {
		var action = CounterAction.fromPath(step);
		if (action == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		var request = new StepRequest(action, version, window(session), turnAwayReason(reason, reasonText),
				documents == null ? Set.of() : documents);
		try {
			loket.act(user, code, request);
			redirect.addFlashAttribute("done", "loket.done." + action.path());
		}
		catch (StepRefusedException ex) {
			redirect.addFlashAttribute("refused", ex.getMessageKey());
			redirect.addFlashAttribute("refusedArgs", ex.getArguments());
		}
		catch (DataIntegrityViolationException ex) {
			// An undo back to an active state while the applicant already holds a newer booking.
			redirect.addFlashAttribute("refused", "loket.refused.conflict");
		}
		return "redirect:/staff/loket/" + code;
	}

	/**
	 * Records documents as checked without changing the booking's status: "semua dokumen lengkap" (one click,
	 * every document) or the ticked ones. A literal path, so it wins over {@code /{code}/{step}}.
	 */
	@PostMapping("/{code}/documents")
	String documents(@AuthenticationPrincipal StaffUser user, @PathVariable String code,
			@RequestParam(defaultValue = "false") boolean all,
			@RequestParam(name = "document", required = false) Set<String> documents, RedirectAttributes redirect) {
		try {
			loket.checkDocuments(user, code, documents, all);
			redirect.addFlashAttribute("done", "loket.done.documents");
		}
		catch (StepRefusedException ex) {
			redirect.addFlashAttribute("refused", ex.getMessageKey());
			redirect.addFlashAttribute("refusedArgs", ex.getArguments());
		}
		return "redirect:/staff/loket/" + code;
	}

	@PostMapping("/window")
	String chooseWindow(@RequestParam int window, @RequestParam(required = false) String back, HttpSession session) {
		if (window >= 1 && window <= settings.windows()) {
			session.setAttribute(WINDOW, window);
		}
		return "redirect:" + (back != null && back.matches("/staff/loket(/[0-9A-Za-z]{8})?") ? back : "/staff/loket");
	}

	private String page(StaffUser user, OfficeSettings office, Model model, HttpSession session) {
		model.addAttribute("office", office);
		model.addAttribute("currentWindow", window(session));
		model.addAttribute("documents", DOCUMENTS);
		model.addAttribute("day", loket.today(office));
		model.addAttribute("windows", IntStream.rangeClosed(1, settings.windows()).boxed().toList());
		model.addAttribute("turnAwayReasons", List.of(TurnAwayReason.values()));
		model.addAttribute("admin", user.has(StaffRole.ADMIN));
		model.addAttribute("supervisor", user.has(StaffRole.SUPERVISOR));
		if (user.has(StaffRole.ADMIN)) {
			model.addAttribute("offices", offices.all());
		}
		return "counter/loket";
	}

	private static String turnAwayReason(String reason, String text) {
		if (TurnAwayReason.OTHER.name().equals(reason) || reason == null || reason.isBlank()) {
			return text;
		}
		return reason;
	}

	private static Integer window(HttpSession session) {
		return session.getAttribute(WINDOW) instanceof Integer w ? w : 1;
	}

	/** The officer's own office; an administrator may look at any office. */
	private OfficeSettings officeFor(StaffUser user, String code) {
		return scope.officeFor(user, code);
	}

}
