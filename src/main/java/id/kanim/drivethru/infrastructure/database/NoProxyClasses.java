package id.kanim.drivethru.infrastructure.database;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Hibernate without byte-buddy (9 MB of the jar, which kept it above 80 MB, bench/RESULTS.md): its "none"
 * bytecode provider, which makes no proxy classes. None are needed: no entity has an association (they refer to
 * each other by id) and nothing reads one with {@code getReference}, where Hibernate would need a proxy; it
 * instantiates and fills entities by reflection. Hibernate 7 chooses its provider only with Java's service
 * loader, and hibernate-core names the byte-buddy one there, so it is set here as a service of its own
 * (registered in {@code META-INF/services}), which takes the place of the one the service loader would find.
 * The tests run with it too (byte-buddy is still on their class path, for Mockito).
 */
public class NoProxyClasses implements ServiceContributor {

	@Override
	public void contribute(StandardServiceRegistryBuilder registry) {
		registry.addService(BytecodeProvider.class, new org.hibernate.bytecode.internal.none.BytecodeProviderImpl());
	}

}
