package id.kanim.drivethru.booking;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A family member or another person collects only with a name: the officer checks it against their KTP.
 * The error is reported on the {@code collectorName} field, so the form shows it there.
 */
@Documented
@Constraint(validatedBy = ValidCollector.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidCollector {

	String message() default "{validation.collectorName.required}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ValidCollector, BookingInput> {

		@Override
		public boolean isValid(BookingInput input, ConstraintValidatorContext context) {
			var type = BookingInputs.collectorType(input.getCollectorType());
			if (type.isEmpty() || !type.get().isProxy()) {
				return true;
			}
			var name = input.getCollectorName();
			if (name != null && !name.isBlank()) {
				return true; // its format is checked by @ValidInput on the field
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("collectorName")
				.addConstraintViolation();
			return false;
		}

	}

}
