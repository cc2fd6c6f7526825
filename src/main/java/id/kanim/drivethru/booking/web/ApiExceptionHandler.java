package id.kanim.drivethru.booking.web;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import id.kanim.drivethru.booking.BookingRefusedException;
import id.kanim.drivethru.booking.IdempotencyKeyReusedException;
import id.kanim.drivethru.capacity.CapacityBusyException;
import id.kanim.drivethru.infrastructure.web.ApiProblems;
import id.kanim.drivethru.infrastructure.web.ApiProblems.FieldProblem;
import id.kanim.drivethru.infrastructure.web.DatabaseUnavailable;
import id.kanim.drivethru.infrastructure.ratelimit.RateLimitExceededException;
import id.kanim.drivethru.office.UnknownOfficeException;
import id.kanim.drivethru.verification.CodeNotDeliveredException;
import id.kanim.drivethru.verification.VerificationException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.bind.annotation.RestController;

/**
 * Turns every API failure into an RFC 9457 problem with a stable {@code type}, texts in the caller's
 * language, and never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(BookingRefusedException ex) {
		var reason = ex.getReason();
		var detail = text(reason.messageKey(), ex.getMessageArguments());
		if (reason.isInvalidInput()) {
			return ApiProblems.respond(invalidBooking(List.of(new FieldProblem(reason.field(), detail))));
		}
		var problem = ApiProblems.problem(HttpStatus.CONFLICT, reason.problemType(),
				text("problem." + reason.problemType() + ".title"), detail);
		if (reason == BookingRefusedException.Reason.DUPLICATE_APPLICATION) {
			// Not a dead end: the owner gets back to the booking with the phone it was made with.
			problem.setProperty("recovery", RecoveryController.PATH);
			problem.setDetail(detail + " " + text("recovery.duplicate.api", RecoveryController.PATH));
		}
		return ApiProblems.respond(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unknownOffice(UnknownOfficeException ex) {
		return ApiProblems.respond(ApiProblems.problem(HttpStatus.NOT_FOUND, "unknown-office",
				text("problem.unknown-office.title"), text("problem.unknown-office.detail")));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> bookingNotFound(BookingApiController.BookingNotFoundException ex) {
		return ApiProblems.respond(ApiProblems.problem(HttpStatus.NOT_FOUND, "booking-not-found",
				text("problem.booking-not-found.title"), text("problem.booking-not-found.detail")));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notChangeable(BookingApiController.NotChangeableException ex) {
		return ApiProblems.respond(ApiProblems.problem(HttpStatus.CONFLICT, ex.type(),
				text("problem." + ex.type() + ".title"), text("problem." + ex.type() + ".detail")));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooManyLookups(BookingApiController.TooManyLookupsException ex) {
		return ApiProblems.respond(ApiProblems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-lookups",
				text("problem.too-many-lookups.title"), text("problem.too-many-lookups.detail")));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> badIdempotencyKey(BookingApiController.InvalidIdempotencyKeyException ex) {
		return ApiProblems.respond(invalidBooking(
				List.of(new FieldProblem("Idempotency-Key", text("validation.idempotencyKey.invalid")))));
	}

	/** 422: the key was made for another request; nothing about that request's booking is told. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> reusedIdempotencyKey(IdempotencyKeyReusedException ex) {
		return ApiProblems.respond(ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
				text("problem.idempotency-key-reused.title"), text("problem.idempotency-key-reused.detail")));
	}

	/**
	 * The database kept aborting the capacity change (deadlocks, serialization failures) even after retries:
	 * nothing changed, and the caller may simply send the same request again.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> busy(CapacityBusyException ex) {
		var problem = ApiProblems.problem(HttpStatus.SERVICE_UNAVAILABLE, "try-again",
				text("problem.try-again.title"), text("problem.try-again.detail"));
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "1")
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/** No proof of the phone: 400 when none was given, 403 when it did not prove it. Nothing was stored. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unverified(VerificationException ex) {
		var status = ex.kind() == VerificationException.Kind.REQUIRED ? HttpStatus.BAD_REQUEST : HttpStatus.FORBIDDEN;
		var type = ex.kind().problemType();
		return ApiProblems.respond(ApiProblems.problem(status, type, text("problem." + type + ".title"),
				text(ex.messageKey())));
	}

	/** A limit: 429 with Retry-After, and a text that says which limit and when to try again. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> limited(RateLimitExceededException ex) {
		var problem = ApiProblems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
				text("problem.too-many-requests.title"),
				text("limit." + ex.limit(), Limits.minutes(ex)));
		problem.setProperty("limit", ex.limit());
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notDelivered(CodeNotDeliveredException ex) {
		log.warn("One-time code not delivered: {}", ex.getCause() == null ? "" : ex.getCause().getMessage());
		return ApiProblems.respond(ApiProblems.problem(HttpStatus.SERVICE_UNAVAILABLE, "code-not-delivered",
				text("problem.code-not-delivered.title"), text("verification.code-not-delivered")));
	}

	/**
	 * The last resort: logged in full for us, a plain 500 problem for the caller. A database that is down,
	 * restarting or too slow is no bug: a quick 503 the client may retry (nothing was stored), in one log line.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		if (DatabaseUnavailable.isCause(ex)) {
			log.warn("Database unavailable, answered 503: {}", ex.toString());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailable.RETRY_AFTER.toSeconds()))
				.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
				.body(ApiProblems.problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
						text("problem.service-unavailable.title"), text("problem.service-unavailable.detail")));
		}
		log.error("Unexpected API failure", ex);
		return ApiProblems.respond(ApiProblems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
				text("problem.internal-error.title"), text("problem.internal-error.detail")));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var errors = ex.getBindingResult().getFieldErrors().stream()
			.map(e -> new FieldProblem(e.getField(), messages.getMessage(e, locale())))
			.toList();
		return asObject(ApiProblems.respond(invalidBooking(errors)));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var field = "body";
		if (ex.getMostSpecificCause() instanceof JacksonException json && !json.getPath().isEmpty()
				&& json.getPath().get(0).getPropertyName() != null) {
			field = json.getPath().get(0).getPropertyName();
		}
		return asObject(ApiProblems.respond(
				invalidBooking(List.of(new FieldProblem(field, text("validation.body.unreadable"))))));
	}

	/** A query parameter that cannot be read (a date like "kemarin"): which one, in the caller's language. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		var field = ex.getPropertyName() != null ? ex.getPropertyName() : "request";
		return asObject(ApiProblems.respond(ApiProblems.invalid("invalid-request", text("problem.invalid-request.title"),
				text("problem.invalid-request.detail"),
				List.of(new FieldProblem(field, text("validation.parameter.invalid"))))));
	}

	/** Other Spring MVC failures (wrong method, media type...) keep their status, with our problem type. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		if (body instanceof ProblemDetail problem && problem.getType() != null
				&& "about:blank".equals(problem.getType().toString())) {
			var word = HttpStatus.resolve(status.value()) == null ? "error"
					: HttpStatus.resolve(status.value()).name().toLowerCase(Locale.ROOT).replace('_', '-');
			problem.setType(java.net.URI.create(ApiProblems.TYPE_PREFIX + word));
		}
		return super.createResponseEntity(body, headers, status, request);
	}

	private ProblemDetail invalidBooking(List<FieldProblem> errors) {
		return ApiProblems.invalid("invalid-booking", text("problem.invalid-booking.title"),
				text("problem.invalid-booking.detail"), errors);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> entity) {
		return (ResponseEntity) entity;
	}

}
