package org.migrationkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.io.ReadResult;
import org.migrationkit.io.TestRecords;
import org.migrationkit.io.schema.Entity;

/** Written then read back equals the original: 10,000 seeded records of every entity, JSON Lines and JSON. */
class JsonRoundTripTest {
    private static final int RECORDS = 10_000;
    private static final long SEED = 20261123L;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Entity.class)
    void jsonLines_readsBackWhatItWrote(Entity entity) throws IOException {
        roundTripLines(entity, entity.recordType());
    }

    private <T> void roundTripLines(Entity entity, Class<T> type) throws IOException {
        long seed = SEED + entity.ordinal();
        List<T> records = records(entity, type, seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter<T> w = JsonLinesWriter.open(type, out)) {
            records.forEach(w::write);
            assertThat(w.count()).isEqualTo(RECORDS);
        }
        List<ReadResult<T>> back = new ArrayList<>();
        try (JsonLinesReader<T> r = JsonRecordReader.builder(type).readLines(
                new ByteArrayInputStream(out.toByteArray()), entity.tableName() + ".jsonl")) {
            r.forEach(back::add);
            assertThat(r.fileIssues()).isEmpty();
            assertThat(r.records()).isEqualTo(RECORDS);
            assertThat(r.rejected()).as("seed %d: %s", seed, back.stream().filter(ReadResult::isRejected)
                    .findFirst().map(x -> x.issues().toString()).orElse("")).isZero();
        }
        for (int i = 0; i < RECORDS; i++) {
            ReadResult<T> result = back.get(i);
            assertThat(result.record()).isEqualTo(i + 1);
            assertThat(result.line()).isEqualTo(i + 1);
            assertThat(result.issues()).as("seed %d, record %d", seed, i + 1).isEmpty();
            assertThat(result.value()).as("seed %d, record %d", seed, i + 1).isEqualTo(records.get(i));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Entity.class)
    void jsonDocument_readsBackWhatTheMapperWrote(Entity entity) throws IOException {
        roundTripDocument(entity, entity.recordType());
    }

    private <T> void roundTripDocument(Entity entity, Class<T> type) throws IOException {
        long seed = SEED + 100 + entity.ordinal();
        List<T> records = records(entity, type, seed);
        JsonMapper mapper = MigrationJson.mapper();
        byte[] json = mapper.writeValueAsBytes(records);
        // The mapper reads it back too, through the same module.
        JavaType listType = mapper.getTypeFactory().constructCollectionType(List.class, type);
        List<T> viaMapper = mapper.readValue(json, listType);
        assertThat(viaMapper).as("seed %d", seed).isEqualTo(records);
        try (JsonDocumentReader<T> r = JsonRecordReader.builder(type).readDocument(new ByteArrayInputStream(json),
                entity.tableName() + ".json")) {
            int i = 0;
            for (ReadResult<T> result : r) {
                assertThat(result.record()).isEqualTo(i + 1);
                assertThat(result.issues()).as("seed %d, record %d", seed, i + 1).isEmpty();
                assertThat(result.value()).as("seed %d, record %d", seed, i + 1).isEqualTo(records.get(i));
                i++;
            }
            assertThat(i).isEqualTo(RECORDS);
            assertThat(r.fileIssues()).isEmpty();
        }
    }

    static <T> List<T> records(Entity entity, Class<T> type, long seed) {
        List<T> list = new ArrayList<>(RECORDS);
        for (Object o : new TestRecords(seed).records(entity, RECORDS)) {
            list.add(type.cast(o));
        }
        return list;
    }
}
