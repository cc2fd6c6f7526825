package id.kanim.drivethru.infrastructure.database;

import java.io.IOException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts a real PostgreSQL server (zonky's binaries from Maven Central) so that {@code ./mvnw spring-boot:run}
 * needs nothing installed. A configured {@code spring.datasource.url} always wins: then this class does nothing.
 *
 * <p>How the server is made safe for production use is told in {@link EmbeddedPostgresServer}.
 *
 * <p>The server is a bean, so Spring stops it ({@code pg_ctl stop -m fast}) after the connection pool, which
 * depends on it, has been closed; the data folder is kept and the next start reuses it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		return new EmbeddedPostgresServer(properties).start();
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgresServer postgres) {
		return new LocalPostgresConnection(postgres.jdbcUrl(), postgres.password());
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "drivethru.backup.enabled", matchIfMissing = true)
	EmbeddedDatabaseBackup embeddedDatabaseBackup(EmbeddedPostgresServer postgres, BackupProperties properties) {
		return new EmbeddedDatabaseBackup(postgres, properties);
	}

	static class NoDatasourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			var env = context.getEnvironment();
			return !env.containsProperty("spring.datasource.url")
					&& env.getProperty("drivethru.embedded-database.enabled", Boolean.class, true);
		}

	}

}
