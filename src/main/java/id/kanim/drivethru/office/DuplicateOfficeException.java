package id.kanim.drivethru.office;

/** An office with this code exists already. */
public class DuplicateOfficeException extends RuntimeException {

	public DuplicateOfficeException(String code) {
		super("An office with code " + code + " exists already", null, false, false);
	}

}
