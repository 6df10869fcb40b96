package no.samla;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SamlaApplication {

    public static void main(String[] args) {
        SpringApplication.run(SamlaApplication.class, args);
    }
}
