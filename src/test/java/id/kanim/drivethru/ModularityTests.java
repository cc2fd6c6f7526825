package id.kanim.drivethru;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The features (office, capacity, booking, ...) only use each other's top-level public types, only the
 * features their {@code package-info.java} declares ({@code allowedDependencies}), and never in a cycle.
 * {@link TableOwnershipTests} holds the same line in SQL.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(DriveThruApplication.class);

	/** The committed module diagram, referenced from the README. */
	static final Path DIAGRAM = Path.of("docs/modules/components.puml");

	@Test
	void featuresRespectTheirBoundaries() {
		MODULES.verify();
	}

	/** A module without declared dependencies would be checked for cycles only. */
	@Test
	void everyModuleDeclaresWhatItMayDependOn() throws ClassNotFoundException {
		for (var module : MODULES) {
			var info = Class.forName(module.getBasePackage().getName() + ".package-info");
			var declared = info.getAnnotation(ApplicationModule.class);
			assertThat(declared).as(module.getIdentifier() + " has @ApplicationModule").isNotNull();
			assertThat(declared.allowedDependencies()).as(module.getIdentifier() + " declares allowedDependencies")
				.doesNotContain(ApplicationModule.OPEN_TOKEN);
		}
	}

	/**
	 * Writes the module diagrams (PlantUML) to target/spring-modulith-docs, and fails when the committed
	 * overview no longer shows the real shape: copy {@code components.puml} from there to {@code docs/modules/}.
	 */
	@Test
	void committedModuleDiagramIsCurrent() throws IOException {
		var output = "target/spring-modulith-docs";
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(output)).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		var generated = Path.of(output, "components.puml");
		assertThat(DIAGRAM).as("docs/modules/components.puml, copied from " + generated).exists();
		// The documenter writes the relations in no fixed order: compare the lines, not their order.
		assertThat(Files.readAllLines(DIAGRAM)).as("copy " + generated + " to " + DIAGRAM)
			.filteredOn(line -> !line.isBlank())
			.containsExactlyInAnyOrderElementsOf(
					Files.readAllLines(generated).stream().filter(line -> !line.isBlank()).toList());
	}

}
