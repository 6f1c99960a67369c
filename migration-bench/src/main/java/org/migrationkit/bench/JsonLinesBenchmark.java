package org.migrationkit.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.geo.GeoPoint;
import org.migrationkit.core.geo.Location;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.model.IncidentId;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.vocab.CauseCategory;
import org.migrationkit.core.vocab.IncidentType;
import org.migrationkit.core.vocab.MmpRegion;
import org.migrationkit.core.vocab.MmpRoute;
import org.migrationkit.io.ReadResult;
import org.migrationkit.io.csv.CsvTableWriter;
import org.migrationkit.io.json.JsonLinesReader;
import org.migrationkit.io.json.JsonLinesWriter;
import org.migrationkit.io.json.JsonRecordReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JSON Lines write and read of Missing Migrants Project incidents (DESIGN §9): our {@link JsonLinesWriter} and
 * {@link JsonLinesReader} (typed, validated records) against plain Jackson databind writing and reading POJOs of the
 * same content (strings and boxed numbers, nothing checked) — gate: at least as fast — and against a FastCSV parse
 * of the same records as CSV — target: reading within 1.7× per record. Each operation handles all records and
 * returns a checksum so the JIT cannot drop the work.
 *
 * <pre>{@code
 * mvn -B -q package -pl migration-bench -am -DskipTests
 * java -jar migration-bench/target/benchmarks.jar JsonLines -wi 2 -i 3 -f 1 -p records=200000
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class JsonLinesBenchmark {
    /** How many incidents each operation writes or reads. */
    @Param("200000")
    public int records;

    private List<Incident> incidents;
    private List<IncidentPojo> pojos;
    private byte[] jsonl;
    private byte[] pojoJsonl;
    private byte[] csv;
    private ObjectWriter pojoWriter;
    private ObjectReader pojoReader;

    /** The same content as plain Jackson data: what databind reads and writes without a module. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class IncidentPojo {
        public String id;
        public String kind;
        public String date;
        public String country;
        public String place;
        public Double latitude;
        public Double longitude;
        public String region;
        public String route;
        public List<String> causes;
        public Integer number_dead;
        public Integer number_missing;
        public Integer total_dead_and_missing;
        public Integer number_of_survivors;
        public Integer number_of_females;
        public Integer number_of_males;
        public Integer number_of_children;
        public List<String> origin_countries;
        public List<String> sources;
        public Integer source_quality;
    }

    /** Builds the records from a fixed seed and serialises them once in each format. */
    @Setup
    public void setUp() throws IOException {
        Random random = new Random(42);
        List<CountryCode> countries = CountryCode.all();
        incidents = new ArrayList<>(records);
        pojos = new ArrayList<>(records);
        for (int i = 0; i < records; i++) {
            CountryCode country = countries.get(random.nextInt(countries.size()));
            GeoPoint point = GeoPoint.of(Math.round((random.nextDouble() * 180 - 90) * 1e6) / 1e6,
                    Math.round((random.nextDouble() * 360 - 180) * 1e6) / 1e6);
            int dead = random.nextInt(50);
            int missing = random.nextInt(50);
            Incident incident = Incident.builder().id(IncidentId.of("2023.MMP" + (100_000 + i)))
                    .kind(IncidentType.INCIDENT).date(ReportedDate.of(2014 + random.nextInt(10),
                            1 + random.nextInt(12), 1 + random.nextInt(28)))
                    .location(Location.of(country, null, "near the coast " + random.nextInt(1000), point))
                    .region(MmpRegion.values()[random.nextInt(MmpRegion.values().length)])
                    .route(MmpRoute.values()[random.nextInt(MmpRoute.values().length)])
                    .causes(List.of(CauseCategory.values()[random.nextInt(CauseCategory.values().length)]))
                    .dead(dead).missing(missing).total(dead + missing).survivors(random.nextInt(20))
                    .females(random.nextInt(5)).males(random.nextInt(5)).children(random.nextInt(5))
                    .originCountries(List.of(countries.get(random.nextInt(countries.size()))))
                    .sources(List.of("IOM", "Local media")).sourceQuality(1 + random.nextInt(5)).build();
            incidents.add(incident);
            IncidentPojo p = new IncidentPojo();
            p.id = incident.id().value();
            p.kind = incident.kind().code();
            p.date = incident.date().toString();
            p.country = country.alpha3();
            p.place = incident.location().place();
            p.latitude = point.latitude();
            p.longitude = point.longitude();
            p.region = incident.region().code();
            p.route = incident.route().code();
            p.causes = List.of(incident.causes().get(0).code());
            p.number_dead = dead;
            p.number_missing = missing;
            p.total_dead_and_missing = dead + missing;
            p.number_of_survivors = incident.survivors();
            p.number_of_females = incident.females();
            p.number_of_males = incident.males();
            p.number_of_children = incident.children();
            p.origin_countries = List.of(incident.originCountries().get(0).alpha3());
            p.sources = incident.sources();
            p.source_quality = incident.sourceQuality();
            pojos.add(p);
        }
        ObjectMapper mapper = new ObjectMapper();
        pojoWriter = mapper.writerFor(IncidentPojo.class).withRootValueSeparator("\n");
        pojoReader = mapper.readerFor(IncidentPojo.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter<Incident> w = JsonLinesWriter.open(Incident.class, out)) {
            incidents.forEach(w::write);
        }
        jsonl = out.toByteArray();
        ByteArrayOutputStream pojoOut = new ByteArrayOutputStream();
        try (SequenceWriter w = pojoWriter.writeValues(pojoOut)) {
            w.writeAll(pojos);
        }
        pojoJsonl = pojoOut.toByteArray();
        StringWriter csvOut = new StringWriter();
        try (CsvTableWriter<Incident> w = CsvTableWriter.builder(Incident.class).write(csvOut)) {
            incidents.forEach(w::write);
        }
        csv = csvOut.toString().getBytes(StandardCharsets.UTF_8);
        if (readJsonLines() != records || readDatabind() != records) {
            throw new IllegalStateException("the benchmark data does not read back");
        }
    }

    /** An output stream that counts and drops. */
    static final class NullStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /**
     * Our writer: typed records to JSON Lines.
     *
     * @return the bytes written
     */
    @Benchmark
    public long writeJsonLines() throws IOException {
        NullStream out = new NullStream();
        try (JsonLinesWriter<Incident> w = JsonLinesWriter.open(Incident.class, out)) {
            for (Incident i : incidents) {
                w.write(i);
            }
        }
        return out.count;
    }

    /**
     * Plain databind: POJOs to JSON Lines.
     *
     * @return the bytes written
     */
    @Benchmark
    public long writeDatabind() throws IOException {
        NullStream out = new NullStream();
        try (SequenceWriter w = pojoWriter.writeValues(out)) {
            for (IncidentPojo p : pojos) {
                w.write(p);
            }
        }
        return out.count;
    }

    /**
     * Our reader: JSON Lines to typed, checked records (codes looked up, records built).
     *
     * @return the number of valid records
     */
    @Benchmark
    public long readJsonLines() throws IOException {
        long valid = 0;
        try (JsonLinesReader<Incident> r = JsonRecordReader.builder(Incident.class)
                .readLines(new ByteArrayInputStream(jsonl), null)) {
            for (ReadResult<Incident> result : r) {
                valid += result.isRejected() ? 0 : 1;
            }
        }
        return valid;
    }

    /**
     * Plain databind: JSON Lines to POJOs.
     *
     * @return the number of records
     */
    @Benchmark
    public long readDatabind() throws IOException {
        long n = 0;
        try (MappingIterator<IncidentPojo> it = pojoReader.readValues(pojoJsonl)) {
            while (it.hasNext()) {
                n += it.next().number_dead == null ? 0 : 1;
            }
        }
        return n;
    }

    /**
     * FastCSV: parse the same records as CSV, to strings.
     *
     * @return the number of fields
     */
    @Benchmark
    public long parseCsvFastCsv() throws IOException {
        long fields = 0;
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(new ByteArrayInputStream(csv))) {
            for (CsvRecord rec : r) {
                fields += rec.getFieldCount();
            }
        }
        return fields;
    }
}
