package id.kanim.drivethru.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import id.kanim.drivethru.DriveThruApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * A second instance of the app on the same test PostgreSQL, for tests that prove a rule holds across instances
 * ({@code @RegisterExtension static final SecondInstance second = new SecondInstance();}): started before the
 * class's tests with the settings of {@code drivethru-test.properties} plus the given ones, closed after them.
 */
public final class SecondInstance implements BeforeAllCallback, AfterAllCallback {

	private final List<String> properties = new ArrayList<>();

	private ConfigurableApplicationContext context;

	/** The instance with the test settings, each {@code name=value} given here replacing its own. */
	public SecondInstance(String... properties) {
		try {
			PropertiesLoaderUtils.loadProperties(new ClassPathResource("drivethru-test.properties"))
				.forEach((name, value) -> this.properties.add(name + "=" + value));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// A port of its own; and no second registration of the same JMX names in this JVM.
		this.properties.addAll(List.of("server.port=0", "spring.jmx.enabled=false"));
		this.properties.addAll(List.of(properties));
	}

	@Override
	public void beforeAll(ExtensionContext extension) {
		context = new SpringApplicationBuilder(DriveThruApplication.class, TestDatabaseConfiguration.class,
				TestClockConfiguration.class, CapturedMessages.class)
			.properties(properties.toArray(String[]::new))
			.run();
	}

	@Override
	public void afterAll(ExtensionContext extension) {
		if (context != null) {
			context.close();
		}
	}

	public int port() {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	public <T> T getBean(Class<T> type) {
		return context.getBean(type);
	}

}
