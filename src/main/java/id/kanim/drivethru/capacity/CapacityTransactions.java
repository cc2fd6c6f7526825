package id.kanim.drivethru.capacity;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a change that touches capacity (a booking, a cancellation, a move, a supervisor's quota change) as one
 * transaction on one connection, and runs it again when PostgreSQL aborted it as a deadlock victim or a
 * serialization failure.
 *
 * <p>The lock order in {@link CapacityClaims} is meant to make deadlocks impossible; this is the safety net
 * for whatever it does not cover, so a user never sees a 500 for a conflict that a second attempt resolves.
 * A retry is safe because the aborted transaction was rolled back whole and the work re-reads everything it
 * decides on. When the retries run out, {@link CapacityBusyException} asks the caller to try again (503),
 * with nothing changed.
 *
 * <p>It refuses to run inside an open transaction: a retry there could not undo the outer work, and anything
 * needing a second connection (creating a service day) must happen before, so that one request never holds
 * two connections of the pool.
 */
@Component
public class CapacityTransactions {

	private static final Logger log = LoggerFactory.getLogger(CapacityTransactions.class);

	private final TransactionTemplate transaction;

	private final RetryTemplate retry;

	private final AtomicLong retries = new AtomicLong();

	CapacityTransactions(PlatformTransactionManager transactions, CapacitySettings settings) {
		this.transaction = new TransactionTemplate(transactions);
		this.retry = new RetryTemplate(RetryPolicy.builder()
			.includes(PessimisticLockingFailureException.class)
			.maxRetries(settings.transactionRetries())
			.delay(settings.retryDelay())
			.multiplier(2)
			.jitter(settings.retryDelay().dividedBy(2))
			.maxDelay(settings.retryDelay().multipliedBy(10))
			.build());
		this.retry.setRetryListener(new RetryListener() {
			@Override
			public void beforeRetry(RetryPolicy policy, Retryable<?> retryable, RetryState state) {
				retries.incrementAndGet();
				log.info("Capacity transaction aborted by the database ({}); running it again",
						state.getLastException() == null ? "?" : state.getLastException().getClass().getSimpleName());
			}
		});
	}

	/** Runs the work in a new transaction, again if the database aborted it, and returns its result. */
	public <T> T run(Supplier<T> work) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("A capacity transaction must not run inside another transaction");
		}
		try {
			return retry.execute(() -> transaction.execute(status -> work.get()));
		}
		catch (RetryException ex) {
			var last = ex.getCause();
			if (last instanceof PessimisticLockingFailureException) {
				log.warn("Capacity transaction still aborted after {} retries; the caller is asked to try again",
						ex.getRetryCount());
				throw new CapacityBusyException(last);
			}
			if (last instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (last instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(last);
		}
	}

	/** How many times a transaction was run again since start: zero while the lock order holds. */
	public long retriesSoFar() {
		return retries.get();
	}

}
