package id.kanim.drivethru.infrastructure.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The PostgreSQL server the app starts for itself when no {@code spring.datasource.url} is given.
 *
 * @param enabled whether to start it at all (tests switch it off and bring their own server)
 * @param dataDir where its data lives; kept between runs so bookings survive a restart
 * @param port its TCP port on localhost, {@code 0} for any free one
 * @param startupWait how long to wait for the server to accept connections
 */
@ConfigurationProperties("drivethru.embedded-database")
public record EmbeddedDatabaseProperties(
		@DefaultValue("true") boolean enabled,
		@DefaultValue("./data/postgres") Path dataDir,
		@DefaultValue("0") int port,
		@DefaultValue("30s") Duration startupWait) {
}
