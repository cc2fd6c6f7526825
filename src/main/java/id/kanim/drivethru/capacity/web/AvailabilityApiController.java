package id.kanim.drivethru.capacity.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import tools.jackson.databind.json.JsonMapper;

import id.kanim.drivethru.infrastructure.web.KeptPages;
import id.kanim.drivethru.capacity.PublishedAvailability;
import id.kanim.drivethru.capacity.DayAvailability;
import id.kanim.drivethru.capacity.DayStatus;
import id.kanim.drivethru.office.Offices;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The availability API. The whole answer for the office's horizon (no {@code from}/{@code to}, what the office
 * page and most clients ask) is written once per answer of {@link PublishedAvailability} and kept with it, as
 * JSON and gzipped: serialising 30 days x 12 slots and compressing them on every request was most of the
 * API's cost (bench/RESULTS.md). Staleness: none added. The key is the answer itself (by identity), which
 * {@link PublishedAvailability} hands out for at most a second and drops at once when this instance changes a
 * day, so a kept body is exactly that answer; the body's own expiry (a second) only frees the memory.
 * Bookings are not affected: each claims its place in the database.
 */
@RestController
class AvailabilityApiController {

	private final Offices offices;

	private final PublishedAvailability availability;

	private final JsonMapper json;

	/** About 30 KB (plain) and 3 KB (gzip) per office and language. */
	private final Cache<Answer, Body> bodies = Caffeine.newBuilder()
		.maximumSize(500)
		.expireAfterWrite(Duration.ofSeconds(1))
		.build();

	AvailabilityApiController(Offices offices, PublishedAvailability availability, JsonMapper json) {
		this.offices = offices;
		this.availability = availability;
		this.json = json;
	}

	/** The bookable days between {@code from} and {@code to}, both optional and clipped to the horizon. */
	@GetMapping("/api/v1/offices/{office}/availability")
	@ApiResponse(responseCode = "200", description = "OK",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					array = @ArraySchema(schema = @Schema(implementation = Day.class))))
	ResponseEntity<byte[]> availability(@PathVariable String office,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false)
			String acceptEncoding) {
		var days = availability.between(offices.byCode(office), from, to);
		var locale = LocaleContextHolder.getLocale();
		// A part of the horizon is a new list on every call: written each time, not kept.
		var body = from == null && to == null ? bodies.get(new Answer(days, locale), key -> write(days, locale))
				: write(days, locale);
		var response = ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		// Sent gzipped as the server's compression would; a body that already has an encoding is left alone by it.
		return KeptPages.acceptsGzip(acceptEncoding) ? response.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(body.gzip())
				: response.body(body.plain());
	}

	private Body write(List<DayAvailability> days, Locale locale) {
		var plain = json.writeValueAsBytes(days.stream().map(day -> Day.from(day, locale)).toList());
		var gzip = new ByteArrayOutputStream(plain.length / 4 + 64);
		try (var out = new GZIPOutputStream(gzip)) {
			out.write(plain);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Body(plain, gzip.toByteArray());
	}


	/** One answer of {@link PublishedAvailability}, compared by identity, in one language (closing reasons). */
	private record Answer(List<DayAvailability> days, Locale locale) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Answer that && that.days == days && that.locale.equals(locale);
		}

		@Override
		public int hashCode() {
			return 31 * System.identityHashCode(days) + locale.hashCode();
		}

	}

	private record Body(byte[] plain, byte[] gzip) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Day(LocalDate date, DayStatus status, int quota, int booked, int remaining, String closedReason,
			List<Slot> slots, Integer motorcycleQuota, Integer motorcycleRemaining) {

		static Day from(DayAvailability day, Locale locale) {
			return new Day(day.date(), day.status(), day.quota(), day.booked(), day.remaining(),
					day.closedReason(locale), day.slots().stream().map(Slot::from).toList(),
					day.motorcycleQuota(), day.motorcycleRemaining());
		}

	}

	record Slot(@JsonFormat(pattern = "HH:mm") LocalTime start, @JsonFormat(pattern = "HH:mm") LocalTime end,
			int capacity, int remaining) {

		static Slot from(DayAvailability.SlotAvailability slot) {
			return new Slot(slot.start(), slot.end(), slot.capacity(), slot.remaining());
		}

	}

}
