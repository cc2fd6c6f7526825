package id.kanim.drivethru.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first account, created only while no staff account exists. Set with the environment variables
 * {@code DRIVETHRU_BOOTSTRAP_USERNAME} and {@code DRIVETHRU_BOOTSTRAP_PASSWORD}; without a password one is
 * generated and logged once. There is deliberately no default password.
 * @param username the first account's username, {@code admin} when unset
 * @param password its password; unset, a random one is generated and logged once, so that no default password
 * ever opens a new installation
 * @param office the office code the account belongs to, {@code jambi} when unset
 */
@ConfigurationProperties("drivethru.bootstrap")
public record BootstrapSettings(String username, String password, String office) {

	public BootstrapSettings {
		username = username == null || username.isBlank() ? "admin" : username;
		office = office == null || office.isBlank() ? "jambi" : office;
	}

}
