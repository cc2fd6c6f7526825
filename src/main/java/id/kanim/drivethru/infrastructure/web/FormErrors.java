package id.kanim.drivethru.infrastructure.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.util.DetailedError;

/**
 * Puts a form's errors in the order of its fields on the page. Bean Validation reports violations from a
 * hash set, so without this the error summary lists them in a different order on every request, and the
 * first link is not the first field to fix (GOV.UK: the summary follows the page). Used by the
 * {@code errorSummary} fragment as {@code @formErrors}.
 */
@Component("formErrors")
public class FormErrors {

	private final Map<Class<?>, List<String>> orders = new ConcurrentHashMap<>();

	/** The errors sorted by their field's place on the page: the form's {@link PageOrder}, else declaration. */
	public List<DetailedError> inPageOrder(List<DetailedError> errors, Object form) {
		if (form == null || errors.size() < 2) {
			return errors;
		}
		var order = orders.computeIfAbsent(form.getClass(), FormErrors::fieldOrder);
		var sorted = new ArrayList<>(errors);
		// A stable sort: errors of one field keep their order, unknown fields go last.
		sorted.sort(Comparator.comparingInt(e -> {
			var name = e.getFieldName() == null ? "" : e.getFieldName().replaceAll("[.\\[].*$", "");
			var index = order.indexOf(name);
			return index < 0 ? Integer.MAX_VALUE : index;
		}));
		return sorted;
	}

	private static List<String> fieldOrder(Class<?> type) {
		var names = new ArrayList<String>();
		var explicit = type.getAnnotation(PageOrder.class);
		if (explicit != null) {
			names.addAll(List.of(explicit.value()));
		}
		// Then every declared field (superclasses first), in the order the compiler keeps them.
		var hierarchy = new ArrayList<Class<?>>();
		for (var c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			hierarchy.add(0, c);
		}
		for (var c : hierarchy) {
			for (var field : c.getDeclaredFields()) {
				if (!names.contains(field.getName())) {
					names.add(field.getName());
				}
			}
		}
		return List.copyOf(names);
	}

}
