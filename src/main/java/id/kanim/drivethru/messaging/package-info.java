/**
 * The port through which every message to an applicant leaves the app: one-time codes, confirmations,
 * reminders, waiting-list promotions, office cancellations. Callers say whether a message goes to a phone
 * or an e-mail address; configuration decides which provider carries it (WhatsApp, an SMS gateway, SMTP),
 * and the log carries it while no provider is configured, so the app runs on a laptop with none. Messages
 * about a change go through the {@link id.kanim.drivethru.messaging.Outbox}, written in the change's own
 * transaction and delivered by the {@link id.kanim.drivethru.messaging.OutboxWorker}; one-time codes go
 * through {@link id.kanim.drivethru.messaging.MessageSender} at once.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
		allowedDependencies = { "retention", "infrastructure" })
package id.kanim.drivethru.messaging;
