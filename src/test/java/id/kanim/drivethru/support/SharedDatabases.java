package id.kanim.drivethru.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The JVM-wide database servers behind {@link TestDatabaseConfiguration}, started on first use. */
final class SharedDatabases {

	private static final Logger log = LoggerFactory.getLogger(SharedDatabases.class);

	private static Boolean docker;

	private static PostgreSQLContainer container;

	private static EmbeddedPostgres embedded;

	private SharedDatabases() {
	}

	static synchronized boolean dockerAvailable() {
		if (docker == null) {
			boolean available;
			try {
				available = DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException | LinkageError ex) {
				available = false;
			}
			docker = available;
			log.warn(available ? "Docker answers: tests use a Testcontainers PostgreSQL"
					: "No Docker engine: tests use an embedded PostgreSQL");
		}
		return docker;
	}

	static synchronized PostgreSQLContainer container() {
		if (container == null) {
			container = new PostgreSQLContainer(TestDatabaseConfiguration.POSTGRES_IMAGE);
			container.start();
		}
		return container;
	}

	static synchronized String embeddedJdbcUrl() {
		if (embedded == null) {
			try {
				// A throw-away data folder, removed at JVM exit by zonky's shutdown hook.
				embedded = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return embedded.getJdbcUrl("postgres", "postgres");
	}

}
