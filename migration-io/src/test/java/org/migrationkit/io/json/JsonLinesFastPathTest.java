package org.migrationkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.model.Migrant;
import org.migrationkit.io.ReadResult;
import org.migrationkit.io.TestRecords;
import org.migrationkit.io.schema.Entity;

/**
 * The byte-level fast path of the JSON Lines reader ({@link FlatLineReader}) against the Jackson path it short-cuts:
 * over generated records of every entity, as written and mutated in many ways (escapes, Unicode, white space, key
 * order, missing, extra, duplicate and aliased keys, nulls, numbers as strings, wrong types, invalid UTF-8, odd
 * numbers), the two give the same results — values, issues (codes, messages, locations) and rejections.
 */
class JsonLinesFastPathTest {
    private static final int RECORDS = 2_000;
    private static final long SEED = 20261123L;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @EnumSource(Entity.class)
    void writtenRecords_readTheSameBothWays_andMostlyByTheFastPath(Entity entity) throws IOException {
        byte[] lines = written(entity, SEED + entity.ordinal(), RECORDS);
        List<ReadResult<Object>> fast = read(entity, lines, true);
        assertSame(fast, read(entity, lines, false), "seed " + (SEED + entity.ordinal()));
        assertThat(fast).hasSize(RECORDS).noneMatch(ReadResult::isRejected);
        // Every written line of a flat entity is the fast path's; a journey's legs are nested, Jackson's.
        int hits = fastLines(entity, lines);
        if (entity == Entity.JOURNEY) {
            assertThat(hits).isPositive();
        } else {
            assertThat(hits).as(entity.id()).isEqualTo(RECORDS);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Entity.class)
    void mutatedRecords_readTheSameBothWays(Entity entity) throws IOException {
        int fast = 0;
        for (int round = 0; round < 6; round++) {
            long seed = SEED * 31 + entity.ordinal() * 1_000 + round;
            Random random = new Random(seed);
            List<String> good = lines(written(entity, seed, 400));
            ByteArrayOutputStream doc = new ByteArrayOutputStream();
            for (String line : good) {
                byte[] mutated = random.nextInt(4) == 0 ? line.getBytes(StandardCharsets.UTF_8)
                        : mutate(line, random);
                doc.write(mutated);
                doc.write(random.nextInt(10) == 0 ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
            }
            byte[] bytes = doc.toByteArray();
            assertSame(read(entity, bytes, true), read(entity, bytes, false), "seed " + seed);
            fast += fastLines(entity, bytes);
        }
        // Both paths are exercised: many mutated lines are still the fast path's (blanks, key order, escapes,
        // nulls, absent keys...), many are not.
        assertThat(fast).as(entity.id()).isBetween(entity == Entity.JOURNEY ? 1 : 6 * 400 / 4, 6 * 400 * 9 / 10);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "{\"id\":\"m-1\",\"sex\":\"male\"}",
        " \t{ \"id\" : \"m-1\" , \"sex\" :\"male\" } \t",
        "{\"sex\":\"male\",\"id\":\"m-1\"}",
        "{\"id\":\"m-1\",\"sex\":null}",
        "{\"id\":null}",
        "{}",
        "{\"id\":\"m-1\",\"id\":\"m-2\"}",
        "{\"id\":\"m-1\",\"unknown\":1}",
        "{\"\\u0069d\":\"m-1\"}",
        "{\"id\":\"m\\u002d1\"}",
        "{\"id\":\"m-1\\/\"}",
        "{\"id\":\"m-1\",\"sex\":\" male\"}",
        "{\"id\":\"m-1\",\"sex\":\"MALE\"}",
        "{\"id\":\"m-1\",\"sex\":\"mael\"}",
        "{\"id\":\" \"}",
        "{\"id\":\"\"}",
        "{\"id\":\"\u3000\"}",
        "{\"id\":\"\u2003m\"}",
        "{\"id\":\"m-\u00e9\u6771\"}",
        "{\"id\":\"m-1\",\"nationalities\":[\"SYR\",\"AFG\"]}",
        "{\"id\":\"m-1\",\"nationalities\":[\"SYR\",\"Syrai\"]}",
        "{\"id\":\"m-1\",\"nationalities\":[]}",
        "{\"id\":\"m-1\",\"nationalities\":[\"\",\"SYR\"]}",
        "{\"id\":\"m-1\",\"nationalities\":[\"SYR|AFG\"]}",
        "{\"id\":\"m-1\",\"nationalities\":[\"SYR\",null]}",
        "{\"id\":\"m-1\",\"nationalities\":[[\"SYR\"]]}",
        "{\"id\":\"m-1\",\"nationalities\":\"SYR\"}",
        "{\"id\":\"m-1\",\"nationalities\":[\"SYR\",]}",
        "{\"id\":\"m-1\",\"sex\":{\"a\":1}}",
        "{\"id\":\"m-1\",\"sex\":7}",
        "{\"id\":7}",
        "{\"id\":\"m-1\"} x",
        "{\"id\":\"m-1\"}{\"id\":\"m-2\"}",
        "{\"id\":\"m-1\",}",
        "{\"id\":\"m-1\"",
        "{\"id\" \"m-1\"}",
        "[{\"id\":\"m-1\"}]",
        "\"m-1\"",
        "null",
        "{\"id\":\"m-1\"}\r",
        "\uFEFF{\"id\":\"m-1\"}",
    })
    void handMadeMigrantLines_readTheSameBothWays(String line) throws IOException {
        byte[] bytes = (line + "\n" + line + "\n").getBytes(StandardCharsets.UTF_8);
        assertSame(read(Entity.MIGRANT, bytes, true), read(Entity.MIGRANT, bytes, false), line);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "\"number_dead\":-0", "\"number_dead\":-0.0", "\"number_dead\":1.5", "\"number_dead\":1e2",
        "\"number_dead\":01", "\"number_dead\":2147483647", "\"number_dead\":2147483648", "\"number_dead\":-2147483648",
        "\"number_dead\":\"12\"", "\"number_dead\":\" 12 \"", "\"number_dead\":\"+12\"", "\"number_dead\":true",
        "\"number_dead\":-1", "\"number_dead\":99999999999999999999999999999",
        "\"latitude\":-0", "\"latitude\":-0.0", "\"latitude\":0", "\"latitude\":1e1", "\"latitude\":12.3456789012345678",
        "\"latitude\":\"12.5\"", "\"latitude\":45", "\"latitude\":1E400", "\"latitude\":-.5", "\"latitude\":1.",
        "\"date\":\" 2023-05\"", "\"date\":\"2023-05 \"", "\"date\":\"2023-5\"", "\"date\":\"2023-02-30\"",
        "\"date\":\"2023\"", "\"date\":20230517", "\"country\":\"grc\"", "\"country\":\" GRC\"", "\"country\":\"300\"",
        "\"country\":\"Greece\"", "\"causes\":[\"drowning\"]", "\"causes\":[\"Drowning\",\"Drowning\"]",
        "\"place\":\"\u00c9vros \u0394\u03ad\u03bb\u03c4\u03b1\"", "\"place\":\"a|b\"", "\"sources\":[\"a|b\"]",
        "\"place\":\"   \"", "\"place\":\"\\t\"", "\"place\":\"tab\there\"", "\"region\":\"Caribbean\"",
        "\"number_dead\":null", "\"id\":null", "\"kind\":\"incident\"", "\"source_quality\":9",
    })
    void handMadeIncidentValues_readTheSameBothWays(String member) throws IOException {
        String line = lines(written(Entity.INCIDENT, SEED, 1)).get(0);
        String key = member.substring(0, member.indexOf(':') + 1);
        int at = line.indexOf(key);
        String changed;
        if (at >= 0) {
            int valueEnd = endOfValue(line, at + key.length());
            changed = line.substring(0, at) + member + line.substring(valueEnd);
        } else {
            changed = "{" + member + "," + line.substring(1);
        }
        byte[] bytes = (changed + "\n" + line + "\n").getBytes(StandardCharsets.UTF_8);
        assertSame(read(Entity.INCIDENT, bytes, true), read(Entity.INCIDENT, bytes, false), changed);
    }

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {"FF", "C0AF", "C3", "EDA080", "F4908080", "E282", "80", "F5808080", "E080AF", "C328"})
    void invalidUtf8InAValue_readsTheSameBothWays(String hex) throws IOException {
        byte[] bad = new byte[hex.length() / 2];
        for (int i = 0; i < bad.length; i++) {
            bad[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"id\":\"m-1\",\"sex\":\"male\"}\n{\"id\":\"m-".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bad);
        out.writeBytes("\"}\n{\"id\":\"m-3\"}\n".getBytes(StandardCharsets.UTF_8));
        byte[] bytes = out.toByteArray();
        List<ReadResult<Object>> fast = read(Entity.MIGRANT, bytes, true);
        assertSame(fast, read(Entity.MIGRANT, bytes, false), hex);
        assertThat(fast).hasSize(3);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "\u00e9", "\u00e9\u00e9\u00e9", "\u6771\u4eac", "\uD83D\uDE00", "\u0394x"})
    void validUtf8_isAcceptedByTheCheck_asTheJdkDecodesIt(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        assertThat(FlatLineReader.validUtf8(b, 0, b.length)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {1, 2})
    void tightLimits_leaveTheLinesToJackson(int depth) throws IOException {
        byte[] bytes = "{\"id\":\"m-1\",\"nationalities\":[\"SYR\"]}\n".getBytes(StandardCharsets.UTF_8);
        JsonLimits limits = JsonLimits.defaults().withMaxNestingDepth(depth).withMaxNumberLength(1)
                .withMaxStringLength(2);
        assertThat(FlatLineReader.of(Migrant.class, limits)).isNull();
        List<ReadResult<Migrant>> rs = new ArrayList<>();
        try (JsonLinesReader<Migrant> r = JsonRecordReader.builder(Migrant.class).limits(limits).readLines(
                new ByteArrayInputStream(bytes), "x.jsonl")) {
            r.forEach(rs::add);
        }
        assertThat(rs).singleElement().matches(ReadResult::isRejected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {1, 3, 6})
    void shortStringAndNumberLimits_areJacksonsToReport(int max) throws IOException {
        JsonLimits limits = JsonLimits.defaults().withMaxStringLength(max).withMaxNumberLength(max);
        byte[] bytes = written(Entity.INCIDENT, SEED, 20);
        List<ReadResult<Incident>> fast = new ArrayList<>();
        List<ReadResult<Incident>> slow = new ArrayList<>();
        try (JsonLinesReader<Incident> r = JsonRecordReader.builder(Incident.class).limits(limits).readLines(
                new ByteArrayInputStream(bytes), "x.jsonl")) {
            r.forEach(fast::add);
        }
        try (JsonLinesReader<Incident> r = JsonRecordReader.builder(Incident.class).limits(limits).fastLines(false)
                .readLines(new ByteArrayInputStream(bytes), "x.jsonl")) {
            r.forEach(slow::add);
        }
        assertSame(fast, slow, "max " + max);
        assertThat(fast).allMatch(ReadResult::isRejected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {150, 300, 400, 100_000})
    void lineLengthLimit_isTheSameBothWays_inAndAcrossBuffers(int maxLine) throws IOException {
        JsonLimits limits = JsonLimits.defaults().withMaxLineLength(maxLine);
        // Enough lines to cross several 64 KiB buffers, so that some lines are gathered across two.
        byte[] bytes = written(Entity.INCIDENT, SEED + maxLine, 1_500);
        List<ReadResult<Incident>> fast = new ArrayList<>();
        List<ReadResult<Incident>> slow = new ArrayList<>();
        try (JsonLinesReader<Incident> r = JsonRecordReader.builder(Incident.class).limits(limits).readLines(
                new ByteArrayInputStream(bytes), "x.jsonl")) {
            r.forEach(fast::add);
        }
        try (JsonLinesReader<Incident> r = JsonRecordReader.builder(Incident.class).limits(limits).fastLines(false)
                .readLines(new ByteArrayInputStream(bytes), "x.jsonl")) {
            r.forEach(slow::add);
        }
        assertSame(fast, slow, "max " + maxLine);
        assertThat(fast).hasSize(1_500);
        if (maxLine < 100_000) {
            assertThat(fast).anyMatch(ReadResult::isRejected);
        }
    }

    // ---- helpers

    private static <T> void assertSame(List<ReadResult<T>> fast, List<ReadResult<T>> slow, String what) {
        assertThat(fast).as(what).hasSameSizeAs(slow);
        for (int i = 0; i < fast.size(); i++) {
            ReadResult<T> a = fast.get(i);
            ReadResult<T> b = slow.get(i);
            String at = what + ", result " + (i + 1);
            assertThat(a.record()).as(at).isEqualTo(b.record());
            assertThat(a.line()).as(at).isEqualTo(b.line());
            assertThat(a.isRejected()).as(at + ": " + a.issues() + " / " + b.issues()).isEqualTo(b.isRejected());
            assertThat(a.issues()).as(at).isEqualTo(b.issues());
            assertThat(a.raw()).as(at).isEqualTo(b.raw());
            if (!a.isRejected()) {
                assertThat(a.value()).as(at).isEqualTo(b.value());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<ReadResult<Object>> read(Entity entity, byte[] bytes, boolean fast) throws IOException {
        Class<Object> type = (Class<Object>) entity.recordType();
        List<ReadResult<Object>> out = new ArrayList<>();
        try (JsonLinesReader<Object> r = JsonRecordReader.builder(type).fastLines(fast).readLines(
                new ByteArrayInputStream(bytes), entity.tableName() + ".jsonl")) {
            r.forEach(out::add);
            assertThat(r.records()).isEqualTo(r.valid() + r.rejected()).isEqualTo(out.size());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static int fastLines(Entity entity, byte[] bytes) {
        FlatLineReader<Object> flat = FlatLineReader.of((Class<Object>) entity.recordType(), JsonLimits.defaults());
        int hits = 0;
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                if (flat.read(bytes, start, i - start) != null) {
                    hits++;
                }
                start = i + 1;
            }
        }
        return hits;
    }

    @SuppressWarnings("unchecked")
    private static byte[] written(Entity entity, long seed, int n) throws IOException {
        Class<Object> type = (Class<Object>) entity.recordType();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter<Object> w = JsonLinesWriter.open(type, out)) {
            new TestRecords(seed).records(entity, n).forEach(w::write);
        }
        return out.toByteArray();
    }

    private static List<String> lines(byte[] bytes) {
        List<String> out = new ArrayList<>();
        for (String s : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** The end of the JSON value starting at {@code i} in a line (a string, a flat array, or a scalar). */
    private static int endOfValue(String line, int i) {
        char c = line.charAt(i);
        if (c == '"') {
            int j = i + 1;
            while (line.charAt(j) != '"') {
                j += line.charAt(j) == '\\' ? 2 : 1;
            }
            return j + 1;
        }
        if (c == '[') {
            int j = i + 1;
            boolean in = false;
            while (in || line.charAt(j) != ']') {
                if (line.charAt(j) == '\\') {
                    j++;
                } else if (line.charAt(j) == '"') {
                    in = !in;
                }
                j++;
            }
            return j + 1;
        }
        int j = i;
        while (j < line.length() && line.charAt(j) != ',' && line.charAt(j) != '}') {
            j++;
        }
        return j;
    }

    // ---- mutations: structural ones on the tree, then textual ones on the text or bytes

    private static final String[] ODD_TEXTS = {"", " ", "  x", "x ", "\u3000", "\u2003x", "\u00e9t\u00e9",
        "\u6771\u4eac", "\uD83D\uDE00", "a|b", "MALE", "drowning", "grc", "2023-05", "2023", "2023-02-30", "12",
        "-0", "1e2", "true", "\u0085", "\u00a0"};
    private static final String[] ODD_NUMBERS = {"-0", "-0.0", "0", "1.5", "1e2", "1E-2", "2147483648",
        "-2147483648", "99999999999999999999999999999", "12.345678901234567", "1E400", "0.1"};

    private static byte[] mutate(String line, Random random) {
        ObjectNode o;
        try {
            o = (ObjectNode) MAPPER.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int structural = 1 + random.nextInt(3);
        for (int k = 0; k < structural; k++) {
            o = structural(o, random);
        }
        String text;
        try {
            text = MAPPER.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text = textual(text, random);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(25) == 0) {
            // Invalid UTF-8 inside the first string value.
            int q = text.indexOf(":\"");
            if (q > 0) {
                byte[] bad = new byte[][] {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0,
                    (byte) 0x80}, {(byte) 0xC3}}[random.nextInt(4)];
                int at = new String(text.substring(0, q + 2)).getBytes(StandardCharsets.UTF_8).length;
                byte[] out = new byte[bytes.length + bad.length];
                System.arraycopy(bytes, 0, out, 0, at);
                System.arraycopy(bad, 0, out, at, bad.length);
                System.arraycopy(bytes, at, out, at + bad.length, bytes.length - at);
                bytes = out;
            }
        }
        return bytes;
    }

    private static ObjectNode structural(ObjectNode o, Random random) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        if (names.isEmpty()) {
            return o;
        }
        String name = names.get(random.nextInt(names.size()));
        JsonNode v = o.get(name);
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (random.nextInt(14)) {
            case 0: {
                Collections.shuffle(names, random);
                ObjectNode shuffled = f.objectNode();
                names.forEach(n -> shuffled.set(n, o.get(n)));
                return shuffled;
            }
            case 1:
                o.remove(name);
                return o;
            case 2:
                o.putNull(name);
                return o;
            case 3:
                o.put(random.nextBoolean() ? "extra" : "Number_Dead", 1);
                return o;
            case 4:
                if (v.isNumber() || v.isBoolean()) {
                    o.put(name, (random.nextBoolean() ? " " : "") + v.asText());
                }
                return o;
            case 5:
                o.put(name, ODD_TEXTS[random.nextInt(ODD_TEXTS.length)]);
                return o;
            case 6:
                o.set(name, f.numberNode(new java.math.BigDecimal(ODD_NUMBERS[random.nextInt(ODD_NUMBERS.length)])));
                return o;
            case 7:
                if (v.isArray()) {
                    ArrayNode a = (ArrayNode) v;
                    switch (random.nextInt(5)) {
                        case 0:
                            a.removeAll();
                            break;
                        case 1:
                            a.add(ODD_TEXTS[random.nextInt(ODD_TEXTS.length)]);
                            break;
                        case 2:
                            a.addNull();
                            break;
                        case 3:
                            a.add(f.arrayNode().add("x"));
                            break;
                        default:
                            a.insert(0, new TextNode(ODD_TEXTS[random.nextInt(ODD_TEXTS.length)]));
                            break;
                    }
                } else if (v.isTextual()) {
                    o.set(name, f.arrayNode().add(v.asText()));
                }
                return o;
            case 8:
                o.set(name, f.objectNode().put("a", 1));
                return o;
            case 9:
                if (v.isTextual() && !v.asText().isEmpty()) {
                    String t = v.asText();
                    int at = random.nextInt(t.length());
                    o.put(name, t.substring(0, at) + ODD_TEXTS[random.nextInt(ODD_TEXTS.length)] + t.substring(at));
                }
                return o;
            case 10:
                o.put(name, random.nextBoolean());
                return o;
            case 11:
                if (v.isTextual()) {
                    o.put(name, v.asText().toLowerCase(java.util.Locale.ROOT));
                }
                return o;
            case 12:
                if (v.isTextual()) {
                    o.put(name, " " + v.asText() + (random.nextBoolean() ? " " : ""));
                }
                return o;
            default:
                o.put(name, random.nextInt(3) - 1);
                return o;
        }
    }

    private static String textual(String text, Random random) {
        switch (random.nextInt(12)) {
            case 0:
                return blanks(text, random);
            case 1: {
                // A duplicate key: the first member again, at the end.
                int colon = text.indexOf(':');
                int end = colon < 0 ? -1 : colon + 1 + endOfValue(text.substring(colon + 1), 0);
                return end < 0 || text.length() < 3 ? text
                        : text.substring(0, text.length() - 1) + "," + text.substring(1, end) + "}";
            }
            case 2: {
                // An escape inside the first string value, or inside the first key.
                int q = random.nextBoolean() ? text.indexOf(":\"") + 2 : 2;
                if (q < 2 || q >= text.length() || text.charAt(q) == '"' || text.charAt(q) == '\\') {
                    return text;
                }
                String escape = random.nextBoolean() ? String.format("\\u%04x", (int) text.charAt(q)) : "\\/";
                return text.substring(0, q) + escape + text.substring(q + (escape.equals("\\/") ? 0 : 1));
            }
            case 3:
                return text + (random.nextBoolean() ? " x" : " {}");
            case 4:
                return (random.nextBoolean() ? "\uFEFF" : " \t") + text;
            case 5:
                return text.substring(0, Math.max(1, random.nextInt(text.length())));
            case 6:
                return text.replace("\":", "\" :").replace(",\"", " ,\t\"");
            default:
                return text;
        }
    }

    /** Blanks (spaces, tabs, carriage returns) around every structural character outside strings. */
    private static String blanks(String text, Random random) {
        StringBuilder b = new StringBuilder();
        boolean in = false;
        String[] ws = {"", " ", "\t", "  ", "\r", " \t "};
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (in) {
                b.append(c);
                if (c == '\\') {
                    b.append(text.charAt(++i));
                } else if (c == '"') {
                    in = false;
                }
                continue;
            }
            if (c == '"') {
                in = true;
                b.append(c);
            } else if (c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == ':') {
                b.append(ws[random.nextInt(ws.length)]).append(c).append(ws[random.nextInt(ws.length)]);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
