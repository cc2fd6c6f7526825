package id.kanim.drivethru.planning;

import java.util.List;

/** A quota or closure change that was refused as a whole; nothing was changed. */
public class PlanningRefusedException extends RuntimeException {

	public enum Kind {

		QUOTA_BELOW_BOOKED, CAPACITY_BELOW_BOOKED, DAY_HAS_BOOKINGS, INVALID_RANGE, DATE_IN_PAST, RANGE_TOO_LONG;

		public String messageKey() {
			return "planning.refused." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	private final Kind kind;

	private final transient List<QuotaPlanning.Refusal> refusals;

	public PlanningRefusedException(Kind kind, List<QuotaPlanning.Refusal> refusals) {
		super(kind + " " + refusals, null, false, false);
		this.kind = kind;
		this.refusals = List.copyOf(refusals);
	}

	public Kind getKind() {
		return kind;
	}

	public List<QuotaPlanning.Refusal> getRefusals() {
		return refusals;
	}

}
