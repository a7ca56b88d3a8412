package io.homeshore;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Homeshore: workforce management for home-based customer service teams. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HomeshoreApplication {

    public static void main(String[] args) {
        SpringApplication.run(HomeshoreApplication.class, args);
    }
}
