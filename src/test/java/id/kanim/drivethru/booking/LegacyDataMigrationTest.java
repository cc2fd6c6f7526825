package id.kanim.drivethru.booking;

import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import id.kanim.drivethru.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the upgrade (V12_5) does to data written before it, on a database of its own migrated step by step:
 * unsalted unmet-demand hashes are replaced (they cannot be re-keyed), and bookings anonymised earlier lose
 * the idempotency key and typed reason they kept.
 */
@IntegrationTest
class LegacyDataMigrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void replacesUnsaltedHashesAndCleansBookingsAnonymisedBefore() {
		var name = "legacy_" + UUID.randomUUID().toString().replace("-", "");
		jdbc.sql("create database " + name).update();
		try {
			var hikari = (HikariDataSource) dataSource;
			var url = hikari.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
			var legacy = new DriverManagerDataSource(url, hikari.getUsername(), hikari.getPassword());
			flyway(legacy, "5.7");
			var db = JdbcClient.create(legacy);
			db.sql("""
					insert into unmet_demand (office_id, service_date, applicant_hash, reason, refused_at)
					values (1, current_date + 5, encode(sha256(convert_to('1234567890', 'UTF8')), 'hex'), 'QUOTA_FULL', now()),
					       (1, current_date - 5, encode(sha256(convert_to('1234567891', 'UTF8')), 'hex'), 'SLOT_FULL', now())""")
				.update();
			db.sql("insert into service_day (office_id, service_date, quota) values (1, current_date - 200, 10)").update();
			db.sql("""
					insert into booking (code, office_id, service_day_id, service_date, slot_start, slot_end,
					    application_number, full_name, phone, vehicle_type, plate_number, status, created_at,
					    idempotency_key, outcome_reason, anonymised_at)
					select 'ABCD2345', 1, id, service_date, '09:00', '09:30', 'X1', '-', '-', 'CAR', '-', 'TURNED_AWAY',
					    now(), 'web:00000000-0000-0000-0000-000000000000:1234567890', 'Pak Budi lupa KTP', now()
					from service_day where office_id = 1""")
				.update();

			flyway(legacy, "latest");

			assertThat(db.sql("select applicant_hash from unmet_demand order by id").query(String.class).list())
				.hasSize(2)
				.allSatisfy(key -> assertThat(key).hasSize(64).startsWith("-").matches("-0+[0-9]+"));
			assertThat(db.sql("select coalesce(idempotency_key, 'none') || '|' || outcome_reason from booking")
				.query(String.class)
				.single()).isEqualTo("none|OTHER");
			assertThat(db.sql("select count(*) from install_secret").query(Long.class).single())
				.as("the secret is made by the app, never by a migration").isZero();
		}
		finally {
			jdbc.sql("drop database if exists " + name + " with (force)").update();
		}
	}

	private static void flyway(DataSource target, String version) {
		Flyway.configure().dataSource(target).locations("classpath:db/migration").target(version).load().migrate();
	}

}
