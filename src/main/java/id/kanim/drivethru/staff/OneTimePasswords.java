package id.kanim.drivethru.staff;

import java.security.SecureRandom;

/**
 * Passwords a supervisor reads out or writes down for a new officer: groups of four lower-case letters and
 * digits without look-alikes (no 0/o, 1/l/i), such as {@code k7mq-x3pa-9tzr-h4wd}. Four groups carry about 79
 * bits, and the owner must replace it at the first sign-in anyway.
 */
final class OneTimePasswords {

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private OneTimePasswords() {
	}

	/** At least four groups, more if the minimum password length asks for it. */
	static String generate(int minLength) {
		var password = new StringBuilder();
		int groups = 0;
		while (groups < 4 || password.length() < minLength) {
			if (groups > 0) {
				password.append('-');
			}
			for (int i = 0; i < 4; i++) {
				password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
			groups++;
		}
		return password.toString();
	}

}
