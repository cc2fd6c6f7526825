package id.kanim.drivethru.infrastructure.web;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages, while the database is down or restarting: a quick 503 page that says to try again in a few minutes,
 * never a page that hangs or an error 500. (The JSON API answers a problem instead: its own advice comes first.)
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnavailablePageAdvice {

	private static final Logger log = LoggerFactory.getLogger(UnavailablePageAdvice.class);

	@ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class })
	ModelAndView unavailable(Exception ex, HttpServletResponse response) throws Exception {
		if (!DatabaseUnavailable.isCause(ex)) {
			throw ex;
		}
		log.warn("Database unavailable, answered 503: {}", ex.toString());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailable.RETRY_AFTER.toSeconds()));
		// The same page Boot shows for any other 503 (error/503.html).
		var page = new ModelAndView("error/503");
		page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
		return page;
	}

}
