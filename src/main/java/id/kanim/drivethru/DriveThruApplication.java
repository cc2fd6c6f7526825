package id.kanim.drivethru;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DriveThruApplication {

	public static void main(String[] args) {
		SpringApplication.run(DriveThruApplication.class, args);
	}

}
