package id.kanim.drivethru.infrastructure.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * RFC 9457 problem details whose {@code type} ends in a stable word (the path {@code /problems/{word}}),
 * so clients can branch on it without parsing texts.
 */
public final class ApiProblems {

	public static final String TYPE_PREFIX = "/problems/";

	private ApiProblems() {
	}

	public static ProblemDetail problem(HttpStatusCode status, String type, String title, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + type));
		problem.setTitle(title);
		return problem;
	}

	public static ProblemDetail invalid(String type, String title, String detail, List<FieldProblem> errors) {
		var problem = problem(HttpStatus.BAD_REQUEST, type, title, detail);
		problem.setProperty("errors", errors);
		return problem;
	}

	public static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/** One field's complaint in a validation problem. */
	public record FieldProblem(String field, String message) {
	}

}
