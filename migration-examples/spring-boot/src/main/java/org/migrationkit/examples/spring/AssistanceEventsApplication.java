package org.migrationkit.examples.spring;

import org.migrationkit.io.json.MigrationKitModule;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot service that records assistance events: {@code POST /assistance-events} takes an event in the
 * library's JSON shape, validates it with the library's constraints through {@code @Valid}, and answers problems as
 * RFC 9457 problem details carrying the library's issue codes.
 */
@SpringBootApplication
public class AssistanceEventsApplication {
    /**
     * Starts the service.
     *
     * @param args Spring Boot's arguments, e.g. {@code --server.port=8080}
     */
    public static void main(String[] args) {
        SpringApplication.run(AssistanceEventsApplication.class, args);
    }

    /**
     * The library's Jackson module: Spring Boot's Jackson 2 support registers every {@code Module} bean on the
     * {@code ObjectMapper} that reads request bodies and writes responses.
     *
     * @return the module
     */
    @Bean
    MigrationKitModule migrationKitModule() {
        return new MigrationKitModule();
    }
}
