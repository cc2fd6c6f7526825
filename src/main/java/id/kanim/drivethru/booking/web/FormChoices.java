package id.kanim.drivethru.booking.web;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

	/** One day: {@code value} is the ISO date, {@code label} "Senin, 7 Des — sisa 3 tempat" (short for 360 px). */
	public record DateChoice(String value, boolean closed, String label) {
	}

	/** One slot: {@code value} "09:00", {@code label} "09.00–09.30". */
	public record SlotChoice(String value, String label) {
	}

	static List<DateChoice> dates(List<DayAvailability> days, Locale locale, MessageSource messages) {
		var format = DateTimeFormatter.ofPattern("EEEE, d MMM", locale);
		var choices = new ArrayList<DateChoice>(days.size());
		for (var day : days) {
			var state = day.isOpen()
					? messages.getMessage("ux.select.remaining", new Object[] { day.remaining() }, locale)
					: messages.getMessage("availability.status." + day.status().name(), null, locale);
			choices.add(new DateChoice(day.date().toString(), day.status() == DayStatus.CLOSED,
					format.format(day.date()) + " — " + state));
		}
		return choices;
	}

	static List<SlotChoice> slots(OfficeSettings office) {
		return slots(office, Map.of(), Locale.ROOT, null);
	}

	/**
	 * The slots, each with the places left where the chosen day is known ({@code left} by start time; empty
	 * when no day is chosen yet): "09.00–09.30 — sisa 2 tempat".
	 */
	static List<SlotChoice> slots(OfficeSettings office, Map<LocalTime, Integer> left, Locale locale,
			MessageSource messages) {
		return office.slotTimes().stream().map(s -> {
			var label = SLOT_TEXT.format(s.start()) + "–" + SLOT_TEXT.format(s.end());
			var places = left.get(s.start());
			if (places != null) {
				label += " — " + (places > 0 ? messages.getMessage("ux.select.remaining", new Object[] { places }, locale)
						: messages.getMessage("availability.slot.full", null, locale));
			}
			return new SlotChoice(SLOT_VALUE.format(s.start()), label);
		}).toList();
	}

}
