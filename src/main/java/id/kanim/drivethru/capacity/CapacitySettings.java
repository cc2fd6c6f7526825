package id.kanim.drivethru.capacity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a capacity transaction that PostgreSQL aborted (deadlock, serialization failure) is run again.
 *
 * @param transactionRetries how many times it is run again before the caller is asked to try later; 0 turns
 * the safety net off (only tests that prove the lock order do that)
 * @param retryDelay the first pause between runs; it doubles, with jitter, so colliding callers spread out
 */
@ConfigurationProperties("drivethru.capacity")
public record CapacitySettings(@DefaultValue("4") int transactionRetries, @DefaultValue("20ms") Duration retryDelay) {
}
