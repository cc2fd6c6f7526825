package id.kanim.drivethru.office;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cache of office settings in each instance (see {@link Offices}).
 *
 * @param settingsTtl how long a cached copy is used before it is read again; with several instances this is
 * how long another instance may still show an office's old settings after a supervisor's change
 * @param settingsMaxSize how many offices one instance keeps (about 125 exist in the country)
 */
@ConfigurationProperties("drivethru.offices")
public record OfficeCacheSettings(
		@DefaultValue("3s") Duration settingsTtl,
		@DefaultValue("1000") int settingsMaxSize) {
}
