package id.kanim.drivethru.booking;

import java.util.List;

/**
 * What to bring, by who collects (see DOMAIN.md): the message keys of the documents, in the order the
 * officer checks them. The form, the confirmation, the printable page, the calendar file and the e-mails
 * all read this one list.
 */
public final class Requirements {

	private Requirements() {
	}

	public static List<String> keys(CollectorType collector) {
		return switch (collector == null ? CollectorType.SELF : collector) {
			case SELF -> List.of("requirements.self.ktp", "requirements.self.receipt", "requirements.self.payment");
			case FAMILY -> List.of("requirements.family.ktp", "requirements.family.kk", "requirements.family.payment",
					"requirements.family.owner");
			case PROXY -> List.of("requirements.proxy.letter", "requirements.proxy.ktp",
					"requirements.proxy.payment");
		};
	}

}
