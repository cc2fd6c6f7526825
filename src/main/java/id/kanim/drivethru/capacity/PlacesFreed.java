package id.kanim.drivethru.capacity;

import java.time.LocalDate;

/**
 * Places became free on a day (a quota or capacity raised, a day reopened): whoever waits for that day may
 * now get one. Published synchronously inside the transaction that freed them, so a listener that hands
 * the places out does so atomically with the change.
 */
public record PlacesFreed(Long officeId, LocalDate date) {
}
