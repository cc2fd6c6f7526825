package id.kanim.drivethru.booking.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import id.kanim.drivethru.booking.Booking;
import id.kanim.drivethru.booking.BookingCode;
import id.kanim.drivethru.booking.BookingNotChangeableException;
import id.kanim.drivethru.booking.BookingRefusedException;
import id.kanim.drivethru.booking.BookingService;
import id.kanim.drivethru.booking.ManageBookings;
import id.kanim.drivethru.booking.Requirements;
import id.kanim.drivethru.booking.WaitingList;
import id.kanim.drivethru.capacity.Availability;
import id.kanim.drivethru.infrastructure.web.QrCodes;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.verification.PhoneGate;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Cek / ubah booking": the applicant proves a booking (or waiting-list place) is theirs with its code and
 * application number, and gets a link that carries that proof ({@link BookingAccess}, parameter {@code t});
 * with it they may see, print, move or cancel it. No session is kept: every page and form passes the token
 * on, and the note after a change travels as a parameter ({@code pesan}) instead of a flash attribute. A
 * page without a valid token says so and leads back to the lookup, whether or not the code exists.
 */
@Controller
class ManageBookingController {

	/** The notes shown after a change, by the value of the {@code pesan} parameter; anything else shows none. */
	private static final Map<String, String> NOTICES = Map.of("batal", "booking.manage.cancelled", "ubah",
			"booking.manage.changed", "tetap", "booking.manage.not-changeable", "keluar", "waiting.left");

	private final BookingService bookings;

	private final ManageBookings manage;

	private final WaitingList waitingList;

	private final Offices offices;

	private final Availability availability;

	private final LookupGuard guard;

	private final MessageSource messages;

	private final Clock clock;

	private final BookingAccess access;

	private final CodeStep codeStep;

	private final PhoneGate gate;

