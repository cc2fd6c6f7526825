package id.kanim.drivethru.infrastructure.database;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * How to reach a PostgreSQL server started on this machine (the embedded one, here and in tests): the
 * superuser {@code postgres} with trust authentication, so no password.
 */
public record LocalPostgresConnection(String jdbcUrl) implements JdbcConnectionDetails {

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
		return null;
	}

}
