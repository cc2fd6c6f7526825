package id.kanim.drivethru.retention;

import java.sql.Timestamp;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A rule that is one conditional {@code UPDATE} or {@code DELETE}, for the rules of that shape (most of
 * them). The statement is written by the module that owns the table, in its own rule class; it names the
 * cutoff's values it needs: {@code :cutoff} (service dates before this date have outlived the period),
 * {@code :before} (rows without a service day, from before this instant), {@code :today} and {@code :now}.
 */
public abstract class SqlRetentionRule implements RetentionRule {

	private final JdbcClient jdbc;

	private final String name;

	private final String sql;

	protected SqlRetentionRule(JdbcClient jdbc, String name, String sql) {
		this.jdbc = jdbc;
		this.name = name;
		this.sql = sql;
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public int apply(RetentionCutoff cutoff) {
		// Values the statement does not name are left unused.
		return jdbc.sql(sql)
			.params(Map.of("cutoff", cutoff.serviceDatesBefore(), "before", Timestamp.from(cutoff.instantsBefore()),
					"today", cutoff.today(), "now", Timestamp.from(cutoff.now())))
			.update();
	}

}
