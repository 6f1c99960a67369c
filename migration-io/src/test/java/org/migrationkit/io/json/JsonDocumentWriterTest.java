package org.migrationkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.model.PopulationFigure;
import org.migrationkit.core.people.AgeBand;
import org.migrationkit.core.people.AgeBandSet;
import org.migrationkit.core.people.Breakdown;
import org.migrationkit.core.people.Sex;
import org.migrationkit.io.ReadResult;
import org.migrationkit.io.schema.Entity;

class JsonDocumentWriterTest {
    private static final long SEED = 20261124L;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Entity.class)
    void write_readsBackThroughTheDocumentReaderAndTheMapper(Entity entity) throws IOException {
        roundTrip(entity, entity.recordType());
    }

    private <T> void roundTrip(Entity entity, Class<T> type) throws IOException {
        List<T> records = JsonRoundTripTest.records(entity, type, SEED + entity.ordinal());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonDocumentWriter<T> w = JsonDocumentWriter.open(type, out)) {
            records.forEach(w::write);
            assertThat(w.count()).isEqualTo(records.size());
        }
        List<T> back = new ArrayList<>();
        try (JsonDocumentReader<T> r = JsonRecordReader.builder(type).readDocument(
                new ByteArrayInputStream(out.toByteArray()), entity.tableName() + ".json")) {
            for (ReadResult<T> result : r) {
                assertThat(result.issues()).isEmpty();
                back.add(result.value());
            }
            assertThat(r.fileIssues()).isEmpty();
        }
        assertThat(back).isEqualTo(records);
        List<T> viaMapper = MigrationJson.mapper().readValue(out.toByteArray(),
                MigrationJson.mapper().getTypeFactory().constructCollectionType(List.class, type));
        assertThat(viaMapper).isEqualTo(records);
    }

    @Test
    void write_putsOneRecordALine() throws IOException {
        List<Incident> records = JsonRoundTripTest.records(Entity.INCIDENT, Incident.class, SEED).subList(0, 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonDocumentWriter<Incident> w = JsonDocumentWriter.open(Incident.class, out)) {
            records.forEach(w::write);
        }
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("[");
        assertThat(lines.get(1)).startsWith("{\"id\":").endsWith("},");
        assertThat(lines.get(2)).startsWith("{\"id\":").endsWith("}");
        assertThat(lines.get(3)).isEqualTo("]");
    }

    @Test
    void write_aRecordThatCannotBeWritten_leavesTheDocumentWellFormed() throws IOException {
        List<PopulationFigure> figures = JsonRoundTripTest.records(Entity.POPULATION_FIGURE, PopulationFigure.class,
                SEED).subList(0, 2);
        PopulationFigure otherBands = figures.get(0).toBuilder().breakdown(Breakdown.builder()
                .bandSet(AgeBandSet.CTDC).cell(Sex.MALE, AgeBand.of(0, 8), 4).build()).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonDocumentWriter<PopulationFigure> w = JsonDocumentWriter.open(PopulationFigure.class, out)) {
            w.write(figures.get(0));
            assertThatThrownBy(() -> w.write(otherBands)).isInstanceOf(IllegalArgumentException.class);
            w.write(figures.get(1));
            assertThat(w.count()).isEqualTo(2);
        }
        List<PopulationFigure> back = MigrationJson.mapper().readValue(out.toByteArray(), MigrationJson.mapper()
                .getTypeFactory().constructCollectionType(List.class, PopulationFigure.class));
        assertThat(back).isEqualTo(figures);
    }

    @Test
    void close_withoutRecords_writesAnEmptyArray() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonDocumentWriter<Incident> w = JsonDocumentWriter.open(Incident.class, out);
        w.close();
        w.close();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[]\n");
    }

    @Test
    void write_afterClose_throws() throws IOException {
        JsonDocumentWriter<Incident> w = JsonDocumentWriter.open(Incident.class, new ByteArrayOutputStream());
        w.close();
        Incident incident = JsonRoundTripTest.records(Entity.INCIDENT, Incident.class, SEED).get(0);
        assertThatThrownBy(() -> w.write(incident)).isInstanceOf(IllegalStateException.class)
                .hasMessage("The JSON document is closed: open a new writer to write more records.");
    }
}
