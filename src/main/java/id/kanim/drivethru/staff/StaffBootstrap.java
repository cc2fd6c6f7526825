package id.kanim.drivethru.staff;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;

import id.kanim.drivethru.office.Offices;
import id.kanim.drivethru.office.UnknownOfficeException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first account (ADMIN and SUPERVISOR of the pilot office) while no staff account exists, so a
 * fresh installation can be signed in to. Its password comes from the environment; without one a random
 * password is generated and written to the log this once, to be changed after the first sign-in.
 */
@Component
class StaffBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StaffBootstrap.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final BootstrapSettings settings;

	private final Clock clock;

	private final Offices offices;

	StaffBootstrap(JdbcClient jdbc, Offices offices, PasswordEncoder encoder, BootstrapSettings settings,
			Clock clock) {
		this.jdbc = jdbc;
		this.offices = offices;
		this.encoder = encoder;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		createFirstAccount(settings);
	}

	/**
	 * Creates the account if no staff account exists yet; returns its username if it did. Two instances
	 * starting together are safe: the transaction-level advisory lock lets one check-and-insert run at a time.
	 */
	@Transactional
	Optional<String> createFirstAccount(BootstrapSettings bootstrap) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('drivethru.staff-bootstrap'))").query().singleRow();
		if (jdbc.sql("select exists (select 1 from staff_account)").query(Boolean.class).single()) {
			return Optional.empty();
		}
		Long officeId;
		try {
			officeId = offices.byCode(bootstrap.office()).id();
		}
		catch (UnknownOfficeException ex) {
			log.warn("No first staff account created: the office '{}' (drivethru.bootstrap.office) does not exist.",
					bootstrap.office());
			return Optional.empty();
		}
		var generated = bootstrap.password() == null || bootstrap.password().isBlank();
		var password = generated ? randomPassword() : bootstrap.password();
		var username = StaffAccount.normaliseUsername(bootstrap.username());
		jdbc.sql("""
				insert into staff_account (username, display_name, office_id, roles, enabled, password_hash, created_at)
				values (:username, :name, :office, :roles, true, :hash, :now)""")
			.param("username", username)
			.param("name", "Administrator")
			.param("roles", new RolesConverter().convertToDatabaseColumn(EnumSet.of(StaffRole.ADMIN, StaffRole.SUPERVISOR)))
			.param("hash", encoder.encode(password))
			.param("now", Timestamp.from(clock.instant()))
			.param("office", officeId)
			.update();
		if (generated) {
			// WARN so that it shows whatever the log level; printed once, as no second first account exists.
			log.warn("Created the first staff account '{}' with the generated password '{}'. Sign in and change "
					+ "it now; set DRIVETHRU_BOOTSTRAP_PASSWORD to choose it yourself.", username, password);
		}
		else {
			log.warn("Created the first staff account '{}' with the password from DRIVETHRU_BOOTSTRAP_PASSWORD.",
					username);
		}
		return Optional.of(username);
	}

	private static String randomPassword() {
		var bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
