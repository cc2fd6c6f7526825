package id.kanim.drivethru.office.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import id.kanim.drivethru.infrastructure.web.RenderedOffices;
import id.kanim.drivethru.office.OfficeCacheSettings;
import id.kanim.drivethru.office.Offices;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The start page: the offices to book at first (with a search), then who may use it, the steps and what to bring.
 * <p>
 * The list of offices (about 125 in the country) is rendered once per list shown, language and context path
 * and kept: rendering it on every request held the start page at a fifth of the static file's rate
 * (bench/RESULTS.md). The key holds the offices' settings themselves, so the list is never older than the
 * settings {@link Offices} hands out (at most {@code drivethru.offices.settings-ttl} with several instances);
 * the expiry, the same time, only bounds the memory, and so does the size (a search is a list of its own).
 */
@Controller
class HomeController {

	private final Offices offices;

	private final MessageSource messages;

	private final ITemplateEngine templates;

	private final Cache<RenderedOffices, String> lists;

	HomeController(Offices offices, MessageSource messages, ITemplateEngine templates,
			OfficeCacheSettings officeCache) {
		this.offices = offices;
		this.messages = messages;
		this.templates = templates;
		this.lists = Caffeine.newBuilder()
			.maximumSize(200)
			.expireAfterWrite(officeCache.settingsTtl())
			.build();
	}

	/**
	 * With {@code ?cari=} the list holds only the offices whose name or address contains every word typed (a
	 * city, a province): a plain GET form, so the search works without JavaScript and its result can be shared.
	 */
	@GetMapping("/")
	String home(@RequestParam(name = "cari", required = false) String search, Locale locale,
			HttpServletRequest request, Model model) {
		var words = search == null ? List.<String>of()
				: Arrays.stream(search.toLowerCase(Locale.ROOT).split("[\\s,]+")).filter(w -> !w.isBlank()).toList();
		var found = offices.all().stream().filter(office -> {
			var text = (office.name() + " " + office.address()).toLowerCase(Locale.ROOT);
			return words.stream().allMatch(text::contains);
		}).toList();
		model.addAttribute("offices", found);
		var list = lists.get(new RenderedOffices(found, locale, request.getContextPath()), key -> {
			var views = found.stream().map(o -> HomeOffice.of(o, key.contextPath(), locale, messages)).toList();
			return RenderedOffices.ascii(templates.process("home-offices", new Context(locale, Map.of("offices", views))));
		});
		model.addAttribute("officeListHtml", list);
		model.addAttribute("search", words.isEmpty() ? null : search.strip());
		return "home";
	}

}
