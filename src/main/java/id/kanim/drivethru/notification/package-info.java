/**
 * What applicants hear about their booking (confirmation, change, cancellation, promotion from the waiting
 * list, the reminder the working day before), queued in the outbox of {@link id.kanim.drivethru.messaging},
 * and the supervisors' page of messages that could not be delivered. Owns the table
 * {@code booking_reminder}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "booking", "messaging", "office", "staff", "retention", "infrastructure" })
package id.kanim.drivethru.notification;
