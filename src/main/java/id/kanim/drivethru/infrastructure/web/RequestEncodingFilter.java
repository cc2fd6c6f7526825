package id.kanim.drivethru.infrastructure.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bad bytes are the caller's mistake, not ours: a path or query with a broken percent code or bytes that are
 * not UTF-8 ({@code ?from=%ff}), or such a form body, answers 400 (a problem from the API, the error page
 * otherwise) before anything reads a parameter and fails with a 500 and a stack trace. Runs right after the
 * character encoding filter, so form bodies are read as UTF-8.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestEncodingFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestEncodingFilter.class);

	private final MessageSource messages;

	private final JsonMapper json;

	RequestEncodingFilter(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (readable(request)) {
			chain.doFilter(request, response);
			return;
		}
		log.info("Unreadable request answered 400: {} {}", request.getMethod(), request.getRequestURI());
		var locale = locale(request);
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			var problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "bad-encoding",
					messages.getMessage("problem.bad-encoding.title", null, locale),
					messages.getMessage("problem.bad-encoding.detail", null, locale));
			response.setStatus(400);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write(json.writeValueAsString(problem));
			return;
		}
		// The error page, from a request whose unreadable parameters are hidden, so that nothing on the way
		// (the language switch, the error controller) trips over them again.
		var clean = new WithoutParameters(request);
		clean.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 400);
		clean.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		response.setStatus(400);
		request.getRequestDispatcher("/error").forward(clean, response);
	}

	static boolean readable(HttpServletRequest request) {
		if (!decodes(request.getRequestURI()) || (request.getQueryString() != null && !decodes(request.getQueryString()))) {
			return false;
		}
		try {
			// Parses the query and a form body (with the request's encoding) once; later reads use the result.
			request.getParameterMap();
			return true;
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			return false;
		}
	}

	/** Whether every percent code is complete and the bytes they make are UTF-8. */
	static boolean decodes(String raw) {
		var bytes = new ByteArrayOutputStream(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%') {
				if (i + 2 >= raw.length()) {
					return false;
				}
				int high = Character.digit(raw.charAt(i + 1), 16);
				int low = Character.digit(raw.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					return false;
				}
				bytes.write(high * 16 + low);
				i += 2;
			}
			else if (c > 127) {
				return false;
			}
			else {
				bytes.write(c);
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/** Indonesian unless the visitor's language cookie or browser says English (parameters cannot be read). */
	private static Locale locale(HttpServletRequest request) {
		if (request.getCookies() != null) {
			for (var cookie : request.getCookies()) {
				if ("lang".equals(cookie.getName())) {
					return cookie.getValue().startsWith("en") ? Locale.ENGLISH : Locale.forLanguageTag("id");
				}
			}
		}
		return "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("id");
	}

	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getQueryString() {
			return null;
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

	}

}
