package id.kanim.drivethru.infrastructure.health;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The database check answers within a second even when getting a connection hangs (a full pool, a database
 * that stopped answering), and a stuck check is not started again by every probe.
 */
class DatabaseHealthIndicatorTest {

	@Test
	void aDatabaseThatAnswersIsUp() {
		var indicator = new DatabaseHealthIndicator(dataSource(new CountDownLatch(0), new AtomicInteger()));

		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		indicator.destroy();
	}

	@Test
	void aHangingDatabaseIsDownWithinASecondAndIsNotAskedAgainWhileTheCheckHangs() {
		var never = new CountDownLatch(1);
		var asked = new AtomicInteger();
		var indicator = new DatabaseHealthIndicator(dataSource(never, asked));

		for (int i = 0; i < 3; i++) {
			// The bound catches a check that waits for the connection; it measures nothing.
			var health = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> indicator.health());
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		}
		assertThat(asked).hasValue(1);

		never.countDown();
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		indicator.destroy();
	}

	/** A data source whose getConnection waits for the latch, then gives a connection that is valid. */
	private static DataSource dataSource(CountDownLatch opens, AtomicInteger asked) {
		var connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> switch (method.getName()) {
					case "isValid" -> true;
					case "close" -> null;
					default -> throw new UnsupportedOperationException(method.getName());
				});
		return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] { DataSource.class },
				(proxy, method, args) -> {
					if (method.getName().equals("getConnection")) {
						asked.incrementAndGet();
						opens.await();
						return connection;
					}
					throw new UnsupportedOperationException(method.getName());
				});
	}

}
