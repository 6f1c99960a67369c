package org.migrationkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.core.geo.GeoPoint;
import org.migrationkit.core.geo.Location;
import org.migrationkit.core.model.Incident;
import org.migrationkit.io.schema.Entity;

/**
 * The record writers' byte output against Jackson's UTF-8 generator with the same factory, which it replaces on
 * the writing path: the same bytes for every value and every record.
 */
class JsonOutputTest {
    private static final long SEED = 20261124L;

    /** One value written by both; the generator's root separator is off, as the writers had it. */
    private interface Both {
        void write(JsonGenerator g, JsonOutput o) throws IOException;
    }

    private static void assertSame(String what, Both both) throws IOException {
        ByteArrayOutputStream viaJackson = new ByteArrayOutputStream();
        try (JsonGenerator g = JsonErrors.factory(JsonLimits.defaults()).createGenerator(viaJackson,
                JsonEncoding.UTF8)) {
            g.setRootValueSeparator(null);
            both.write(g, null);
        }
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        try (JsonOutput o = new JsonOutput(ours)) {
            both.write(null, o);
        }
        assertThat(ours.toString(StandardCharsets.ISO_8859_1)).as(what)
                .isEqualTo(viaJackson.toString(StandardCharsets.ISO_8859_1));
    }

    private static void assertSameString(String s) throws IOException {
        assertSame(describe(s), (g, o) -> {
            if (g != null) {
                g.writeString(s);
            } else {
                o.string(s);
            }
        });
    }

    private static String describe(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().limit(40).forEach(c -> b.append(String.format("U+%04X ", c)));
        return b.append("(length ").append(s.length()).append(')').toString();
    }

    @Test
    void everyCharacter_isEscapedOrEncodedAsJacksonDoes() throws IOException {
        // Alone, and between ASCII (the fast loop hands over to the general one at the first special character);
        // a block of characters a comparison.
        for (int block = 0; block <= 0xFFFF; block += 0x400) {
            int first = block;
            assertSame(String.format("U+%04X to U+%04X", first, first + 0x3FF), (g, o) -> {
                for (int c = first; c < first + 0x400; c++) {
                    for (String s : List.of(String.valueOf((char) c), "ab" + (char) c + "cd" + (char) c)) {
                        if (g != null) {
                            g.writeString(s);
                        } else {
                            o.string(s);
                        }
                    }
                }
            });
        }
    }

    @Test
    void surrogatePairsAndLoneSurrogates() throws IOException {
        assertSameString("\uD83D\uDE00 smile");
        assertSameString("lone high \uD83D then text");
        assertSameString("lone low \uDE00");
        assertSameString("\uDE00\uD83D reversed");
    }

    @Test
    void randomStrings_shortAndPastTheBuffer() throws IOException {
        Random random = new Random(SEED);
        for (int i = 0; i < 5_000; i++) {
            assertSameString(randomString(random, random.nextInt(64)));
        }
        // Longer than the output buffer, with and without characters that expand to escapes.
        assertSameString("x".repeat(100_000));
        assertSameString(randomString(random, 70_000));
        assertSameString("\n".repeat(20_000) + "é".repeat(20_000));
    }

    private static String randomString(Random random, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(4)) {
                case 0:
                    b.append((char) random.nextInt(0x80));
                    break;
                case 1:
                    b.append((char) ('a' + random.nextInt(26)));
                    break;
                case 2:
                    b.append((char) random.nextInt(0x800));
                    break;
                default:
                    b.append((char) random.nextInt(0x10000));
                    break;
            }
        }
        return b.toString();
    }

    @Test
    void numbersAndBooleans() throws IOException {
        Random random = new Random(SEED);
        int[] ints = {0, 1, -1, 9, 10, 99, 100, 999_999, 1_000_000, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int v : ints) {
            assertSame("int " + v, (g, o) -> {
                if (g != null) {
                    g.writeNumber(v);
                } else {
                    o.integer(v);
                }
            });
        }
        double[] doubles = {0.0, -0.0, 1.0, -90.0, 180.0, 12.345678, 1e-7, 1e21, Double.MIN_VALUE, Double.MAX_VALUE,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double v : doubles) {
            assertSameDouble(v);
        }
        for (int i = 0; i < 10_000; i++) {
            assertSameDouble(Double.longBitsToDouble(random.nextLong()));
            assertSameDouble(Math.round((random.nextDouble() * 360 - 180) * 1e6) / 1e6);
            int v = random.nextInt();
            assertSame("int " + v, (g, o) -> {
                if (g != null) {
                    g.writeNumber(v);
                } else {
                    o.integer(v);
                }
            });
            BigDecimal d = new BigDecimal(BigInteger.valueOf(random.nextLong()), random.nextInt(40) - 20);
            assertSame("decimal " + d, (g, o) -> {
                if (g != null) {
                    g.writeNumber(d);
                } else {
                    o.decimal(d);
                }
            });
        }
        for (boolean v : new boolean[] {true, false}) {
            assertSame("boolean " + v, (g, o) -> {
                if (g != null) {
                    g.writeBoolean(v);
                } else {
                    o.bool(v);
                }
            });
        }
    }

    private static void assertSameDouble(double v) throws IOException {
        assertSame("double " + v, (g, o) -> {
            if (g != null) {
                g.writeNumber(v);
            } else {
                o.number(v);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Entity.class)
    void everyEntity_recordsGiveTheGeneratorsBytes(Entity entity) throws IOException {
        assertSameRecords(entity, entity.recordType());
    }

    private static <T> void assertSameRecords(Entity entity, Class<T> type) throws IOException {
        assertSameRecords(type, JsonRoundTripTest.records(entity, type, SEED + entity.ordinal()));
    }

    @Test
    void textWithEscapesAndNonAscii_givesTheGeneratorsBytes() throws IOException {
        Random random = new Random(SEED);
        List<Incident> incidents = JsonRoundTripTest.records(Entity.INCIDENT, Incident.class, SEED);
        List<Incident> odd = new java.util.ArrayList<>();
        for (Incident i : incidents) {
            String place = "\"" + randomString(random, 1 + random.nextInt(30)) + "\\ \uD83D\uDE00";
            GeoPoint point = i.location() == null ? null : i.location().point();
            odd.add(i.toBuilder().location(Location.of(i.location() == null ? null : i.location().country(), null,
                    place, point)).build());
        }
        assertSameRecords(Incident.class, odd);
    }

    private static <T> void assertSameRecords(Class<T> type, List<T> records) throws IOException {
        RecordCodec<T> codec = RecordCodec.of(type);
        for (int i = 0; i < records.size(); i++) {
            T record = records.get(i);
            assertSame("seed " + SEED + ", record " + (i + 1), (g, o) -> {
                if (g != null) {
                    codec.write(g, record);
                } else {
                    codec.write(o, record);
                }
            });
        }
    }
}
