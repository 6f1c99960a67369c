package org.migrationkit.examples;

import static java.util.stream.Collectors.groupingBy;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.vocab.IncidentType;
import org.migrationkit.io.ReadResult;
import org.migrationkit.io.layout.Layout;
import org.migrationkit.io.layout.LayoutReader;
import org.migrationkit.io.layout.LayoutRecords;

/**
 * The figure behind SDG indicator 10.7.3 — people who died or went missing while migrating — by route and year,
 * from a Missing Migrants Project export read with {@link LayoutReader} (the layout is recognised from the header),
 * with plain streams.
 *
 * <p>Two kinds of MMP record need care (domain-standards §1.3): a <b>split incident</b> is one event recorded as
 * several rows that share its id, each counting its own people, so the rows are summed but the event is counted
 * once; a <b>cumulative incident</b> is a period total (a medical examiner's yearly figure), so its people count
 * but it is not an event. Rejected records (a negative count, a total that does not add up) are left out and
 * counted.
 */
public final class ReadPublicDatasetExample {
    private ReadPublicDatasetExample() {
    }

    /**
     * Dead and missing on one route in one year.
     *
     * @param route the MMP route, or {@code (no route)} when MMP assigned none
     * @param year the year of the incident date
     * @param deadAndMissing the dead and missing of all the year's records on the route
     * @param incidents the events: split rows counted once, cumulative records not at all
     * @param cumulativeRecords the period totals among the records
     */
    public record RouteYear(String route, int year, long deadAndMissing, long incidents, long cumulativeRecords) {
        @Override
        public String toString() {
            return route + ", " + year + ": " + deadAndMissing + " dead and missing in " + incidents + " incidents"
                    + (cumulativeRecords > 0 ? " and " + cumulativeRecords + " cumulative records" : "");
        }
    }

    /**
     * Prints the figures of an MMP export.
     *
     * @param args the file, e.g. {@code iom-missing-migrants-project-data.csv}
     */
    public static void main(String... args) {
        run(Path.of(args[0]), System.out);
    }

    static List<RouteYear> run(Path file, PrintStream out) {
        try (LayoutRecords<Incident> records = LayoutReader.builder().build().readIncidents(file)) {
            List<Incident> incidents = records.stream()
                    .filter(r -> !r.isRejected())
                    .map(ReadResult::value)
                    .filter(i -> i.date() != null)    // a handful of MMP records have no date: no year to count in
                    .toList();
            Layout layout = records.layout();     // null when the header matches no layout (see fileIssues())
            out.println((layout == null ? "no layout" : layout.id()) + ": " + records.records() + " records, "
                    + records.rejected() + " rejected and not counted");

            Map<String, Map<Integer, List<Incident>>> byRouteAndYear = incidents.stream().collect(groupingBy(
                    i -> i.route() == null ? "(no route)" : i.route().code(),
                    groupingBy(i -> Objects.requireNonNull(i.date()).year())));
            List<RouteYear> figures = byRouteAndYear.entrySet().stream()
                    .flatMap(route -> route.getValue().entrySet().stream()
                            .map(year -> figure(route.getKey(), year.getKey(), year.getValue())))
                    .sorted(Comparator.comparing(RouteYear::route).thenComparing(RouteYear::year))
                    .toList();
            figures.forEach(out::println);
            return figures;
        }
    }

    private static RouteYear figure(String route, int year, List<Incident> records) {
        long deadAndMissing = records.stream()
                .map(Incident::totalOrDerived)
                .filter(Objects::nonNull)         // neither dead nor missing reported: unknown, not 0
                .mapToLong(Integer::longValue)
                .sum();
        long incidents = records.stream()
                .filter(i -> i.kind() != IncidentType.CUMULATIVE_INCIDENT)
                .map(Incident::id)                // split rows share the id of their event
                .distinct()
                .count();
        long cumulative = records.stream().filter(i -> i.kind() == IncidentType.CUMULATIVE_INCIDENT).count();
        return new RouteYear(route, year, deadAndMissing, incidents, cumulative);
    }
}
