package id.kanim.drivethru.infrastructure.database;

import java.io.IOException;
import java.nio.file.Files;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts a real PostgreSQL server (zonky's binaries from Maven Central) so that {@code ./mvnw spring-boot:run}
 * needs nothing installed. A configured {@code spring.datasource.url} always wins: then this class does nothing.
 *
 * <p>The server is a bean, so Spring stops it ({@code pg_ctl stop -m fast}) after the connection pool, which
 * depends on it, has been closed; the data folder is kept and the next start reuses it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		var dataDir = properties.dataDir().toAbsolutePath().normalize();
		Files.createDirectories(dataDir);
		log.info("Starting embedded PostgreSQL with data folder {}", dataDir);
		var builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			// Spring stops the server (destroy method) after closing the pool; zonky's own JVM hook would stop
			// it in parallel with Spring's graceful shutdown and cut off requests still being answered.
			.setRegisterShutdownHook(false)
			.setPGStartupWait(properties.startupWait())
			.setServerConfig("max_connections", "100")
			// zonky turns synchronous commit off for test speed; bookings must survive a crash once confirmed.
			.setServerConfig("synchronous_commit", "on");
		properties.serverConfig().forEach(builder::setServerConfig);
		if (properties.port() > 0) {
			builder.setPort(properties.port());
		}
		return builder.start();
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
		return new LocalPostgresConnection(postgres.getJdbcUrl("postgres", "postgres"));
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
