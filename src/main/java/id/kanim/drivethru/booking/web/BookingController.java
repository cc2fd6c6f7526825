package id.kanim.drivethru.booking.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import id.kanim.drivethru.booking.ApplicationNumber;
import id.kanim.drivethru.booking.BookingCode;
import id.kanim.drivethru.booking.BookingRefusedException;
import id.kanim.drivethru.booking.IdempotencyKeyReusedException;
import id.kanim.drivethru.booking.BookingService;
import id.kanim.drivethru.booking.BookingView;
import id.kanim.drivethru.booking.CollectorType;
import id.kanim.drivethru.booking.NewBooking;
import id.kanim.drivethru.booking.Requirements;
import id.kanim.drivethru.booking.WaitingList;
import id.kanim.drivethru.capacity.PublishedAvailability;
import id.kanim.drivethru.infrastructure.web.QrCodes;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.office.OfficeSettings;
import id.kanim.drivethru.verification.PhoneGate;

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
 * confirmation; a refused one renders the form again with the reason next to the field it concerns. No
 * session: the confirmation's link carries its own proof ({@link BookingAccess}).
 */
@Controller
class BookingController {

	private final Offices offices;

	private final PublishedAvailability availability;

	private final BookingService bookings;

	private final MessageSource messages;

	private final WaitingList waitingList;

	private final BookingAccess access;

	private final CodeStep codeStep;

	private final PhoneGate gate;

	BookingController(Offices offices, PublishedAvailability availability, BookingService bookings,
			MessageSource messages, WaitingList waitingList, BookingAccess access, CodeStep codeStep, PhoneGate gate) {
		this.offices = offices;
		this.availability = availability;
		this.bookings = bookings;
		this.messages = messages;
		this.waitingList = waitingList;
		this.access = access;
		this.codeStep = codeStep;
		this.gate = gate;
	}

	@GetMapping("/kantor/{office}/booking")
	String form(@PathVariable String office, @RequestParam(required = false) String date,
			@RequestParam(required = false) String slotStart, @RequestParam(required = false) String tunggu,
			Model model, HttpServletRequest request) {
		var settings = offices.byCode(office);
		var form = new BookingForm();
		form.setDate(date);
		form.setSlotStart(slotStart);
		form.setVehicleType("CAR");
		form.setCollectorType(CollectorType.SELF.name());
		form.setFormToken(UUID.randomUUID().toString());
		model.addAttribute("form", form);
		model.addAttribute("waitingMode", tunggu != null);
		var view = showForm(settings, model);
		// Kept and served again while these are current, with this request's tokens put in (KeptBookingForms).
		@SuppressWarnings("unchecked")
		var days = (List<id.kanim.drivethru.capacity.DayAvailability>) model.getAttribute("answer");
		KeptBookingForms.rendered(request,
				new KeptBookingForms.Source(settings, days, codeStep.required(), form.getFormToken()));
		return view;
	}

	@PostMapping("/kantor/{office}/booking")
	String book(@PathVariable String office, @Valid @ModelAttribute("form") BookingForm form, BindingResult result,
			@RequestParam(required = false) String resend, Model model, HttpServletRequest request) {
		var settings = offices.byCode(office);
		requireTicks(form, result);
		if (result.hasErrors()) {
			return showForm(settings, model);
		}
		// A double-clicked submit finds the first booking before its (by then used) code is checked again.
		Optional<BookingView> earlier;
		try {
			earlier = bookings.earlier(office, idempotencyKey(form), NewBooking.from(form));
		}
		catch (IdempotencyKeyReusedException ex) {
			return sameFormOtherDetails(settings, result, model);
		}
		if (earlier.isPresent()) {
			return "redirect:/booking/" + earlier.get().code().value() + "?" + BookingAccess.PARAM + "="
					+ access.issue(earlier.get().code(), earlier.get().date());
		}
		if (!ownerPhone(office, form, result)) {
			return showForm(settings, model);
		}
		var pass = codeStep.pass(PhoneGate.Purpose.BOOK, office, form.getPhone(), form, resend != null, result, model,
				request);
		if (pass.isEmpty()) {
			return showForm(settings, model);
		}
		try {
			var booking = bookings.book(office, NewBooking.from(form), idempotencyKey(form));
			return "redirect:/booking/" + booking.code().value() + "?" + BookingAccess.PARAM + "="
					+ access.issue(booking.code(), booking.date());
		}
		catch (BookingRefusedException ex) {
			gate.undo(pass.get());
			Refusals.reject(result, ex.getReason(), messages.getMessage(ex.getReason().messageKey(),
					ex.getMessageArguments(), LocaleContextHolder.getLocale()));
			model.addAttribute("refusal", ex.getReason());
			return showForm(settings, model);
		}
		catch (IdempotencyKeyReusedException ex) {
			return sameFormOtherDetails(settings, result, model);
		}
	}

	/** The same form sent again with other details: that application number is booked already. */
	private String sameFormOtherDetails(OfficeSettings settings, BindingResult result, Model model) {
		var duplicate = BookingRefusedException.Reason.DUPLICATE_APPLICATION;
		Refusals.reject(result, duplicate, messages.getMessage(duplicate.messageKey(), null,
				LocaleContextHolder.getLocale()));
		model.addAttribute("refusal", duplicate);
		return showForm(settings, model);
	}

