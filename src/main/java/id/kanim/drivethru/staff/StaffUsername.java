package id.kanim.drivethru.staff;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * What a username typed into a form may be: 3 to 60 letters, digits, dots, underscores or hyphens (stored in
 * lower case, see {@link StaffAccount#normaliseUsername}). One message for a blank field, one for the rest.
 */
@NotBlank(message = "{staff.manage.form.username.required}")
@Pattern(regexp = "^$|[A-Za-z0-9._-]{3,60}", message = "{staff.manage.form.username.invalid}")
@Constraint(validatedBy = {})
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface StaffUsername {

	String message() default "{staff.manage.form.username.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
