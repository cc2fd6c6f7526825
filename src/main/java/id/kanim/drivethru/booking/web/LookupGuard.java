package id.kanim.drivethru.booking.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Makes probing for booking codes and application numbers pointless. A code has 40 random bits, so guessing
 * one blindly is already hopeless; what is left is someone who knows a code trying application numbers, or
 * one client trying many pairs. Both are stopped here: after {@link LookupSettings#maxFailuresPerCode()}
 * wrong numbers for one code, or {@link LookupSettings#maxFailuresPerClient()} wrong pairs from one address,
 * within the window, further lookups are refused for the rest of it (right or wrong, so the refusal says
 * nothing). Kept in memory per instance: with a few instances an attacker gets a few times as many tries,
 * still nowhere near enough.
 */
@Component
class LookupGuard {

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final LookupSettings settings;

	private final Clock clock;

	LookupGuard(LookupSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether a lookup of this code from this client may go ahead at all. */
	boolean allows(String client, String code) {
		return count("client:" + client) < settings.maxFailuresPerClient()
				&& count("code:" + normalise(code)) < settings.maxFailuresPerCode();
	}

	/** Remembers a wrong pair. */
	void failed(String client, String code) {
		add("client:" + client);
		add("code:" + normalise(code));
		if (failures.size() > 100_000) {
			failures.clear(); // a flood of distinct keys must not exhaust memory; the limits restart
		}
	}

	private int count(String key) {
		var times = failures.get(key);
		if (times == null) {
			return 0;
		}
		synchronized (times) {
			var oldest = clock.instant().minus(settings.window());
			while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
				times.pollFirst();
			}
			return times.size();
		}
	}

	private void add(String key) {
		var times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
		synchronized (times) {
			times.addLast(clock.instant());
		}
	}

	private static String normalise(String code) {
		return code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT).replace("-", "");
	}

}
