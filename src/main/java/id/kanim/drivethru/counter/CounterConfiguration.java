package id.kanim.drivethru.counter;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the end-of-day job on its schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CounterConfiguration {

}
