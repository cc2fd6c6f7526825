package id.kanim.drivethru.booking.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import id.kanim.drivethru.booking.ApplicationNumber;
import id.kanim.drivethru.booking.BookingCode;
import id.kanim.drivethru.booking.BookingRefusedException;
import id.kanim.drivethru.booking.BookingService;
import id.kanim.drivethru.booking.CollectorType;
import id.kanim.drivethru.booking.NewBooking;
import id.kanim.drivethru.booking.Requirements;
import id.kanim.drivethru.booking.WaitingList;
import id.kanim.drivethru.capacity.PublishedAvailability;
import id.kanim.drivethru.infrastructure.web.QrCodes;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.office.OfficeSettings;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The applicant's booking form and confirmation. Post/Redirect/Get: a successful booking redirects to its
 * confirmation; a refused one renders the form again with the reason next to the field it concerns.
 */
@Controller
class BookingController {

	/** Codes booked in this browser session: only these confirmations may be shown without more proof. */
	static final String OWN_BOOKINGS = "drivethru.ownBookings";

	private final Offices offices;

	private final PublishedAvailability availability;

	private final BookingService bookings;

	private final MessageSource messages;

	private final WaitingList waitingList;

	BookingController(Offices offices, PublishedAvailability availability, BookingService bookings, MessageSource messages,
			WaitingList waitingList) {
		this.offices = offices;
		this.availability = availability;
		this.bookings = bookings;
		this.messages = messages;
		this.waitingList = waitingList;
	}

	@GetMapping("/kantor/{office}/booking")
	String form(@PathVariable String office, @RequestParam(required = false) String date,
			@RequestParam(required = false) String slotStart, @RequestParam(required = false) String tunggu,
			Model model) {
		var settings = offices.byCode(office);
		var form = new BookingForm();
		form.setDate(date);
		form.setSlotStart(slotStart);
		form.setVehicleType("CAR");
		form.setCollectorType(CollectorType.SELF.name());
		form.setFormToken(UUID.randomUUID().toString());
		model.addAttribute("form", form);
		model.addAttribute("waitingMode", tunggu != null);
		return showForm(settings, model);
	}

	@PostMapping("/kantor/{office}/booking")
	String book(@PathVariable String office, @Valid @ModelAttribute("form") BookingForm form, BindingResult result,
			Model model, HttpSession session) {
		var settings = offices.byCode(office);
		requireTicks(form, result);
		if (result.hasErrors()) {
			return showForm(settings, model);
		}
		try {
			var booking = bookings.book(office, NewBooking.from(form), idempotencyKey(form));
			ownBookings(session).add(booking.code().value());
			return "redirect:/booking/" + booking.code().value();
		}
		catch (BookingRefusedException ex) {
			Refusals.reject(result, ex.getReason(), messages.getMessage(ex.getReason().messageKey(),
					ex.getMessageArguments(), LocaleContextHolder.getLocale()));
			model.addAttribute("refusal", ex.getReason());
			return showForm(settings, model);
		}
	}

	/**
	 * Joins the day's waiting list with the same details as the booking form (its second button, shown when
	 * the day is full). Lands on the waiting page, or on the booking if a place had meanwhile freed up.
	 */
	@PostMapping("/kantor/{office}/antrean-tunggu")
	String joinWaitingList(@PathVariable String office, @Valid @ModelAttribute("form") BookingForm form,
			BindingResult result, Model model, HttpSession session) {
		var settings = offices.byCode(office);
		requireTicks(form, result);
		if (result.hasErrors()) {
			return showForm(settings, model);
		}
		try {
			var entry = waitingList.join(office, NewBooking.from(form));
			ownBookings(session).add(entry.code().value());
			return entry.isWaiting() ? "redirect:/antrean/" + entry.code().value()
					: "redirect:/booking/" + entry.code().value();
		}
		catch (BookingRefusedException ex) {
			Refusals.reject(result, ex.getReason(), messages.getMessage(ex.getReason().messageKey(),
					ex.getMessageArguments(), LocaleContextHolder.getLocale()));
			return showForm(settings, model);
		}
		catch (WaitingList.RefusedException ex) {
			var key = ex.getRefusal().messageKey();
			result.reject(key, messages.getMessage(key, null, LocaleContextHolder.getLocale()));
			return showForm(settings, model);
		}
	}

	/** The form (not the API) also asks the applicant to confirm having read what to bring. */
	private void requireTicks(BookingForm form, BindingResult result) {
		if (!form.isRequirementsRead()) {
			result.rejectValue("requirementsRead", "validation.requirementsRead.required",
					messages.getMessage("validation.requirementsRead.required", null, LocaleContextHolder.getLocale()));
		}
	}

	@GetMapping("/booking/{code}")
	String confirmation(@PathVariable String code, HttpSession session, Model model) {
		var parsed = BookingCode.parse(code).filter(c -> ownBookings(session).contains(c.value()));
		var booking = parsed.flatMap(bookings::findByCode);
		if (booking.isEmpty()) {
			return "redirect:/";
		}
		var view = bookings.view(booking.get());
		model.addAttribute("booking", view);
		model.addAttribute("entity", booking.get());
		model.addAttribute("requirements", Requirements.keys(booking.get().getCollectorType()));
		model.addAttribute("office", offices.byCode(view.officeCode()));
		model.addAttribute("qrSvg", QrCodes.svg(view.code().display(),
				messages.getMessage("booking.confirmation.qr.label", new Object[] { view.code().display() },
						LocaleContextHolder.getLocale())));
		return "booking/confirmation";
	}

	private String showForm(OfficeSettings office, Model model) {
		model.addAttribute("office", office);
		if (!model.containsAttribute("waitingMode")) {
			model.addAttribute("waitingMode", false);
		}
		model.addAttribute("days", FormChoices.dates(availability.between(office, null, null),
				LocaleContextHolder.getLocale(), messages));
		model.addAttribute("slotTimes", FormChoices.slots(office));
		var collectorTypes = office.proxiesAllowed() ? List.of(CollectorType.values()) : List.of(CollectorType.SELF);
		model.addAttribute("collectorTypes", collectorTypes);
		var requirements = new LinkedHashMap<String, List<String>>();
		for (var type : collectorTypes) {
			requirements.put(type.name(), Requirements.keys(type));
		}
		model.addAttribute("requirementsByCollector", requirements);
		return "booking/form";
	}

	/**
	 * One key per rendered form and application number: a double-clicked submit finds the first booking,
	 * while a corrected application number on the same form books anew.
	 */
	private static String idempotencyKey(BookingForm form) {
		try {
			var token = UUID.fromString(form.getFormToken());
			return "web:" + token + ":" + ApplicationNumber.normalise(form.getApplicationNumber()).orElseThrow();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	@SuppressWarnings("unchecked")
	static Set<String> ownBookings(HttpSession session) {
		var codes = (Set<String>) session.getAttribute(OWN_BOOKINGS);
		if (codes == null) {
			codes = new LinkedHashSet<>();
			session.setAttribute(OWN_BOOKINGS, codes);
		}
		return codes;
	}

}