	ManageBookingController(BookingService bookings, ManageBookings manage, WaitingList waitingList, Offices offices,
			Availability availability, LookupGuard guard, MessageSource messages, Clock clock, BookingAccess access,
			CodeStep codeStep, PhoneGate gate) {
		this.access = access;
		this.codeStep = codeStep;
		this.gate = gate;
		this.bookings = bookings;
		this.manage = manage;
		this.waitingList = waitingList;
		this.offices = offices;
		this.availability = availability;
		this.guard = guard;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/booking/cek")
	String lookupForm(Model model, HttpServletRequest request) {
		model.addAttribute("form", new LookupForm());
		// Kept and served again with this request's CSRF token put in (KeptBookingForms).
		KeptBookingForms.rendered(request, KeptBookingForms.Source.FIXED);
		return "booking/lookup";
	}

	@PostMapping("/booking/cek")
	String lookup(@Valid @ModelAttribute("form") LookupForm form, BindingResult result, HttpServletRequest request) {
		if (result.hasErrors()) {
			return "booking/lookup";
		}
		var client = request.getRemoteAddr();
		if (!guard.allows(client, form.getCode())) {
			result.reject("booking.lookup.too-many", text("booking.lookup.too-many"));
			return "booking/lookup";
		}
		var booking = bookings.find(form.getCode(), form.getApplicationNumber());
		if (booking.isPresent()) {
			var code = booking.get().getCode();
			return redirect(code, "/kelola", access.issue(code, booking.get().getServiceDate()), null);
		}
		var waiting = waitingList.find(form.getCode(), form.getApplicationNumber());
		if (waiting.isPresent()) {
			var code = waiting.get().code();
			return "redirect:/antrean/" + code.value() + "?" + BookingAccess.PARAM + "="
					+ access.issue(code, waiting.get().date());
		}
		guard.failed(client, form.getCode());
		result.reject("booking.lookup.not-found", text("booking.lookup.not-found"));
		return "booking/lookup";
	}

	@GetMapping("/booking/{code}/kelola")
	String manage(@PathVariable String code, @RequestParam(name = BookingAccess.PARAM, required = false) String token,
			@RequestParam(name = "pesan", required = false) String notice, Model model, HttpServletResponse response) {
		if (notice != null && NOTICES.containsKey(notice)) {
			model.addAttribute("notice", NOTICES.get(notice));
		}
		return bookingPage(code, token, model, response, "booking/manage");
	}

	@GetMapping("/booking/{code}/batal")
	String confirmCancel(@PathVariable String code,
			@RequestParam(name = BookingAccess.PARAM, required = false) String token, Model model,
			HttpServletResponse response) {
		model.addAttribute("codeForm", new CodeForm());
		return bookingPage(code, token, model, response, "booking/cancel");
	}

	/** First submit: a code to the booking's phone (when proof is required); second, with the code: cancels. */
	@PostMapping("/booking/{code}/batal")
	String cancel(@PathVariable String code, @RequestParam(name = BookingAccess.PARAM, required = false) String token,
			@ModelAttribute("codeForm") CodeForm form, BindingResult result,
			@RequestParam(required = false) String resend, Model model, HttpServletResponse response,
			HttpServletRequest request) {
		var booking = own(code, token);
		if (booking.isEmpty()) {
			return refused(code, token, model, response);
		}
		var office = offices.byId(booking.get().getOfficeId()).code();
		var pass = codeStep.pass(PhoneGate.Purpose.CHANGE, office, bookings.ownerPhone(booking.get()), form,
				resend != null, result, model, request);
		if (pass.isEmpty()) {
			model.addAttribute("access", token);
			addBooking(booking.get(), model);
			return "booking/cancel";
		}
		String notice;
		try {
			manage.cancel(booking.get().getCode());
			notice = "batal";
		}
		catch (BookingNotChangeableException ex) {
			gate.undo(pass.get());
			notice = "tetap";
		}
		return redirect(booking.get().getCode(), "/kelola", token, notice);
	}

	@GetMapping("/booking/{code}/ubah")
	String moveForm(@PathVariable String code, @RequestParam(name = BookingAccess.PARAM, required = false) String token,
			Model model, HttpServletResponse response) {
		var booking = own(code, token);
		if (booking.isEmpty()) {
			return refused(code, token, model, response);
		}
		model.addAttribute("access", token);
		var form = new MoveForm();
		form.setDate(booking.get().getServiceDate().toString());
		form.setSlotStart(booking.get().getSlotStart().format(DateTimeFormatter.ofPattern("HH:mm")));
		model.addAttribute("move", form);
		return showMove(booking.get(), model);
	}

	@PostMapping("/booking/{code}/ubah")
	String move(@PathVariable String code, @Valid @ModelAttribute("move") MoveForm form, BindingResult result,
			@RequestParam(name = BookingAccess.PARAM, required = false) String token,
			@RequestParam(required = false) String resend, Model model, HttpServletResponse response,
			HttpServletRequest request) {
		var booking = own(code, token);
		if (booking.isEmpty()) {
			return refused(code, token, model, response);
		}
		model.addAttribute("access", token);
		if (result.hasErrors()) {
			return showMove(booking.get(), model);
		}
		var pass = codeStep.pass(PhoneGate.Purpose.CHANGE, offices.byId(booking.get().getOfficeId()).code(),
				bookings.ownerPhone(booking.get()), form, resend != null, result, model, request);
		if (pass.isEmpty()) {
			return showMove(booking.get(), model);
		}
		try {
			var day = LocalDate.parse(form.getDate().strip());
			manage.reschedule(booking.get().getCode(), day, LocalTime.parse(form.getSlotStart().strip()));
			// A later day needs a link that lasts until then.
			return redirect(booking.get().getCode(), "/kelola", access.issue(booking.get().getCode(), day), "ubah");
		}
		catch (BookingRefusedException ex) {
			gate.undo(pass.get());
			Refusals.reject(result, ex.getReason(),
					text("booking.move.refused", text(ex.getReason().messageKey(), ex.getMessageArguments())));
			return showMove(booking.get(), model);
		}
		catch (BookingNotChangeableException ex) {
			gate.undo(pass.get());
			return redirect(booking.get().getCode(), "/kelola", token, "tetap");
		}
	}

	@GetMapping("/booking/{code}/cetak")
	String print(@PathVariable String code, @RequestParam(name = BookingAccess.PARAM, required = false) String token,
			Model model, HttpServletResponse response) {
		return bookingPage(code, token, model, response, "booking/print");
	}

	/** A file, so a link without a valid token leads to the booking page that explains why. */
	@GetMapping("/booking/{code}/kalender.ics")
	ResponseEntity<String> calendar(@PathVariable String code,
			@RequestParam(name = BookingAccess.PARAM, required = false) String token) {
		var booking = own(code, token);
		if (booking.isEmpty()) {
			var page = BookingCode.parse(code).map(c -> "/booking/" + c.value() + "/kelola").orElse("/booking/cek");
			return ResponseEntity.status(303).header(HttpHeaders.LOCATION, page).build();
		}
		var b = booking.get();
		var office = offices.byId(b.getOfficeId());
		var description = new StringBuilder(text("booking.calendar.code", b.getCode().display())).append('\n')
			.append(text("requirements.heading." + b.getCollectorType().name(), nameOrBlank(b))).append('\n');
		for (var key : Requirements.keys(b.getCollectorType())) {
			description.append("- ").append(text(key)).append('\n');
		}
		description.append(text("booking.deadline.warning"));
		var ics = CalendarFile.of(b, office, text("booking.calendar.summary", office.name()), description.toString(),
				clock.instant());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("drive-thru-" + b.getCode().display() + ".ics").build()
						.toString())
			.body(ics);
	}

