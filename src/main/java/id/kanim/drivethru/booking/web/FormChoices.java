package id.kanim.drivethru.booking.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.kanim.drivethru.capacity.DayAvailability;
import id.kanim.drivethru.capacity.DayStatus;
import id.kanim.drivethru.office.OfficeSettings;

import org.springframework.context.MessageSource;

/**
 * The options of the date and time pickers (booking and reschedule forms), written out in Java: the date
 * picker has one option per day of the horizon (up to 30), each of which cost the template a date format and
 * a message look-up; now it places ready-made strings. Public so that Thymeleaf's SpEL compiler can compile
 * the property reads.
 */
public final class FormChoices {

	private static final DateTimeFormatter SLOT_VALUE = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter SLOT_TEXT = DateTimeFormatter.ofPattern("HH.mm");

	private FormChoices() {
	}

	/** One day: {@code value} is the ISO date, {@code label} "Senin, 7 Desember 2026 — Sisa 3 dari 20 tempat". */
	public record DateChoice(String value, boolean closed, String label) {
	}

	/** One slot: {@code value} "09:00", {@code label} "09.00–09.30". */
	public record SlotChoice(String value, String label) {
	}

	static List<DateChoice> dates(List<DayAvailability> days, Locale locale, MessageSource messages) {
		var format = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale);
		var choices = new ArrayList<DateChoice>(days.size());
		for (var day : days) {
			var state = day.isOpen()
					? messages.getMessage("availability.remaining", new Object[] { day.remaining(), day.quota() }, locale)
					: messages.getMessage("availability.status." + day.status().name(), null, locale);
			choices.add(new DateChoice(day.date().toString(), day.status() == DayStatus.CLOSED,
					format.format(day.date()) + " — " + state));
		}
		return choices;
	}

	static List<SlotChoice> slots(OfficeSettings office) {
		return office.slotTimes()
			.stream()
			.map(s -> new SlotChoice(SLOT_VALUE.format(s.start()), SLOT_TEXT.format(s.start()) + "–" + SLOT_TEXT.format(s.end())))
			.toList();
	}

}
