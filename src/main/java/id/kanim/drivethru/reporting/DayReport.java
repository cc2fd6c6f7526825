package id.kanim.drivethru.reporting;

import java.time.LocalDate;

/**
 * The numbers of one day (or, with {@code date} null, of the whole period) for one office.
 *
 * @param booked bookings that held a place: everything but cancellations
 * @param turnedAwayDocuments turned away because documents were incomplete
 * @param turnedAwayNotReady turned away because the passport was not ready
 * @param turnedAwayOther turned away for another reason
 * @param unmetDemand applicants refused because the day or slot was full (once per application and day)
 * @param averageWaitSeconds arrival to collection, over collected bookings; null without any
 * @param p90WaitSeconds the 90th percentile of the same; null without any
 * @param unfinished cars that arrived but were never finished at the window before the day ended
 */
public record DayReport(LocalDate date, int quota, int booked, int arrived, int collected, int noShow,
		int turnedAwayDocuments, int turnedAwayNotReady, int turnedAwayOther, int cancelled, int waitingJoins,
		int waitingPromotions, int unmetDemand, Double averageWaitSeconds, Double p90WaitSeconds,
		LaneNumbers car, LaneNumbers motorcycle, int unfinished) {

	public int turnedAway() {
		return turnedAwayDocuments + turnedAwayNotReady + turnedAwayOther;
	}

	/** Share of the quota that was booked, in percent (0 when the quota is 0). */
	public int quotaUsePercent() {
		return quota == 0 ? 0 : Math.round(100f * booked / quota);
	}

	/** One lane's share of the day: how many used it and how long they waited. */
	public record LaneNumbers(int booked, int collected, Double averageWaitSeconds, Double p90WaitSeconds) {

		static final LaneNumbers NONE = new LaneNumbers(0, 0, null, null);

	}

}
