package id.kanim.drivethru.notification;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How applicants are told about their bookings.
 *
 * @param from the sender address of e-mails (used only when {@code spring.mail.host} is set)
 * @param publicUrl the address applicants reach the app at, for links in messages
 * @param remindersScheduled whether this instance runs the reminder job (any number of instances may)
 * @param reminderInterval how often the job looks for due reminders
 * @param remindFrom the office-local time from which the day-before reminders go out
 */
@ConfigurationProperties("drivethru.notifications")
public record NotificationSettings(
		@DefaultValue("drive-thru@imigrasi.invalid") String from,
		@DefaultValue("http://localhost:8080") URI publicUrl,
		@DefaultValue("true") boolean remindersScheduled,
		@DefaultValue("15m") Duration reminderInterval,
		@DefaultValue("08:00") LocalTime remindFrom) {
}
