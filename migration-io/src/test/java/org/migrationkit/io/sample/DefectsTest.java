package org.migrationkit.io.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationkit.core.model.AssistanceEvent;
import org.migrationkit.core.model.Journey;
import org.migrationkit.core.model.Leg;
import org.migrationkit.core.model.Migrant;
import org.migrationkit.core.sample.PartnerDataset;
import org.migrationkit.core.sample.SampleData;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Level;
import org.migrationkit.io.csv.CsvTableWriter;
import org.migrationkit.io.schema.Entity;

class DefectsTest {
    /**
     * The codes the defect mode does not inject, each with why. File-level codes belong to the malformed-input tests
     * (a broken file is not a defect of a record); the others cannot appear in a partner dataset's CSV tables.
     */
    static final Map<IssueCode, String> NOT_INJECTED = notInjected();

    private static Map<IssueCode, String> notInjected() {
        Map<IssueCode, String> m = new LinkedHashMap<>();
        String malformed = "a malformed file, not a defective record: covered by the malformed-input tests of io.csv, "
                + "io.json and io.pipeline";
        for (IssueCode c : IssueCode.values()) {
            if (c.level() == Level.FILE && c != IssueCode.CSV_WRONG_TYPE && c != IssueCode.CSV_MISSING_VALUE
                    && c != IssueCode.CSV_INVALID_RECORD) {
                m.put(c, malformed);
            }
        }
        m.put(IssueCode.LIMIT_ID_BUDGET, "a limit of the validator (more ids than its budget), not a defect of data");
        String json = "JSON input only; the defect mode writes CSV tables";
        m.put(IssueCode.JSON_INVALID_RECORD, json);
        String layouts = "read from the public layouts (MMP, UNHCR, DTM, HXL) only, not from the entity tables";
        m.put(IssueCode.COUNT_UNPARSEABLE, layouts + " (an entity table's bad number is csv.wrong-type)");
        m.put(IssueCode.COUNT_SEX_TOTAL_MISMATCH, layouts + " (UNHCR demographics' sex total columns)");
        m.put(IssueCode.REGION_LEGACY, "an info that rejects nothing; a legacy region is kept as given");
        m.put(IssueCode.GEO_UNPARSEABLE, layouts + " (coordinates as one \"lat, lon\" cell)");
        m.put(IssueCode.AGE_UNPARSEABLE, layouts + " (an entity table's bad age is csv.wrong-type)");
        m.put(IssueCode.AGE_BAND_REVERSED, layouts + " (age bands as text)");
        m.put(IssueCode.HXL_MALFORMED, "HXL hashtag rows of public layouts only");
        m.put(IssueCode.HXL_HASHTAG_UNKNOWN, "HXL hashtag rows of public layouts only");
        m.put(IssueCode.HXL_ATTRIBUTE_UNKNOWN, "HXL hashtag rows of public layouts only");
        m.put(IssueCode.GCM_PRINCIPLE_UNKNOWN, "no table column holds GCM guiding principles");
        m.put(IssueCode.SDG_INDICATOR_UNKNOWN, "no table column holds SDG indicators (the indicators command's option)");
        m.put(IssueCode.ROUTE_LEGACY, "an info that rejects nothing; a legacy route is kept as given");
        m.put(IssueCode.ROUND_NOT_NUMBERED, "DTM's round 0, read from the public DTM layout only");
        m.put(IssueCode.COUNTRY_UNHCR_CODE, "UNHCR's own country codes, read from the public UNHCR layouts only");
        m.put(IssueCode.COUNTRY_UNHCR_CODE_NO_ISO, "UNHCR's own country codes, read from the public UNHCR layouts "
                + "only");
        return m;
    }

