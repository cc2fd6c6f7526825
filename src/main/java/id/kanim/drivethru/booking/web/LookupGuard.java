package id.kanim.drivethru.booking.web;

import java.util.Locale;

import id.kanim.drivethru.infrastructure.ratelimit.RateLimitExceededException;
import id.kanim.drivethru.infrastructure.ratelimit.RateLimiter;

import org.springframework.stereotype.Component;

/**
 * Makes probing for booking codes and application numbers pointless. A code has 40 random bits, so guessing
 * one blindly is already hopeless; what is left is someone who knows a code trying application numbers, or
 * one client trying many pairs. Both are stopped here: after {@link LookupSettings#maxFailuresPerCode()}
 * wrong numbers for one code, or {@link LookupSettings#maxFailuresPerClient()} wrong pairs from one address,
 * within the window, further lookups are refused for the rest of it (right or wrong, so the refusal says
 * nothing). The failures are counted in PostgreSQL ({@link RateLimiter}), so the limits hold across instances.
 */
@Component
class LookupGuard {

	private final LookupSettings settings;

	private final RateLimiter limits;

	LookupGuard(LookupSettings settings, RateLimiter limits) {
		this.settings = settings;
		this.limits = limits;
	}

	/** Whether a lookup of this code from this client may go ahead at all. */
	boolean allows(String client, String code) {
		try {
			limits.check("lookup-failures-per-client", client, settings.maxFailuresPerClient());
			limits.check("lookup-failures-per-code", normalise(code), settings.maxFailuresPerCode());
			return true;
		}
		catch (RateLimitExceededException ex) {
			return false;
		}
	}

	/** Remembers a wrong pair. */
	void failed(String client, String code) {
		limits.record("lookup-failures-per-client", client, settings.window());
		limits.record("lookup-failures-per-code", normalise(code), settings.window());
	}

	private static String normalise(String code) {
		return code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace("-", "");
	}

}
