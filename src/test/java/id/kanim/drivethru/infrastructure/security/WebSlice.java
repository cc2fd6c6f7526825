package id.kanim.drivethru.infrastructure.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import id.kanim.drivethru.infrastructure.web.FormErrors;
import id.kanim.drivethru.staff.StaffAccounts;

import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * What a {@code @WebMvcTest} slice adds so that a controller answers as the app serves it: the app's own
 * security rules (a slice scans controllers, advice and MVC configurers, not {@code @Configuration} classes, and
 * would otherwise get Boot's default rules), the bean the form fragments order field errors with, and mocks of
 * the three staff beans the sign-in chain and the account-state interceptor ask for. No database is started.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({ SecurityConfiguration.class, FormErrors.class })
@MockitoBean(types = { AuthenticationManager.class, AuthenticationFailureHandler.class, StaffAccounts.class })
public @interface WebSlice {

}
