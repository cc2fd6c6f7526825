package id.kanim.drivethru.counter;

import java.util.List;

import id.kanim.drivethru.booking.CollectorType;

/**
 * The documents an officer checks before handing a passport over, by who collects it. Keys name texts
 * {@code loket.document.<key>} in the staff bundle.
 */
public final class Documents {

	private Documents() {
	}

	public static List<String> required(CollectorType collector) {
		return switch (collector == null ? CollectorType.SELF : collector) {
			case SELF -> List.of("ktp", "receipt", "payment");
			case FAMILY -> List.of("payment", "kk-copy", "owner-documents", "own-ktp");
			case PROXY -> List.of("surat-kuasa", "payment", "own-ktp");
		};
	}

}
