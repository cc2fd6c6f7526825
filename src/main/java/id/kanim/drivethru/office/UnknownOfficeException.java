package id.kanim.drivethru.office;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No office has this code; shown as a 404 page or problem. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownOfficeException extends RuntimeException {

	private final String code;

	public UnknownOfficeException(String code) {
		super("No office with code " + code);
		this.code = code;
	}

	public String getCode() {
		return code;
	}

}
