package org.migrationkit.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.model.IncidentId;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.vocab.CauseCategory;
import org.migrationkit.core.vocab.MmpRoute;
import org.migrationkit.io.json.MigrationKitModule;

/**
 * A record written as JSON and read back through your own {@code ObjectMapper}, as the README's "JSON" section shows:
 * one line registers {@link MigrationKitModule} (or {@code findAndRegisterModules()} finds it).
 */
public final class JsonExample {
    private JsonExample() {
    }

    /**
     * Prints the JSON of a record and whether it reads back equal.
     *
     * @param args none
     */
    public static void main(String... args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        try {
            ObjectMapper mapper = new ObjectMapper().registerModule(new MigrationKitModule());
            Incident incident = Incident.builder().id(IncidentId.of("2024.MMP0123")).date(ReportedDate.of(2024, 6, 10))
                    .route(MmpRoute.EASTERN_ROUTE_TO_FROM_EHOA).causes(CauseCategory.DROWNING).dead(56).build();
            String json = mapper.writeValueAsString(incident);
            Incident back = mapper.readValue(json, Incident.class);
            out.println(json);
            out.println(back.equals(incident));

            // The module is also found on the class path (META-INF/services) and the module path.
            ObjectMapper found = new ObjectMapper().findAndRegisterModules();
            out.println(found.writeValueAsString(incident).equals(json));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
