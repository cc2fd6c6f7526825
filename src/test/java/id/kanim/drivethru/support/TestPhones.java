package id.kanim.drivethru.support;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Mobile numbers nobody else in the run uses, so per-phone limits of one test never touch another's. */
public final class TestPhones {

	private static final AtomicInteger counter = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000));

	private TestPhones() {
	}

	/** As an applicant types it: {@code 0812...}. */
	public static String next() {
		return String.format("0812%08d", counter.incrementAndGet() % 100_000_000);
	}

	public static String e164(String local) {
		return "+62" + local.substring(1);
	}

}
