package id.kanim.drivethru.counter;

import java.util.Set;

/**
 * What an officer asks for with one click.
 * @param expectedVersion the booking's version the officer's screen showed: if someone else changed the
 * booking since, the step is refused rather than applied to a state the officer has not seen
 * @param window the window a car is called to
 * @param reason why a booking is turned away (a {@link TurnAwayReason} name or the officer's own words)
 * @param documents the documents the officer ticked as checked
 */
public record StepRequest(CounterAction action, long expectedVersion, Integer window, String reason,
		Set<String> documents) {

}
