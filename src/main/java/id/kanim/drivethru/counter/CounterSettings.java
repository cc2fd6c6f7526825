package id.kanim.drivethru.counter;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the drive-thru window works.
 * @param noShowGrace how long after a slot has ended a booking may be marked as a no-show
 * @param undoWindow how long the last step of a booking can be taken back
 * @param windows how many service windows the drive-thru has (a car is called to one of them)
 */
@ConfigurationProperties("drivethru.counter")
public record CounterSettings(@DefaultValue("30m") Duration noShowGrace, @DefaultValue("5m") Duration undoWindow,
		@DefaultValue("2") int windows) {

}
