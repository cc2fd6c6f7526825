package id.kanim.drivethru.booking;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class ValidInputValidator implements ConstraintValidator<ValidInput, String> {

	private ValidInput.Kind kind;

	private boolean optional;

	@Override
	public void initialize(ValidInput annotation) {
		this.kind = annotation.value();
		this.optional = annotation.optional();
	}

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		if (value == null || value.isBlank()) {
			return optional || fail(context, "required");
		}
		return BookingInputs.parse(kind, value).isPresent() || fail(context, "invalid");
	}

	private boolean fail(ConstraintValidatorContext context, String what) {
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate("{validation." + kind.messageKey() + "." + what + "}")
			.addConstraintViolation();
		return false;
	}

}
