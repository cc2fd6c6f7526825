package id.kanim.drivethru.booking.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Cek / ubah booking": the applicant proves a booking (or waiting-list place) is theirs with its code and
 * application number; from then on this browser session may see, print, move or cancel it. Pages for a
 * code the session has not proven send the visitor to the lookup form, whether or not the code exists.
 */
@Controller
class ManageBookingController {

	private final BookingService bookings;

	private final ManageBookings manage;

	private final WaitingList waitingList;

	private final Offices offices;

	private final Availability availability;

	private final LookupGuard guard;

	private final MessageSource messages;

	private final Clock clock;

	ManageBookingController(BookingService bookings, ManageBookings manage, WaitingList waitingList, Offices offices,
			Availability availability, LookupGuard guard, MessageSource messages, Clock clock) {
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
	String lookupForm(Model model) {
		model.addAttribute("form", new LookupForm());
		return "booking/lookup";
	}

	@PostMapping("/booking/cek")
	String lookup(@Valid @ModelAttribute("form") LookupForm form, BindingResult result, HttpSession session,
			HttpServletRequest request) {
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
			BookingController.ownBookings(session).add(booking.get().getCode().value());
			return "redirect:/booking/" + booking.get().getCode().value() + "/kelola";
		}
		var waiting = waitingList.find(form.getCode(), form.getApplicationNumber());
		if (waiting.isPresent()) {
			BookingController.ownBookings(session).add(waiting.get().code().value());
			return "redirect:/antrean/" + waiting.get().code().value();
		}
		guard.failed(client, form.getCode());
		result.reject("booking.lookup.not-found", text("booking.lookup.not-found"));
		return "booking/lookup";
	}

	@GetMapping("/booking/{code}/kelola")
	String manage(@PathVariable String code, HttpSession session, Model model) {
		return bookingPage(code, session, model, "booking/manage");
	}

	@GetMapping("/booking/{code}/batal")
	String confirmCancel(@PathVariable String code, HttpSession session, Model model) {
		return bookingPage(code, session, model, "booking/cancel");
	}

	@PostMapping("/booking/{code}/batal")
	String cancel(@PathVariable String code, HttpSession session, RedirectAttributes redirect) {
		var booking = own(code, session);
		if (booking.isEmpty()) {
			return "redirect:/booking/cek";
		}
		try {
			manage.cancel(booking.get().getCode());
			redirect.addFlashAttribute("notice", "booking.manage.cancelled");
		}
		catch (BookingNotChangeableException ex) {
			redirect.addFlashAttribute("notice", "booking.manage.not-changeable");
		}
		return "redirect:/booking/" + booking.get().getCode().value() + "/kelola";
	}

	@GetMapping("/booking/{code}/ubah")
	String moveForm(@PathVariable String code, HttpSession session, Model model) {
		var booking = own(code, session);
		if (booking.isEmpty()) {
			return "redirect:/booking/cek";
		}
		var form = new MoveForm();
		form.setDate(booking.get().getServiceDate().toString());
		form.setSlotStart(booking.get().getSlotStart().format(DateTimeFormatter.ofPattern("HH:mm")));
		model.addAttribute("move", form);
		return showMove(booking.get(), model);
	}

	@PostMapping("/booking/{code}/ubah")
	String move(@PathVariable String code, @Valid @ModelAttribute("move") MoveForm form, BindingResult result,
			HttpSession session, Model model, RedirectAttributes redirect) {
		var booking = own(code, session);
		if (booking.isEmpty()) {
			return "redirect:/booking/cek";
		}
		if (result.hasErrors()) {
			return showMove(booking.get(), model);
		}
		try {
			manage.reschedule(booking.get().getCode(), LocalDate.parse(form.getDate().strip()),
					LocalTime.parse(form.getSlotStart().strip()));
			redirect.addFlashAttribute("notice", "booking.manage.changed");
			return "redirect:/booking/" + booking.get().getCode().value() + "/kelola";
		}
		catch (BookingRefusedException ex) {
			Refusals.reject(result, ex.getReason(),
					text("booking.move.refused", text(ex.getReason().messageKey(), ex.getMessageArguments())));
			return showMove(booking.get(), model);
		}
		catch (BookingNotChangeableException ex) {
			redirect.addFlashAttribute("notice", "booking.manage.not-changeable");
			return "redirect:/booking/" + booking.get().getCode().value() + "/kelola";
		}
	}

	@GetMapping("/booking/{code}/cetak")
	String print(@PathVariable String code, HttpSession session, Model model) {
		return bookingPage(code, session, model, "booking/print");
	}

	@GetMapping("/booking/{code}/kalender.ics")
	ResponseEntity<String> calendar(@PathVariable String code, HttpSession session) {
		var booking = own(code, session);
		if (booking.isEmpty()) {
			return ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/booking/cek").build();
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

	@GetMapping("/antrean/{code}")
	String waiting(@PathVariable String code, HttpSession session, Model model) {
		var entry = ownWaiting(code, session);
		if (entry.isEmpty()) {
			return "redirect:/booking/cek";
		}
		if ("PROMOTED".equals(entry.get().status())) {
			return "redirect:/booking/" + entry.get().code().value() + "/kelola";
		}
		model.addAttribute("entry", entry.get());
		model.addAttribute("office", offices.byId(entry.get().officeId()));
		return "booking/waiting";
	}

	@PostMapping("/antrean/{code}/keluar")
	String leave(@PathVariable String code, HttpSession session, RedirectAttributes redirect) {
		var entry = ownWaiting(code, session);
		if (entry.isEmpty()) {
			return "redirect:/booking/cek";
		}
		if (waitingList.leave(entry.get().code())) {
			redirect.addFlashAttribute("notice", "waiting.left");
		}
		return "redirect:/antrean/" + entry.get().code().value();
	}

	/** A page showing one of this session's bookings, or the lookup form for any other code. */
	private String bookingPage(String code, HttpSession session, Model model, String view) {
		var booking = own(code, session);
		if (booking.isEmpty()) {
			return "redirect:/booking/cek";
		}
		addBooking(booking.get(), model);
		return view;
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
		model.addAttribute("booking", booking);
		model.addAttribute("view", bookings.view(booking));
		model.addAttribute("office", office);
		model.addAttribute("requirements", Requirements.keys(booking.getCollectorType()));
		model.addAttribute("changeable", booking.isChangeable(office.today(clock)));
		model.addAttribute("qrSvg", QrCodes.svg(booking.getCode().display(),
				text("booking.confirmation.qr.label", booking.getCode().display())));
	}

	private Optional<Booking> own(String code, HttpSession session) {
		return BookingCode.parse(code)
			.filter(c -> BookingController.ownBookings(session).contains(c.value()))
			.flatMap(bookings::findByCode);
	}

	private Optional<WaitingList.Entry> ownWaiting(String code, HttpSession session) {
		return BookingCode.parse(code)
			.filter(c -> BookingController.ownBookings(session).contains(c.value()))
			.flatMap(waitingList::byCode);
	}

	private static String nameOrBlank(Booking booking) {
		return booking.getCollectorName() == null ? "" : booking.getCollectorName();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
