package id.kanim.drivethru.booking;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.kanim.drivethru.notification.Notifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts whose keys are built from enum values ({@code 'booking.status.' + status}, and so on), which
 * {@code MessageBundlesTest} cannot see in the templates: every value has its text in both languages. A new
 * status or refusal reason without a text fails here, not in front of an applicant.
 */
class ApplicantTextsTest {

	@ParameterizedTest
	@ValueSource(strings = { "", "_en" })
	void everyKeyBuiltFromAnEnumValueExists(String language) throws IOException {
		var known = new Properties();
		for (var base : List.of("messages", "messages-applicant", "messages-capacity", "messages-verification")) {
			try (var reader = new InputStreamReader(
					Files.newInputStream(Path.of("src/main/resources", base + language + ".properties")),
					StandardCharsets.UTF_8)) {
				known.load(reader);
			}
		}
		var keys = new ArrayList<String>();
		for (var status : BookingStatus.values()) {
			keys.add("booking.status." + status.name());
		}
		for (var collector : CollectorType.values()) {
			keys.add("collector." + collector.name());
			keys.add("requirements.title." + collector.name());
			keys.add("requirements.heading." + collector.name());
			keys.addAll(Requirements.keys(collector));
		}
		for (var reason : BookingRefusedException.Reason.values()) {
			keys.add(reason.messageKey());
		}
		for (var refusal : WaitingList.Refusal.values()) {
			keys.add(refusal.messageKey());
		}
		for (var status : List.of("WAITING", "PROMOTED", "LEFT", "SKIPPED", "EXPIRED")) {
			keys.add("waiting.status." + status);
		}
		for (var topic : Notifier.Topic.values()) {
			keys.add("mail." + topic.name() + ".subject");
			keys.add("mail." + topic.name() + ".intro");
		}
		for (var type : List.of("not-cancellable", "not-changeable", "too-many-lookups")) {
			keys.add("problem." + type + ".title");
			keys.add("problem." + type + ".detail");
		}

		assertThat(keys).allSatisfy(key -> assertThat(known).as("messages%s", language).containsKey(key));
	}

}
