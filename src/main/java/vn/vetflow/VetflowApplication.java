package vn.vetflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class VetflowApplication {

    public static void main(String[] args) {
        SpringApplication.run(VetflowApplication.class, args);
    }
}
