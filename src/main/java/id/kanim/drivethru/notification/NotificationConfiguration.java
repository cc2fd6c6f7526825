package id.kanim.drivethru.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the reminder job; see {@link Reminders} for why two instances never send one reminder twice. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration {

}
