package id.kanim.drivethru.outreach.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import id.kanim.drivethru.office.OfficeSettings;

import org.springframework.context.MessageSource;
import org.springframework.web.util.UriUtils;

/**
 * One office's block on the "Cara kerja" page with every text and link already written, so that the template
 * only places strings (the page for all offices has one block per office, about 125 in the country, and the
 * expressions, message look-ups and time formats of each made it the slowest public page, see bench/RESULTS.md).
 * The HTML is the same as when the template worked these out itself.
 *
 * <p>Public so that Thymeleaf's SpEL compiler can turn the property reads into bytecode.
 *
 * @param hours "09.00–15.00 WIB, Senin–Jumat" as {@code office.hours.value} writes it
 * @param quota "20 applicants" as {@code office.quota.value} writes it
 * @param proxies whether others may collect here, as a sentence
 */
public record HowItWorksOffice(String name, String address, String hours, String quota, String proxies,
		String bookText, String bookUrl, String posterUrl, String flyerUrl, String pictureUrl, String signsUrl) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

	static HowItWorksOffice of(OfficeSettings office, String contextPath, Locale locale, MessageSource messages) {
		var path = contextPath + "/kantor/" + UriUtils.encodePathSegment(office.code(), "UTF-8");
		return new HowItWorksOffice(office.name(), office.address(),
				messages.getMessage("office.hours.value", new Object[] { TIME.format(office.opensAt()),
						TIME.format(office.closesAt()), office.zoneAbbreviation(), office.openWeekdaysText(locale) },
						locale),
				messages.getMessage("office.quota.value", new Object[] { office.defaultQuota() }, locale),
				messages.getMessage(office.proxiesAllowed() ? "how.proxies.allowed" : "how.proxies.not-allowed", null,
						locale),
				messages.getMessage("how.book", new Object[] { office.name() }, locale), path, path + "/poster",
				path + "/brosur", path + "/poster.png", path + "/rambu");
	}

}
