package id.kanim.drivethru.booking.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import id.kanim.drivethru.booking.Booking;
import id.kanim.drivethru.office.OfficeSettings;

/**
 * An iCalendar (RFC 5545) event for a booking, in the office's own time zone. The zone is described in the
 * file itself (a VTIMEZONE with the offset in force on the day; Indonesian zones keep no summer time), so
 * calendars that do not know {@code Asia/Jakarta} still put the pickup at the right hour.
 */
final class CalendarFile {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private CalendarFile() {
	}

	static String of(Booking booking, OfficeSettings office, String summary, String description, Instant now) {
		var zone = office.zone().getId();
		var offset = office.zone().getRules().getOffset(booking.getServiceDate().atTime(booking.getSlotStart()));
		var offsetText = offset.getId().equals("Z") ? "+0000" : offset.getId().replace(":", "");
		var lines = List.of("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Drive-Thru Paspor//ID", "CALSCALE:GREGORIAN",
				"METHOD:PUBLISH", "BEGIN:VTIMEZONE", "TZID:" + zone, "BEGIN:STANDARD", "DTSTART:19700101T000000",
				"TZOFFSETFROM:" + offsetText, "TZOFFSETTO:" + offsetText, "END:STANDARD", "END:VTIMEZONE",
				"BEGIN:VEVENT", "UID:" + booking.getCode().value() + "@drivethru-paspor", "DTSTAMP:" + UTC.format(now),
				"DTSTART;TZID=" + zone + ":" + LOCAL.format(at(booking.getServiceDate(), booking, true)),
				"DTEND;TZID=" + zone + ":" + LOCAL.format(at(booking.getServiceDate(), booking, false)),
				"SUMMARY:" + escape(summary), "LOCATION:" + escape(office.name() + ", " + office.address()),
				"DESCRIPTION:" + escape(description), "END:VEVENT", "END:VCALENDAR");
		var out = new StringBuilder();
		for (var line : lines) {
			out.append(fold(line));
		}
		return out.toString();
	}

	private static java.time.LocalDateTime at(LocalDate date, Booking booking, boolean start) {
		return date.atTime(start ? booking.getSlotStart() : booking.getSlotEnd());
	}

	static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "")
			.replace("\n", "\\n");
	}

	/** Lines longer than 75 octets continue on the next line after a space, never inside a character. */
	static String fold(String line) {
		var out = new StringBuilder();
		int octets = 0;
		for (int i = 0; i < line.length();) {
			int cp = line.codePointAt(i);
			var ch = new String(Character.toChars(cp));
			int size = ch.getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				out.append("\r\n ");
				octets = 1;
			}
			out.append(ch);
			octets += size;
			i += Character.charCount(cp);
		}
		return out.append("\r\n").toString();
	}

}
