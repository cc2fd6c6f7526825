package id.kanim.drivethru.notification;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every topic has its phone text and its name on the supervisors' page in both languages (keys built from
 * the enum, which MessageBundlesTest cannot see in templates), and no phone text carries the applicant's
 * name or plate: a phone's lock screen shows it to anyone nearby.
 */
class NotificationTextsTest {

	@ParameterizedTest
	@ValueSource(strings = { "", "_en" })
	void everyTopicHasAShortPhoneTextWithTheCodeAndTheLink(String language) throws IOException {
		var texts = new Properties();
		try (var in = getClass().getResourceAsStream("/messages-notification" + language + ".properties")) {
			texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		for (var topic : Notifier.Topic.values()) {
			assertThat(texts).containsKey("outbox.topic." + topic.name());
			var phone = texts.getProperty("phone." + topic.name());
			assertThat(phone).as(topic.name()).isNotNull().contains("{0}", "{4}");
			// Filled in, an SMS stays within a few segments: the text itself well under 160 characters.
			assertThat(phone.length()).as(topic.name()).isLessThan(160);
		}
	}

}
