package id.kanim.drivethru.infrastructure.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Staff sessions are kept in PostgreSQL (Spring Session JDBC, table {@code spring_session}), so every instance
 * knows a signed-in staff member. Their contents are Java-serialised objects (the signed-in user); during a
 * rolling update an instance of the new version may read a session written by the old one, and a class that
 * changed shape (a new Spring Security version, say) cannot be read back. Such a session is treated as empty:
 * the staff member signs in again, instead of getting an error page on every request until the cookie expires.
 */
@Configuration(proxyBeanMethods = false)
class StaffSessionStore {

	private static final Logger log = LoggerFactory.getLogger(StaffSessionStore.class);

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> unreadableSessionsAreEmpty() {
		var deserializer = new DeserializingConverter(StaffSessionStore.class.getClassLoader());
		var conversions = new GenericConversionService();
		conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversions.addConverter(byte[].class, Object.class, bytes -> {
			try {
				return deserializer.convert(bytes);
			}
			catch (SerializationFailedException ex) {
				log.info("A stored session attribute could not be read (written by another version?); it is "
						+ "treated as absent: {}", ex.getMostSpecificCause().toString());
				return null;
			}
		});
		return repository -> repository.setConversionService(conversions);
	}

}
