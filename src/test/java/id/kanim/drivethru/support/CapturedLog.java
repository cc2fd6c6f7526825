package id.kanim.drivethru.support;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * What one logger writes during a test ({@code @RegisterExtension final CapturedLog logged = new
 * CapturedLog(...)}), at INFO as in production (tests otherwise log warnings only, logback-test.xml); the
 * logger gets its level back after the test.
 */
public final class CapturedLog implements BeforeEachCallback, AfterEachCallback {

	private final Logger logger;

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	/** The events logged since the test began (or since {@code list.clear()}). */
	public final List<ILoggingEvent> list = appender.list;

	private Level level;

	public CapturedLog(String loggerName) {
		this.logger = (Logger) LoggerFactory.getLogger(loggerName);
	}

	public CapturedLog(Class<?> loggingClass) {
		this(loggingClass.getName());
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		level = logger.getLevel();
		logger.setLevel(Level.INFO);
		list.clear();
		appender.start();
		logger.addAppender(appender);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		logger.detachAppender(appender);
		logger.setLevel(level);
	}

}
