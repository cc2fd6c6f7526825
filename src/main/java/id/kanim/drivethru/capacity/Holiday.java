package id.kanim.drivethru.capacity;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A national public holiday (libur nasional) or collective leave day (cuti bersama), on which every office
 * is closed unless it reopens the day.
 *
 * @param source the decree that fixed the date
 */
public record Holiday(LocalDate date, Kind kind, String nameId, String nameEn, String source) {

	public enum Kind {

		LIBUR_NASIONAL, CUTI_BERSAMA

	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameId;
	}

	/** The reason stored on a day closed for this holiday, in Indonesian like reasons supervisors type. */
	String closureReason() {
		return (kind == Kind.CUTI_BERSAMA ? "Cuti bersama: " : "Libur nasional: ") + nameId;
	}

}
