package id.kanim.drivethru.booking;

/**
 * Who comes to the window. The documents differ: the applicant brings the original KTP, the application
 * receipt and the payment proof; a family member on the same Kartu Keluarga brings the payment proof, a
 * copy of the KK, the owner's documents and their own KTP; anyone else needs a surat kuasa on materai
 * plus the payment proof and their own original KTP. Offices decide whether proxies may collect at all.
 */
public enum CollectorType {

	SELF, FAMILY, PROXY;

	/** Family members and other persons collect on the applicant's behalf. */
	public boolean isProxy() {
		return this != SELF;
	}

}
