package id.kanim.drivethru.outreach.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import id.kanim.drivethru.office.OfficeSettings;

/**
 * The signs along the drive-thru lane, in the order a driver meets them: the gate, where the lanes split,
 * before the window (what to have ready), one at each window, and one for those who have not booked. Each
 * sign is in Bahasa Indonesia with English below, whatever the language of the page that prints it: the
 * sign hangs outside for every driver.
 */
record LaneSigns() {

	/**
	 * One sign.
	 * @param id its part of the address ({@code /kantor/jambi/rambu/loket-1})
	 * @param text the Indonesian text, large
	 * @param english the English text, below it
	 * @param note a smaller Indonesian line, or null
	 * @param noteEnglish its English, or null
	 * @param qr whether the sign carries the office's QR code
	 */
	record Sign(String id, String kind, String text, String english, String note, String noteEnglish, boolean qr) {
	}

	/**
	 * @param windows how many service windows the drive-thru has: one "stop here" sign each
	 * @param indonesian message in Bahasa Indonesia
	 * @param english the same message in English
	 */
	static List<Sign> of(OfficeSettings office, int windows, BiFunction<String, Object[], String> indonesian,
			BiFunction<String, Object[], String> english) {
		var signs = new ArrayList<Sign>();
		signs.add(new Sign("gerbang", "gate", indonesian.apply("sign.gate", null), english.apply("sign.gate", null),
				office.name(), null, false));
		signs.add(new Sign("lajur-mobil", "lane", indonesian.apply("sign.lane.car", null),
				english.apply("sign.lane.car", null), null, null, false));
		signs.add(new Sign("lajur-motor", "lane", indonesian.apply("sign.lane.motorcycle", null),
				english.apply("sign.lane.motorcycle", null), null, null, false));
		// Family members and proxies bring more; say so only where the office lets them collect.
		signs.add(new Sign("dokumen", "documents", indonesian.apply("sign.documents", null),
				english.apply("sign.documents", null),
				office.proxiesAllowed() ? indonesian.apply("sign.documents.others", null) : null,
				office.proxiesAllowed() ? english.apply("sign.documents.others", null) : null, false));
		for (int window = 1; window <= Math.max(1, windows); window++) {
			Object[] number = { window };
			signs.add(new Sign("loket-" + window, "window", indonesian.apply("sign.window", number),
					english.apply("sign.window", number), null, null, false));
		}
		signs.add(new Sign("pesan", "book", indonesian.apply("sign.book", null), english.apply("sign.book", null),
				null, null, true));
		return List.copyOf(signs);
	}

}