	/**
	 * The QR code as an image file to keep in the phone's gallery: it opens without a connection at the
	 * window. A link without a valid token leads to the booking page that explains why, as the calendar file.
	 */
	@GetMapping("/booking/{code}/qr.svg")
	ResponseEntity<String> qrImage(@PathVariable String code,
			@RequestParam(name = BookingAccess.PARAM, required = false) String token) {
		var booking = own(code, token);
		if (booking.isEmpty()) {
			var page = BookingCode.parse(code).map(c -> "/booking/" + c.value() + "/kelola").orElse("/booking/cek");
			return ResponseEntity.status(303).header(HttpHeaders.LOCATION, page).build();
		}
		var display = booking.get().getCode().display();
		var svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ QrCodes.svg(display, text("booking.confirmation.qr.label", display));
		return ResponseEntity.ok()
			.contentType(new MediaType("image", "svg+xml", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("drive-thru-" + display + ".svg").build().toString())
			.body(svg);
	}

	@GetMapping("/antrean/{code}")
	String waiting(@PathVariable String code, @RequestParam(name = BookingAccess.PARAM, required = false) String token,
			@RequestParam(name = "pesan", required = false) String notice, Model model, HttpServletResponse response) {
		var entry = ownWaiting(code, token);
		if (entry.isEmpty()) {
			return refused(code, token, model, response);
		}
		if ("PROMOTED".equals(entry.get().status())) {
			// The booking keeps the waiting place's code, so the same token opens it.
			return redirect(entry.get().code(), "/kelola", token, null);
		}
		if (notice != null && NOTICES.containsKey(notice)) {
			model.addAttribute("notice", NOTICES.get(notice));
		}
		model.addAttribute("access", token);
		model.addAttribute("entry", entry.get());
		model.addAttribute("office", offices.byId(entry.get().officeId()));
		return "booking/waiting";
	}

	@PostMapping("/antrean/{code}/keluar")
	String leave(@PathVariable String code, @RequestParam(name = BookingAccess.PARAM, required = false) String token,
			Model model, HttpServletResponse response) {
		var entry = ownWaiting(code, token);
		if (entry.isEmpty()) {
			return refused(code, token, model, response);
		}
		var left = waitingList.leave(entry.get().code());
		return "redirect:/antrean/" + entry.get().code().value() + "?" + BookingAccess.PARAM + "=" + token
				+ (left ? "&pesan=keluar" : "");
	}

	/** A page showing the booking the token opens, or the page that explains why it cannot. */
	private String bookingPage(String code, String token, Model model, HttpServletResponse response, String view) {
		var booking = own(code, token);
		if (booking.isEmpty()) {
			return refused(code, token, model, response);
		}
		model.addAttribute("access", token);
		addBooking(booking.get(), model);
		return view;
	}

	private String refused(String code, String token, Model model, HttpServletResponse response) {
		var check = BookingCode.parse(code).map(c -> access.check(c, token)).orElse(BookingAccess.Check.INVALID);
		return LinkProblem.show(check == BookingAccess.Check.VALID ? BookingAccess.Check.INVALID : check, model, response);
	}

	/** Tokens are digits, a dot and Base64url: nothing in them needs encoding in a URL. */
	private static String redirect(BookingCode code, String page, String token, String notice) {
		return "redirect:/booking/" + code.value() + page + "?" + BookingAccess.PARAM + "=" + token
				+ (notice == null ? "" : "&pesan=" + notice);
	}

	private String showMove(Booking booking, Model model) {
		addBooking(booking, model);
		var office = offices.byId(booking.getOfficeId());
		model.addAttribute("days", FormChoices.dates(availability.between(office, null, null),
				LocaleContextHolder.getLocale(), messages));
		model.addAttribute("slotTimes", FormChoices.slots(office));
		return "booking/move";
	}

	private void addBooking(Booking booking, Model model) {
		var office = offices.byId(booking.getOfficeId());
		model.addAttribute("verificationRequired", codeStep.required());
		model.addAttribute("booking", booking);
		model.addAttribute("view", bookings.view(booking));
		model.addAttribute("office", office);
		model.addAttribute("requirements", Requirements.keys(booking.getCollectorType()));
		model.addAttribute("changeable", booking.isChangeable(office.today(clock)));
		model.addAttribute("qrSvg", QrCodes.svg(booking.getCode().display(),
				text("booking.confirmation.qr.label", booking.getCode().display())));
	}

	private Optional<Booking> own(String code, String token) {
		return BookingCode.parse(code)
			.filter(c -> access.check(c, token) == BookingAccess.Check.VALID)
			.flatMap(bookings::findByCode);
	}

	private Optional<WaitingList.Entry> ownWaiting(String code, String token) {
		return BookingCode.parse(code)
			.filter(c -> access.check(c, token) == BookingAccess.Check.VALID)
			.flatMap(waitingList::byCode);
	}

	private static String nameOrBlank(Booking booking) {
		return booking.getCollectorName() == null ? "" : booking.getCollectorName();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
