package id.kanim.drivethru.staff;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules.
 * @param maxFailedLogins failed sign-ins for one username within {@code loginWindow} after which that
 * username is refused, even with the right password, until the window has passed
 * @param loginWindow how long a failed sign-in counts towards {@code maxFailedLogins}: long enough to make
 * guessing passwords slow, short enough that an officer who mistyped waits minutes, not a shift
 * @param passwordMinLength the shortest password a staff member may choose
 */
@ConfigurationProperties("drivethru.staff")
public record StaffSettings(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration loginWindow,
		@DefaultValue("12") int passwordMinLength) {

}
