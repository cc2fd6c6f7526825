package id.kanim.drivethru.capacity.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.kanim.drivethru.capacity.DayAvailability;
import id.kanim.drivethru.capacity.DayStatus;
import id.kanim.drivethru.office.OfficeSettings;

import org.springframework.context.MessageSource;
import org.springframework.web.util.UriUtils;

/**
 * The office page with every text, date and link already written, so the template only places strings: each
 * of its 10-30 days x 12 slot cells costs a few plain property reads instead of several expressions,
 * message look-ups and date formats (which made the page the slowest one an applicant opens, see
 * bench/RESULTS.md). The HTML is the same as when the template worked these out itself.
 *
 * <p>Public so that Thymeleaf's SpEL compiler can turn the property reads into bytecode.
 *
 * @param range "bookable from ... to ...", or null when no day can be booked
 */
public record OfficePage(String name, String howUrl, String posterUrl, String range, List<Day> days) {

	private static final DateTimeFormatter SLOT_TIME = DateTimeFormatter.ofPattern("HH.mm");

	private static final DateTimeFormatter LINK_TIME = DateTimeFormatter.ofPattern("HH:mm");

	/**
	 * One day.
	 *
	 * @param remaining "n of m places left" on an open day, else null
	 * @param motorcycle places left in the motorcycle lane on an open day with a lane quota, else null
	 * @param full the "this day is full" text on a full day, else null
	 * @param waitingUrl the waiting list's link on a full day, else null
	 * @param closed the "closed" text on a closed day, else null
	 * @param closedReason why a closed day is closed, in the reader's language, or null
	 * @param slots the slot cells of the chosen open day, else null
	 * @param id the day's anchor ({@code hari-2026-12-07})
	 * @param chooseUrl the link that shows an open day's times (days come first: a phone gets a short list, a
	 * keyboard about ten stops instead of every slot of every day), null for the chosen day and days not open
	 * @param chooseHint "choose the day to see its times" under an open day that is not chosen, else null
	 */
	public record Day(String cssClass, String date, String badge, String remaining, String motorcycle, String full,
			String waitingUrl, String closed, String closedReason, List<Slot> slots, String id, String chooseUrl,
			String chooseHint) {
	}

	/**
	 * One slot cell.
	 *
	 * @param time "09.00&amp;ndash;09.30", markup (an entity), for {@code th:utext}
	 * @param href the booking link while places are left, else null
	 * @param label "n left" or "full"
	 */
	public record Slot(String href, String time, String label) {
	}

	/** @param chosen the day whose times are shown ({@code ?hari=}), or null */
	static OfficePage of(OfficeSettings office, List<DayAvailability> days, String contextPath, Locale locale,
			MessageSource messages, java.time.LocalDate chosen) {
		var texts = new Texts(messages, locale);
		var dates = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale);
		var officePath = contextPath + "/kantor/" + UriUtils.encodePathSegment(office.code(), "UTF-8");
		var bookingPath = officePath + "/booking?date=";
		String range = days.isEmpty() ? null
				: texts.get("availability.range", dates.format(days.get(0).date()),
						dates.format(days.get(days.size() - 1).date()));
		var dayCells = new ArrayList<Day>(days.size());
		for (var day : days) {
			var status = day.status();
			var open = status == DayStatus.OPEN;
			var isChosen = day.date().equals(chosen);
			List<Slot> slots = null;
			if (open && isChosen) {
				slots = new ArrayList<>(day.slots().size());
				for (var slot : day.slots()) {
					// "&ndash;" rather than "–": the days list is then plain ASCII, which the servlet writer turns
					// into UTF-8 bytes in its fast loop; one dash per cell sent it down the per-character path,
					// 30% of the page's CPU (bench/RESULTS.md). Written with th:utext; nothing here comes from input.
					var time = SLOT_TIME.format(slot.start()) + "&ndash;" + SLOT_TIME.format(slot.end());
					slots.add(slot.remaining() > 0
							? new Slot(bookingPath + day.date() + "&slotStart=" + LINK_TIME.format(slot.start()), time,
									texts.slotRemaining(slot.remaining()))
							: new Slot(null, time, texts.get("availability.slot.full")));
				}
			}
			var closedReason = status == DayStatus.CLOSED ? day.closedReason(locale) : null;
			dayCells.add(new Day("day day-" + status.name().toLowerCase(Locale.ROOT), dates.format(day.date()),
					texts.get("availability.status." + status.name()),
					open ? texts.get("availability.remaining", day.remaining(), day.quota()) : null,
					open && day.motorcycleRemaining() != null
							? texts.get("availability.motorcycle.remaining", day.motorcycleRemaining()) : null,
					status == DayStatus.FULL ? texts.get("availability.full") : null,
					status == DayStatus.FULL ? officePath + "/antrean-tunggu?date=" + day.date() : null,
					status == DayStatus.CLOSED ? texts.get("availability.closed") : null, closedReason, slots,
					"hari-" + day.date(),
					open && !isChosen ? officePath + "?hari=" + day.date() + "#hari-" + day.date() : null,
					open && !isChosen ? texts.get("ux.office.chooseDay") : null));
		}
		return new OfficePage(office.name(), officePath + "/cara-kerja", officePath + "/poster", range, dayCells);
	}

	/** Message look-ups of one page; the few texts that repeat in every cell are looked up once. */
	private static final class Texts {

		private final MessageSource messages;

		private final Locale locale;

		private final Map<String, String> plain = new HashMap<>();

		private final Map<Integer, String> slotRemaining = new HashMap<>();

		Texts(MessageSource messages, Locale locale) {
			this.messages = messages;
			this.locale = locale;
		}

		String get(String code) {
			return plain.computeIfAbsent(code, c -> messages.getMessage(c, null, locale));
		}

		String get(String code, Object... args) {
			return messages.getMessage(code, args, locale);
		}

		String slotRemaining(int remaining) {
			return slotRemaining.computeIfAbsent(remaining, n -> get("availability.slot.remaining", n));
		}

	}

}
