package id.kanim.drivethru.infrastructure.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of the database itself (down, restarting, too slow, a lock held too long) from a bug. Such a
 * request changed nothing and may simply be tried again, so it answers 503 with a friendly text instead of a
 * 500, and is logged in one line rather than with a stack trace.
 */
public final class DatabaseUnavailable {

	/** What {@code Retry-After} says: the embedded server is usually back within a minute. */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(60);

	/**
	 * What HikariCP throws, without an SQL state, when a transaction is rolled back on a connection it has
	 * already closed as broken: the database went away in the middle of the request.
	 */
	private static final String CLOSED_BY_POOL = "Connection is closed";

	private DatabaseUnavailable() {
	}

	public static boolean isCause(Throwable failure) {
		for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof QueryTimeoutException || cause instanceof PessimisticLockingFailureException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && (sql.getSQLState() != null ? isUnavailable(sql.getSQLState())
					: CLOSED_BY_POOL.equals(sql.getMessage()))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * 08: connection exceptions; 57P01-57P03: the server shuts down or cannot accept connections yet; 57014: a
	 * statement cancelled by {@code statement_timeout}; 55P03: {@code lock_timeout}; 53300: too many connections.
	 */
	private static boolean isUnavailable(String state) {
		return state.startsWith("08") || state.startsWith("57P") || state.equals("57014") || state.equals("55P03")
				|| state.equals("53300");
	}

}
