package id.kanim.drivethru.infrastructure.database;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * How to reach a PostgreSQL server started on this machine: the superuser {@code postgres}, with the
 * embedded server's password (tests' throw-away servers trust local users and need none).
 */
public record LocalPostgresConnection(String jdbcUrl, String password) implements JdbcConnectionDetails {

	public LocalPostgresConnection(String jdbcUrl) {
		this(jdbcUrl, null);
	}

	@Override
	public String getJdbcUrl() {
		return jdbcUrl;
	}

	@Override
	public String getUsername() {
		return "postgres";
	}

	@Override
	public String getPassword() {
		return password;
	}

	@Override
	public String toString() {
		return "LocalPostgresConnection[" + jdbcUrl + "]";
	}

}