	/**
	 * Joins the day's waiting list with the same details as the booking form (its second button, shown when
	 * the day is full). Lands on the waiting page, or on the booking if a place had meanwhile freed up.
	 */
	/**
	 * The waiting list of a full day as a page of its own (issue 15): one question, no time to choose (the
	 * first place that frees up is given; the day's first slot is sent only as the preference the list
	 * keeps), the phone required since that is where the news goes.
	 */
	@GetMapping("/kantor/{office}/antrean-tunggu")
	String waitingForm(@PathVariable String office, @RequestParam(required = false) String date, Model model) {
		var settings = offices.byCode(office);
		var form = new BookingForm();
		form.setDate(date);
		form.setSlotStart(settings.slotTimes().isEmpty() ? null
				: settings.slotTimes().get(0).start().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")));
		form.setVehicleType("CAR");
		form.setCollectorType(CollectorType.SELF.name());
		form.setFormToken(UUID.randomUUID().toString());
		model.addAttribute("form", form);
		return showWaitingForm(settings, form, model);
	}

	/** The waiting page again, with the reasons next to the fields. */
	private String showWaitingForm(OfficeSettings office, BookingForm form, Model model) {
		model.addAttribute("office", office);
		model.addAttribute("verificationRequired", codeStep.required());
		LocalDate day = null;
		try {
			day = form.getDate() == null ? null : LocalDate.parse(form.getDate());
		}
		catch (java.time.format.DateTimeParseException ex) {
			// Shown as an error of the date field; the page just leaves out the day's name.
		}
		model.addAttribute("dayDate", day);
		return "booking/waiting-form";
	}

	@PostMapping("/kantor/{office}/antrean-tunggu")
	String joinWaitingList(@PathVariable String office, @Valid @ModelAttribute("form") BookingForm form,
			BindingResult result, @RequestParam(required = false) String resend, Model model,
			HttpServletRequest request) {
		var settings = offices.byCode(office);
		model.addAttribute("waitingMode", true);
		// No "I have read what to bring" tick here: the waiting page is about the day only; the booking a
		// freed place becomes lists what to bring on its confirmation and in its message.
		if (result.hasErrors()) {
			return showWaitingForm(settings, form, model);
		}
		if (!ownerPhone(office, form, result)) {
			return showWaitingForm(settings, form, model);
		}
		var pass = codeStep.pass(PhoneGate.Purpose.WAIT, office, form.getPhone(), form, resend != null, result, model,
				request);
		if (pass.isEmpty()) {
			return showWaitingForm(settings, form, model);
		}
		try {
			var entry = waitingList.join(office, NewBooking.from(form));
			var proof = "?" + BookingAccess.PARAM + "=" + access.issue(entry.code(), entry.date());
			return (entry.isWaiting() ? "redirect:/antrean/" : "redirect:/booking/") + entry.code().value() + proof;
		}
		catch (BookingRefusedException ex) {
			gate.undo(pass.get());
			Refusals.reject(result, ex.getReason(), messages.getMessage(ex.getReason().messageKey(),
					ex.getMessageArguments(), LocaleContextHolder.getLocale()));
			return showWaitingForm(settings, form, model);
		}
		catch (WaitingList.RefusedException ex) {
			gate.undo(pass.get());
			var key = ex.getRefusal().messageKey();
			result.reject(key, messages.getMessage(key, null, LocaleContextHolder.getLocale()));
			return showWaitingForm(settings, form, model);
		}
	}

	/** Refuses, before a code is sent, a phone other than the one the ready list names for the number. */
	private boolean ownerPhone(String office, BookingForm form, BindingResult result) {
		try {
			bookings.checkOwner(office, form.getApplicationNumber(), form.getPhone());
			return true;
		}
		catch (BookingRefusedException ex) {
			Refusals.reject(result, ex.getReason(), messages.getMessage(ex.getReason().messageKey(),
					ex.getMessageArguments(), LocaleContextHolder.getLocale()));
			return false;
		}
	}

	/** The form (not the API) also asks the applicant to confirm having read what to bring. */
	private void requireTicks(BookingForm form, BindingResult result) {
		if (!form.isRequirementsRead()) {
			result.rejectValue("requirementsRead", "validation.requirementsRead.required",
					messages.getMessage("validation.requirementsRead.required", null, LocaleContextHolder.getLocale()));
		}
	}

	/**
	 * Reached by the link made after booking, so it still works when opened later; without a valid link it
	 * says why and points to "Cek / ubah booking" (never a silent redirect).
	 */
	@GetMapping("/booking/{code}")
	String confirmation(@PathVariable String code,
			@RequestParam(name = BookingAccess.PARAM, required = false) String token, Model model,
			HttpServletResponse response) {
		var parsed = BookingCode.parse(code);
		var check = parsed.map(c -> access.check(c, token)).orElse(BookingAccess.Check.INVALID);
		var booking = parsed.filter(c -> check == BookingAccess.Check.VALID).flatMap(bookings::findByCode);
		if (booking.isEmpty()) {
			return LinkProblem.show(check, model, response);
		}
		model.addAttribute("access", token);
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
		model.addAttribute("verificationRequired", codeStep.required());
		if (!model.containsAttribute("waitingMode")) {
			model.addAttribute("waitingMode", false);
		}
		var days = availability.between(office, null, null);
		model.addAttribute("answer", days);
		var locale = LocaleContextHolder.getLocale();
		model.addAttribute("days", FormChoices.dates(days, locale, messages));
		// The places left in each time of the chosen day, for the time select.
		var left = new java.util.HashMap<java.time.LocalTime, Integer>();
		if (model.getAttribute("form") instanceof BookingForm form && form.getDate() != null) {
			days.stream().filter(d -> d.date().toString().equals(form.getDate())).findFirst()
				.ifPresent(d -> d.slots().forEach(slot -> left.put(slot.start(), slot.remaining())));
		}
		model.addAttribute("slotTimes", FormChoices.slots(office, left, locale, messages));
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

}
