package id.kanim.drivethru.infrastructure.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Nightly backups of the embedded database. With an external database ({@code spring.datasource.url}) there are
 * none: back that server up with its own tools.
 *
 * @param enabled whether to take them at all
 * @param folder where the backup files go; best on another disk than the data folder
 * @param cron when, in the server's time zone (Spring cron: second minute hour day month weekday)
 * @param keep how many of the newest backups to keep; older ones are deleted after each new backup
 */
@ConfigurationProperties("drivethru.backup")
public record BackupProperties(
		@DefaultValue("true") boolean enabled,
		@DefaultValue("./data/backups") Path folder,
		@DefaultValue("0 30 1 * * *") String cron,
		@DefaultValue("14") int keep) {
}
