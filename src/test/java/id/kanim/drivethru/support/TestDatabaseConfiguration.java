package id.kanim.drivethru.support;

import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import id.kanim.drivethru.infrastructure.database.LocalPostgresConnection;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * One real PostgreSQL for the whole test run: a Testcontainers container where a Docker engine answers,
 * otherwise an embedded server from zonky's binaries. Both are started once per JVM and shared by every
 * Spring context, so tests must make their own data (their own office, dates and application numbers).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	/** Pinned so a new PostgreSQL release never changes a test run by surprise. */
	static final DockerImageName POSTGRES_IMAGE = DockerImageName.parse("postgres:17.6-alpine");

	@Bean(destroyMethod = "")
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgresContainer() {
		return SharedDatabases.container();
	}

	@Bean
	@Conditional(DockerUnavailable.class)
	JdbcConnectionDetails embeddedPostgresConnectionDetails() {
		return new LocalPostgresConnection(SharedDatabases.embeddedJdbcUrl());
	}

	static class DockerAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return SharedDatabases.dockerAvailable();
		}

	}

	static class DockerUnavailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !SharedDatabases.dockerAvailable();
		}

	}

}
