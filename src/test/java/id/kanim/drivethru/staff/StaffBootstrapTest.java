package id.kanim.drivethru.staff;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import id.kanim.drivethru.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first account of a fresh installation. The database is shared by all tests, so each case empties the
 * staff table inside a transaction that is rolled back at the end: other tests never see the gap.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class StaffBootstrapTest {

	private static final Pattern GENERATED = Pattern.compile("generated password '([^']+)'");

	@Autowired
	StaffBootstrap bootstrap;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theGivenUsernameAndPasswordMakeAnAdminAndSupervisorOfJambi(CapturedOutput output) {
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("delete from staff_account").update();

			var created = bootstrap.createFirstAccount(new BootstrapSettings("Kepala", "pilihan-sendiri-99", null));

			assertThat(created).hasValue("kepala");
			var row = jdbc.sql("""
					select s.roles, s.enabled, s.password_hash, o.code from staff_account s
					join office o on o.id = s.office_id where s.username = 'kepala'""")
				.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) })
				.single();
			assertThat(row[0]).isEqualTo("SUPERVISOR,ADMIN".equals(row[0]) ? row[0] : "ADMIN,SUPERVISOR");
			assertThat(row[1]).isEqualTo("t");
			assertThat(row[2]).startsWith("{bcrypt}").doesNotContain("pilihan-sendiri-99");
			assertThat(encoder.matches("pilihan-sendiri-99", row[2])).isTrue();
			assertThat(row[3]).isEqualTo("jambi");
			tx.setRollbackOnly();
		});
		assertThat(output.getAll()).doesNotContain("pilihan-sendiri-99");
	}

	@Test
	void withoutAPasswordARandomOneIsGeneratedAndLoggedOnce(CapturedOutput output) {
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("delete from staff_account").update();
			// The app's own start may have logged a first account already; look only at what follows.
			int logStart = output.getAll().length();

			var created = bootstrap.createFirstAccount(new BootstrapSettings(null, null, null));
			var again = bootstrap.createFirstAccount(new BootstrapSettings(null, null, null));

			assertThat(created).hasValue("admin");
			assertThat(again).as("an account exists now").isEmpty();
			var matcher = GENERATED.matcher(output.getAll().substring(logStart));
			assertThat(matcher.find()).as("the password is in the log").isTrue();
			var password = matcher.group(1);
			assertThat(password).hasSizeGreaterThanOrEqualTo(20);
			assertThat(matcher.find()).as("logged once only").isFalse();
			var hash = jdbc.sql("select password_hash from staff_account where username = 'admin'")
				.query(String.class).single();
			assertThat(encoder.matches(password, hash)).isTrue();
			tx.setRollbackOnly();
		});
	}

	@Test
	void nothingIsCreatedWhileAnyStaffAccountExists() {
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("delete from staff_account").update();
			bootstrap.createFirstAccount(new BootstrapSettings("pertama", "pilihan-sendiri-99", null));

			assertThat(bootstrap.createFirstAccount(new BootstrapSettings("kedua", "pilihan-sendiri-99", null))).isEmpty();
			assertThat(jdbc.sql("select count(*) from staff_account").query(Long.class).single()).isEqualTo(1);
			tx.setRollbackOnly();
		});
	}

}
