package id.kanim.drivethru.outreach.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import id.kanim.drivethru.booking.CollectorType;
import id.kanim.drivethru.booking.Requirements;
import id.kanim.drivethru.counter.CounterSettings;
import id.kanim.drivethru.infrastructure.web.QrCodes;
import id.kanim.drivethru.infrastructure.web.RenderedOffices;
import id.kanim.drivethru.office.OfficeCacheSettings;
import id.kanim.drivethru.office.OfficeSettings;
import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.outreach.SharePicture;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Sosialisasi: the "Cara kerja" page (for all offices or one), and each office's printable A4 poster, small
 * flyer and shareable picture, all with a QR code that opens that office's booking page.
 * <p>
 * The offices' blocks of "Cara kerja" (one per office, about 125 on the page for all offices) are rendered
 * once per list of office settings, language and context path and kept ({@link #officeBlocks}): rendering
 * them on every request made it the slowest public page (2 % of the static file's rate, bench/RESULTS.md).
 * The key holds the settings themselves, so the blocks are never older than the settings {@link Offices}
 * hands out (at most {@code drivethru.offices.settings-ttl} with several instances); the expiry, the same
 * time, only bounds the memory.
 */
@Controller
class OutreachController {

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final Offices offices;

	private final MessageSource messages;

	private final CounterSettings counter;

	private final ITemplateEngine templates;

	/** About 1 KB per office: the page for all offices and each office's own page, in two languages. */
	private final Cache<RenderedOffices, String> officeBlocks;

	OutreachController(Offices offices, MessageSource messages, CounterSettings counter, ITemplateEngine templates,
			OfficeCacheSettings officeCache) {
		this.offices = offices;
		this.messages = messages;
		this.counter = counter;
		this.templates = templates;
		this.officeBlocks = Caffeine.newBuilder()
			.maximumSize(officeCache.settingsMaxSize())
			.expireAfterWrite(officeCache.settingsTtl())
			.build();
	}

	@GetMapping("/cara-kerja")
	String howItWorks(Locale locale, HttpServletRequest request, Model model) {
		return howItWorks(offices.all(), locale, request, model);
	}

	@GetMapping("/kantor/{office}/cara-kerja")
	String howItWorks(@PathVariable String office, Locale locale, HttpServletRequest request, Model model) {
		return howItWorks(List.of(offices.byCode(office)), locale, request, model);
	}

	@GetMapping("/kantor/{office}/poster")
	String poster(@PathVariable String office, Model model) {
		addOffice(offices.byCode(office), model);
		return "outreach/poster";
	}

	@GetMapping("/kantor/{office}/brosur")
	String flyer(@PathVariable String office, Model model) {
		addOffice(offices.byCode(office), model);
		return "outreach/flyer";
	}

	/** The office's lane signs, each an A3 landscape page. */
	@GetMapping("/kantor/{office}/rambu")
	String signs(@PathVariable String office, Model model) {
		var settings = offices.byCode(office);
		addOffice(settings, model);
		model.addAttribute("signs", LaneSigns.of(settings, counter.windows(),
				(key, args) -> messages.getMessage(key, args, INDONESIAN),
				(key, args) -> messages.getMessage(key, args, Locale.ENGLISH)));
		return "outreach/signs";
	}

	/** One sign alone, to print again the one that was lost or rained on. */
	@GetMapping("/kantor/{office}/rambu/{sign}")
	String sign(@PathVariable String office, @PathVariable String sign, Model model) {
		var settings = offices.byCode(office);
		addOffice(settings, model);
		var all = LaneSigns.of(settings, counter.windows(), (key, args) -> messages.getMessage(key, args, INDONESIAN),
				(key, args) -> messages.getMessage(key, args, Locale.ENGLISH));
		model.addAttribute("signs", all.stream().filter(s -> s.id().equals(sign)).findFirst()
			.map(List::of)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "outreach/signs";
	}

	@GetMapping(value = "/kantor/{office}/poster.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> picture(@PathVariable String office) {
		var settings = offices.byCode(office);
		var steps = List.of(text("how.steps.1"), text("how.steps.2"), text("how.steps.3"), text("how.steps.4"));
		var png = SharePicture.png(text("poster.heading"), settings.name(), steps, text("poster.footer"),
				bookingUrl(settings));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
			.body(png);
	}

	private String howItWorks(List<OfficeSettings> shown, Locale locale, HttpServletRequest request, Model model) {
		var blocks = officeBlocks.get(new RenderedOffices(shown, locale, request.getContextPath()), key -> {
			var views = shown.stream().map(o -> HowItWorksOffice.of(o, key.contextPath(), locale, messages)).toList();
			return RenderedOffices.ascii(
					templates.process("outreach/how-it-works-offices", new Context(locale, Map.of("offices", views))));
		});
		model.addAttribute("officeBlocksHtml", blocks);
		model.addAttribute("requirementsByCollector", java.util.Map.of(
				"SELF", Requirements.keys(CollectorType.SELF),
				"FAMILY", Requirements.keys(CollectorType.FAMILY),
				"PROXY", Requirements.keys(CollectorType.PROXY)));
		model.addAttribute("collectorOrder", List.of("SELF", "FAMILY", "PROXY"));
		return "outreach/how-it-works";
	}

	private void addOffice(OfficeSettings office, Model model) {
		var url = bookingUrl(office);
		model.addAttribute("office", office);
		model.addAttribute("bookingUrl", url);
		model.addAttribute("qrSvg", QrCodes.svg(url, text("poster.qr.label", office.name())));
		model.addAttribute("requirements", Requirements.keys(CollectorType.SELF));
		model.addAttribute("flyerCopies", List.of(1, 2, 3, 4));
	}

	/** The office's booking page as the visitor reached this app (behind a proxy: set forward-headers). */
	private static String bookingUrl(OfficeSettings office) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/kantor/{office}")
			.buildAndExpand(office.code())
			.toUriString();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
