package id.kanim.drivethru.infrastructure.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The order in which a form object's fields appear on its page, where it differs from the order the fields
 * are declared in. The error summary lists errors in this order ({@link FormErrors}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PageOrder {

	String[] value();

}
