package id.kanim.drivethru.office.web;

import java.util.Locale;

import id.kanim.drivethru.office.OfficeSettings;

import org.springframework.context.MessageSource;
import org.springframework.web.util.UriUtils;

/**
 * One office in the start page's list, its link and texts already written, so that the template only places
 * strings. Public so that Thymeleaf's SpEL compiler can turn the property reads into bytecode.
 *
 * @param text "Pesan jadwal di ..." ({@code home.offices.book})
 */
public record HomeOffice(String href, String text, String address) {

	static HomeOffice of(OfficeSettings office, String contextPath, Locale locale, MessageSource messages) {
		return new HomeOffice(contextPath + "/kantor/" + UriUtils.encodePathSegment(office.code(), "UTF-8"),
				messages.getMessage("home.offices.book", new Object[] { office.name() }, locale), office.address());
	}

}
