package org.migrationkit.examples;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationkit.core.model.AssistanceEvent;
import org.migrationkit.core.model.Beneficiary;
import org.migrationkit.core.model.Migrant;
import org.migrationkit.core.model.MigrantId;
import org.migrationkit.core.sample.PartnerDataset;
import org.migrationkit.core.sample.SampleData;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Level;
import org.migrationkit.core.validation.RecordRules;
import org.migrationkit.core.vocab.MmpRoute;
import org.migrationkit.io.ReadResult;
import org.migrationkit.io.csv.CsvTableReader;
import org.migrationkit.io.csv.CsvTableRecords;
import org.migrationkit.io.csv.CsvTableWriter;
import org.migrationkit.io.sample.Defects;
import org.migrationkit.io.sample.InjectedDefect;

/**
 * Sample data in your own tests: a partner dataset generated from a seed (the same on every JVM), written as the
 * CSV tables a partner sends, fed to your pipeline — here {@link ServicesImport}, a stand-in for yours — clean, then
 * with known defects whose manifest says what the pipeline must turn away.
 */
class SampleDataInTestsExampleTest {
    @Test
    void importsEveryServiceOfACleanPartnerDataset(@TempDir Path folder) {
        PartnerDataset partner = SampleData.seed(42)
                .withRoutes(MmpRoute.EASTERN_ROUTE_TO_FROM_EHOA)
                .partnerDataset(300);
        write(Migrant.class, partner.migrants(), folder.resolve("migrants.csv"));
        write(AssistanceEvent.class, partner.assistanceEvents(), folder.resolve("assistance_events.csv"));

        ServicesImport.Result result = ServicesImport.run(folder);

        assertThat(result.rejected()).isEmpty();
        assertThat(result.imported()).hasSize((int) partner.assistanceEvents().count());
        Map<String, Long> byProvider = partner.assistanceEvents()
                .collect(groupingBy(AssistanceEvent::provider, TreeMap::new, counting()));
        assertThat(result.servicesByProvider()).isEqualTo(byProvider).isNotEmpty();
    }

    @Test
    void turnsAwayEveryInjectedDefectItChecksFor(@TempDir Path folder) throws IOException {
        PartnerDataset partner = SampleData.seed(42).partnerDataset(2_000);
        // The same dataset with 5 % of its records broken on purpose, and the manifest of what was broken where.
        List<InjectedDefect> manifest = new ArrayList<>();
        Defects.of(42, 0.05).writePartner(partner, name -> Files.newOutputStream(folder.resolve(name)), manifest::add);

        ServicesImport.Result result = ServicesImport.run(folder);

        // What this pipeline checks: every value of both tables, the rules of an event, and its beneficiary.
        Set<ServicesImport.Rejection> expected = manifest.stream()
                .filter(d -> d.file().equals("migrants.csv") && d.code().level() == Level.VALUE
                        || d.file().equals("assistance_events.csv") && (d.code().level() != Level.DATASET
                                || d.code() == IssueCode.REF_MISSING_BENEFICIARY))
                .map(d -> new ServicesImport.Rejection(d.file(), d.record(), d.code().code()))
                .collect(Collectors.toSet());
        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(result.rejected()).containsAll(expected);
    }

    private static <T> void write(Class<T> type, Stream<T> records, Path file) {
        try (CsvTableWriter<T> writer = CsvTableWriter.builder(type).write(file)) {
            records.forEach(writer::write);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The pipeline under test, standing in for yours: imports the assistance events of a partner folder for a
     * dashboard, keeping those of known migrants that pass the record rules, and says which records it turned away.
     */
    static final class ServicesImport {
        record Rejection(String file, long record, String code) {
        }

        record Result(List<AssistanceEvent> imported, List<Rejection> rejected) {
            Map<String, Long> servicesByProvider() {
                return imported.stream().collect(groupingBy(AssistanceEvent::provider, TreeMap::new, counting()));
            }
        }

        static Result run(Path folder) {
            Set<MigrantId> migrants = new HashSet<>();
            List<AssistanceEvent> imported = new ArrayList<>();
            List<Rejection> rejected = new ArrayList<>();
            try (CsvTableRecords<Migrant> rows = CsvTableReader.builder(Migrant.class).build()
                    .open(folder.resolve("migrants.csv"))) {
                for (ReadResult<Migrant> row : rows) {
                    if (row.isRejected()) {
                        row.issues().forEach(i -> rejected.add(new Rejection("migrants.csv", row.record(), i.code().code())));
                    } else {
                        migrants.add(row.value().id());
                    }
                }
            }
            try (CsvTableRecords<AssistanceEvent> rows = CsvTableReader.builder(AssistanceEvent.class).build()
                    .open(folder.resolve("assistance_events.csv"))) {
                for (ReadResult<AssistanceEvent> row : rows) {
                    List<String> codes = new ArrayList<>();
                    row.issues().forEach(i -> codes.add(i.code().code()));
                    row.findValue().ifPresent(event -> {
                        RecordRules.check(event).forEach(i -> codes.add(i.code().code()));
                        if (event.beneficiary() instanceof Beneficiary.Person p && !migrants.contains(p.migrant())) {
                            codes.add(IssueCode.REF_MISSING_BENEFICIARY.code());
                        }
                    });
                    if (codes.isEmpty()) {
                        imported.add(row.value());
                    } else {
                        codes.forEach(c -> rejected.add(new Rejection("assistance_events.csv", row.record(), c)));
                    }
                }
            }
            return new Result(imported, rejected);
        }
    }
}
