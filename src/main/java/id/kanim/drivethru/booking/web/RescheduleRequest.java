package id.kanim.drivethru.booking.web;

import id.kanim.drivethru.booking.ValidInput;
import id.kanim.drivethru.booking.ValidInput.Kind;

/**
 * A move from the API: the new day and time, the application number that proves the right to it, and the
 * one-time code sent to the booking's phone (see PhoneGate).
 */
public record RescheduleRequest(@ValidInput(Kind.DATE) String date, @ValidInput(Kind.SLOT_START) String slotStart,
		@ValidInput(Kind.APPLICATION_NUMBER) String applicationNumber, String verificationId,
		String verificationCode) {
}
