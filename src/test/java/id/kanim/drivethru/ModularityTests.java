package id.kanim.drivethru;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The features (office, capacity, booking, ...) only use each other's top-level public types, and never
 * in a cycle.
 */
class ModularityTests {

	@Test
	void featuresRespectTheirBoundaries() {
		ApplicationModules.of(DriveThruApplication.class).verify();
	}

}
