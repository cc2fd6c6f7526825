package id.kanim.drivethru.booking;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A booking field that must be present and readable by its normaliser. The message says which of the two
 * went wrong, from {@code validation.<kind>.required} or {@code validation.<kind>.invalid}.
 */
@Documented
@Constraint(validatedBy = ValidInputValidator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidInput {

	Kind value();

	/** Optional fields may be blank; when filled in they must still be valid. */
	boolean optional() default false;

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	enum Kind {

		APPLICATION_NUMBER("applicationNumber"), FULL_NAME("fullName"), MOBILE_NUMBER("phone"), EMAIL("email"),
		VEHICLE_TYPE("vehicleType"), PLATE_NUMBER("plateNumber"), DATE("date"), SLOT_START("slotStart"),
		COLLECTOR_TYPE("collectorType"), COLLECTOR_NAME("collectorName");

		private final String messageKey;

		Kind(String messageKey) {
			this.messageKey = messageKey;
		}

		String messageKey() {
			return messageKey;
		}

	}

}
