package id.kanim.drivethru.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Chooses the providers from {@code drivethru.messages.*}: one for phones (WhatsApp, an SMS gateway, or
 * none) and SMTP for e-mail when {@code spring.mail.host} is set. Says at start, as a WARN line, when the
 * log is the only channel, since then no applicant is really told anything.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MessagesSettings.class)
class MessagingConfiguration {

	private static final Logger log = LoggerFactory.getLogger(MessagingConfiguration.class);

	@Bean
	RoutingMessageSender messageSender(MessagesSettings settings, ObjectProvider<JavaMailSender> mail,
			@Value("${drivethru.notifications.from:drive-thru@imigrasi.invalid}") String from) {
		MessageSender phone = switch (settings.phone()) {
			case LOG -> null;
			case WHATSAPP -> new WhatsAppMessageSender(HttpProviders.client(settings), settings.whatsapp());
			case SMS -> new SmsGatewayMessageSender(HttpProviders.client(settings), settings.sms());
		};
		var mailSender = settings.emailEnabled() ? mail.getIfAvailable() : null;
		MessageSender email = mailSender == null ? null : new MailMessageSender(mailSender, from, settings);
		var router = new RoutingMessageSender(phone, email, settings.logContent());
		if (router.logOnly()) {
			log.warn("No message provider is configured: messages to applicants, one-time codes included, "
					+ "are written to this log and reach nobody. Set drivethru.messages.phone (and spring.mail.host).");
		}
		else {
			log.info("Messages to phones go by {}, e-mails {}; texts are {}written to the log", settings.phone(),
					email == null ? "nowhere (no SMTP)" : "by SMTP", settings.logContent() ? "also " : "not ");
		}
		return router;
	}

}