    @Test
    void everyCodeOfTheCatalogueIsInjectedOrExcludedWithAReason() {
        Set<IssueCode> injected = Defects.injectedCodes();
        assertThat(injected).doesNotContainAnyElementsOf(NOT_INJECTED.keySet());
        Set<IssueCode> all = EnumSet.allOf(IssueCode.class);
        all.removeAll(injected);
        all.removeAll(NOT_INJECTED.keySet());
        assertThat(all).as("codes neither injected nor excluded").isEmpty();
        assertThat(NOT_INJECTED.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    @Test
    void sameSeedAndRateGiveTheSameTablesAndManifest() throws IOException {
        Written a = write(7, 0.05, 2_000);
        Written b = write(7, 0.05, 2_000);
        assertThat(a.tables).isEqualTo(b.tables);
        assertThat(a.manifest).isEqualTo(b.manifest).isNotEmpty();
        assertThat(write(8, 0.05, 2_000).manifest).isNotEqualTo(a.manifest);
    }

    @Test
    void manifestLinesAreJsonWithTheReportsNumbering() throws IOException {
        Written w = write(7, 0.05, 2_000);
        assertThat(w.manifest.get(0)).matches("\\{\"code\":\"[a-z.-]+\",\"file\":\"[a-z_]+\\.csv\",\"record\":\\d+"
                + "(,\"field\":\"[a-z_]+\")?}");
        assertThat(new InjectedDefect(IssueCode.COUNTRY_UNKNOWN, "legs.csv", 17, "destination").toJson())
                .isEqualTo("{\"code\":\"country.unknown\",\"file\":\"legs.csv\",\"record\":17,\"field\":\"destination\"}");
        assertThat(new InjectedDefect(IssueCode.CSV_INVALID_RECORD, "assistance_events.csv", 3, null).toJson())
                .isEqualTo("{\"code\":\"csv.invalid-record\",\"file\":\"assistance_events.csv\",\"record\":3}");
    }

    @Test
    void rateZeroWritesExactlyTheGeneratorsTables() throws IOException {
        PartnerDataset data = SampleData.seed(11).partnerDataset(500);
        Written w = write(11, 0, 500);
        assertThat(w.manifest).isEmpty();
        assertThat(w.tables.get("migrants.csv")).isEqualTo(csv(Migrant.class, data.migrants().toList()));
        assertThat(w.tables.get("journeys.csv")).isEqualTo(csv(Journey.class, data.journeys().toList()));
        assertThat(w.tables.get("legs.csv")).isEqualTo(csv(Leg.class, data.legs().toList()));
        assertThat(w.tables.get("assistance_events.csv")).isEqualTo(csv(AssistanceEvent.class,
                data.assistanceEvents().toList()));
    }

    @Test
    void rateOneGivesADefectToMostRecordsAndAtMostOnePerRecord() throws IOException {
        Written w = write(3, 1, 300);
        Set<String> places = new java.util.HashSet<>();
        for (String line : w.manifest) {
            String where = line.replaceAll(".*\"file\":\"([^\"]+)\",\"record\":(\\d+).*", "$1#$2");
            assertThat(places.add(where)).as("one defect per record: %s", where).isTrue();
        }
        assertThat(w.manifest.size()).isGreaterThan(300);
    }

    @Test
    void writeTable_refusesATableOfThePartnerDataset() {
        assertThatThrownBy(() -> Defects.of(1, 0.1).writeTable(Entity.LEG, java.util.stream.Stream.empty(),
                name -> new ByteArrayOutputStream(), d -> { })).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Table legs.csv is part of the partner dataset: write it with writePartner, so that defects "
                        + "between tables can be made.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {-0.01, 1.01, Double.NaN})
    void of_rejectsRateOutsideZeroToOne(double rate) {
        assertThatThrownBy(() -> Defects.of(1, rate)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Defect rate " + rate + " is not accepted: give a fraction from 0 to 1, e.g. 0.02 for 2 %.");
    }

    private record Written(Map<String, String> tables, List<String> manifest) {
    }

    private static Written write(long seed, double rate, int migrants) throws IOException {
        Map<String, ByteArrayOutputStream> out = new LinkedHashMap<>();
        List<String> manifest = new ArrayList<>();
        Defects.of(seed, rate).writePartner(SampleData.seed(seed).partnerDataset(migrants), name -> {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            out.put(name, b);
            return b;
        }, d -> manifest.add(d.toJson()));
        Map<String, String> tables = new LinkedHashMap<>();
        out.forEach((name, b) -> tables.put(name, b.toString(java.nio.charset.StandardCharsets.UTF_8)));
        return new Written(tables, manifest);
    }

    private static <T> String csv(Class<T> type, List<T> records) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (CsvTableWriter<T> w = CsvTableWriter.builder(type).write(b)) {
            records.forEach(w::write);
        }
        return b.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
