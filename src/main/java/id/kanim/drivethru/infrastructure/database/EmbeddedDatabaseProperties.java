package id.kanim.drivethru.infrastructure.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The PostgreSQL server the app starts for itself when no {@code spring.datasource.url} is given.
 *
 * @param enabled whether to start it at all (tests switch it off and bring their own server)
 * @param dataDir where its data lives; kept between runs so bookings survive a restart
 * @param port its TCP port on localhost, {@code 0} for any free one
 * @param startupWait how long to wait for the server to accept connections
 * @param serverConfig extra server settings ({@code -c name=value}), for example
 * {@code shared_preload_libraries=pg_stat_statements} for the benchmark, which can only be set at start
 * @param watchdogInterval how often the app checks that the server is still running
 * @param maxRestartBackoff the longest pause between attempts to start a dead server again (1 s, 2 s, 4 s...)
 */
@ConfigurationProperties("drivethru.embedded-database")
public record EmbeddedDatabaseProperties(
		@DefaultValue("true") boolean enabled,
		@DefaultValue("./data/postgres") Path dataDir,
		@DefaultValue("0") int port,
		@DefaultValue("30s") Duration startupWait,
		Map<String, String> serverConfig,
		@DefaultValue("1s") Duration watchdogInterval,
		@DefaultValue("30s") Duration maxRestartBackoff) {

	public EmbeddedDatabaseProperties {
		serverConfig = serverConfig == null ? Map.of() : Map.copyOf(serverConfig);
	}

}
