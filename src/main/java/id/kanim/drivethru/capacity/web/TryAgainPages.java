package id.kanim.drivethru.capacity.web;

import id.kanim.drivethru.capacity.CapacityBusyException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A page request whose capacity change the database kept aborting (see {@code CapacityTransactions}): a
 * friendly "busy, try again" page with 503, nothing changed, instead of the generic error page and a 500.
 * API requests get the same as a problem from their own handler.
 */
@ControllerAdvice
class TryAgainPages {

	@ExceptionHandler(CapacityBusyException.class)
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	String busy() {
		return "capacity/try-again";
	}

}
