package org.migrationkit.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.model.PopulationFigure;
import org.migrationkit.core.people.AgeBandSet;
import org.migrationkit.core.people.Breakdown;
import org.migrationkit.core.sample.PartnerDataset;
import org.migrationkit.core.sample.SampleData;
import org.migrationkit.io.csv.CsvTableWriter;
import org.migrationkit.io.json.JsonDocumentWriter;
import org.migrationkit.io.json.JsonLinesWriter;
import org.migrationkit.io.sample.Defects;
import org.migrationkit.io.sample.InjectedDefect;
import org.migrationkit.io.schema.Entity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code migration generate (--entity <entity> | --dataset partner|incidents|population) --rows N --seed S
 * [--defects RATE --manifest FILE] --output PATH}: writes sample data from {@link SampleData} (DESIGN §7, §10).
 *
 * <p>{@code --entity} writes one table to a file whose format comes from its extension: {@code .csv} (the entity's
 * CSV table), {@code .jsonl} (JSON Lines) or {@code .json} (one JSON array). {@code --dataset} writes a folder of
 * CSV tables, or a {@code .zip} of them when the name ends so:
 * <ul>
 *   <li>{@code partner}: {@code migrants.csv}, {@code journeys.csv}, {@code legs.csv}, {@code assistance_events.csv}
 *       — {@code --rows} migrants, with about 1.12 journeys per migrant, 1.54 legs per journey (about 1.7 per
 *       migrant) and 0.92 assistance events per migrant (the generator's ratios, see {@link SampleData});</li>
 *   <li>{@code incidents}: {@code incidents.csv} — {@code --rows} incidents;</li>
 *   <li>{@code population}: {@code population_figures.csv} — {@code --rows} figures: the generator's UNHCR stocks,
 *       returns and detentions; its DTM flow figures (by women, men, girls and boys) are left out, because the
 *       table's columns hold the UNHCR age bands only.</li>
 * </ul>
 * The output is the same, byte for byte, for the same arguments (zip entries carry a fixed time).
 *
 * <p>{@code --defects RATE --manifest FILE} (the two together): each record gets a known defect with probability RATE
 * (a fraction from 0 to 1), written by {@link Defects}; FILE receives one JSON line per defect,
 * {@code {"code":..., "file":"legs.csv", "record":N, "field":"column"}}, numbered as a validation report numbers its
 * locations (DESIGN §10). For any {@code --dataset}, and for {@code --entity incident|population-figure|remittance}
 * to a {@code .csv} file; the partner tables alone cannot carry the defects between tables. One option without the
 * other, a RATE outside [0, 1], or another entity or format give exit 2 with a one-line reason.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write deterministic sample data: one entity's table to a file (format from the extension: "
                + ".csv, .json, .jsonl), or a dataset of CSV tables to a folder or a .zip.",
                "partner: migrants.csv, journeys.csv, legs.csv, assistance_events.csv; --rows counts the migrants "
                        + "(about 1.12 journeys and 0.92 assistance events per migrant, 1.54 legs per journey).",
                "incidents: incidents.csv; population: population_figures.csv (stocks, returns and detentions by "
                        + "the UNHCR age bands); --rows counts their records."})
final class GenerateCommand implements Callable<Integer> {
    /** The multi-table datasets: their tables, in the order they are written. */
    enum Dataset {
        PARTNER("partner", List.of(Entity.MIGRANT, Entity.JOURNEY, Entity.LEG, Entity.ASSISTANCE_EVENT)),
        INCIDENTS("incidents", List.of(Entity.INCIDENT)),
        POPULATION("population", List.of(Entity.POPULATION_FIGURE));

        private final String id;
        private final List<Entity> tables;

        Dataset(String id, List<Entity> tables) {
            this.id = id;
            this.tables = tables;
        }

        static Optional<Dataset> findById(String id) {
            for (Dataset d : values()) {
                if (d.id.equals(id)) {
                    return Optional.of(d);
                }
            }
            return Optional.empty();
        }

        List<Entity> tables() {
            return tables;
        }
    }

    /** The tables whose defects need no other table. */
    private static final java.util.Set<Entity> STANDALONE = java.util.EnumSet.of(Entity.INCIDENT,
            Entity.POPULATION_FIGURE, Entity.REMITTANCE);

    /** Zip entries carry this time, so that the same arguments give the same bytes. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    @Option(names = "--entity", paramLabel = "<entity>", description = "migrant, journey, leg, incident, "
            + "population-figure, assistance-event or remittance: write that table to the --output file.")
    @Nullable String entity;

    @Option(names = "--dataset", paramLabel = "partner|incidents|population",
            description = "Write a dataset of CSV tables to the --output folder, or .zip.")
    @Nullable String dataset;

    @Option(names = "--rows", paramLabel = "N", description = "How many records: of the entity, or the main records "
            + "of the dataset (migrants for partner).")
    @Nullable String rows;

    @Option(names = "--seed", paramLabel = "S", description = "Any whole number; the same seed gives the same data.")
    @Nullable String seed;

    @Option(names = "--defects", paramLabel = "RATE", description = "With --manifest: give this share of the records "
            + "(0 to 1, e.g. 0.02) one known defect each; any --dataset, or --entity incident|population-figure|"
            + "remittance to a .csv file.")
    @Nullable String defects;

    @Option(names = "--manifest", paramLabel = "FILE", description = "With --defects: the JSON Lines file that lists "
            + "each injected defect as {code, file, record, field}, numbered as the validation report numbers them.")
    @Nullable Path manifest;

    @Option(names = "--output", paramLabel = "PATH", description = "The file (--entity) or the folder or .zip "
            + "(--dataset) to write; replaced if it exists.")
    @Nullable Path output;

    @CommandLine.Spec
    CommandLine.Model.@Nullable CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = Objects.requireNonNull(spec).commandLine().getErr();
        try {
            run();
            return Main.OK;
        } catch (UsageException e) {
            err.println("migration: " + e.getMessage());
            return Main.USAGE;
        }
    }

    private void run() {
        if ((entity == null) == (dataset == null)) {
            throw new UsageException(entity == null ? "give --entity <entity> or --dataset partner|incidents|"
                    + "population." : "give --entity or --dataset, not both.");
        }
        int n = (int) number("--rows", rows, "the number of records to generate (migrants for --dataset partner)",
                0, Integer.MAX_VALUE);
        long s = number("--seed", seed, "any whole number; the same seed gives the same data", Long.MIN_VALUE,
                Long.MAX_VALUE);
        if (output == null) {
            throw new UsageException("--output is required: the file (--entity) or the folder or .zip (--dataset) "
                    + "to write.");
        }
        Double rate = defectRate();
        SampleData data = SampleData.seed(s);
        if (rate != null) {
            writeWithDefects(data, Defects.of(s, rate), n, output, Objects.requireNonNull(manifest));

        } else if (entity != null) {
            Entity e = Entity.findById(entity).orElseThrow(() -> new UsageException(reason(entity)));
            writeEntity(data, e, n, output);
        } else {
            Dataset d = Dataset.findById(Objects.requireNonNull(dataset)).orElseThrow(() -> new UsageException(
                    "Unknown dataset \"" + dataset + "\": use one of partner, incidents, population."));
            writeDataset(data, d, n, output);
        }
    }

    /** The defect rate, or null without --defects; checks that --defects and --manifest come together. */
    private @Nullable Double defectRate() {
        if (defects == null && manifest == null) {
            return null;
        }
        if (defects == null || manifest == null) {
            throw new UsageException(defects == null ? "--manifest needs --defects RATE: the manifest lists the "
                    + "defects injected at that rate." : "--defects needs --manifest FILE: without the manifest the "
                    + "injected defects are not known.");
        }
        if (entity != null && Entity.findById(entity).filter(e -> !STANDALONE.contains(e)).isPresent()) {
            throw new UsageException("--defects needs a table that stands alone or the whole partner dataset: use "
                    + "--dataset partner|incidents|population or --entity incident|population-figure|remittance.");
        }
        if (entity != null && !String.valueOf(output).toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new UsageException("--defects writes CSV tables: for --entity, end the --output file name in .csv.");
        }
        try {
            double rate = Double.parseDouble(defects.strip());
            if (rate >= 0 && rate <= 1) {
                return rate;
            }
        } catch (NumberFormatException e) {
            // Reported below, with what is accepted.
        }
        throw new UsageException("--defects \"" + defects + "\" is not accepted: give a fraction from 0 to 1, e.g. "
                + "0.02 for 2 %.");
    }

    private static long number(String option, @Nullable String text, String what, long min, long max) {
        if (text == null) {
            throw new UsageException(option + " is required: " + what + ".");
        }
        try {
            long v = Long.parseLong(text.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // Reported below, with what is accepted.
        }
        throw new UsageException(option + " \"" + text + "\" is not accepted: give a whole number from " + min + " to "
                + max + ".");
    }

    private static String reason(String id) {
        try {
            Entity.ofId(id);
            return "";
        } catch (IllegalArgumentException x) {
            return x.getMessage();
        }
    }

    private static void writeEntity(SampleData data, Entity e, int n, Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        Format format = name.endsWith(".csv") ? Format.CSV : name.endsWith(".jsonl") ? Format.JSONL
                : name.endsWith(".json") ? Format.JSON : null;
        if (format == null) {
            throw new UsageException("--output " + file + " has no known extension: for --entity, end the file name "
                    + "in .csv, .json or .jsonl.");
        }
        if (Files.isDirectory(file)) {
            throw new UsageException("--output " + file + " is a folder: for --entity, give a file.");
        }
        try (OutputStream out = open(file)) {
            write(e, records(data, e, n), format, out);
        } catch (IOException x) {
            throw new UncheckedIOException("Cannot write " + file + ": " + x.getMessage(), x);
        }
    }

    private static void writeDataset(SampleData data, Dataset d, int n, Path target) {
        PartnerDataset partner = data.partnerDataset(n);
        boolean zip = String.valueOf(target.getFileName()).toLowerCase(Locale.ROOT).endsWith(".zip");
        try {
            if (zip) {
                if (Files.isDirectory(target)) {
                    throw new UsageException("--output " + target + " is a folder: give a new .zip file name, or a "
                            + "folder name without .zip.");
                }
                try (ZipOutputStream out = new ZipOutputStream(open(target))) {
                    for (Entity e : d.tables()) {
                        ZipEntry entry = new ZipEntry(e.fileName());
                        entry.setTimeLocal(ENTRY_TIME);
                        out.putNextEntry(entry);
                        write(e, records(data, partner, e, n), Format.CSV, new EntryStream(out));
                    }
                }
            } else {
                if (Files.exists(target) && !Files.isDirectory(target)) {
                    throw new UsageException("--output " + target + " is a file: for --dataset, give a folder, or a "
                            + "file name ending in .zip.");
                }
                Files.createDirectories(target);
                for (Entity e : d.tables()) {
                    Path file = target.resolve(e.fileName());
                    try (OutputStream out = open(file)) {
                        write(e, records(data, partner, e, n), Format.CSV, out);
                    }
                }
            }
        } catch (IOException x) {
            throw new UncheckedIOException("Cannot write " + target + ": " + x.getMessage(), x);
        }
    }

    private void writeWithDefects(SampleData data, Defects mode, int n, Path target, Path manifestFile) {
        boolean zip = String.valueOf(target.getFileName()).toLowerCase(Locale.ROOT).endsWith(".zip");
        if (Files.isDirectory(manifestFile)) {
            throw new UsageException("--manifest " + manifestFile + " is a folder: give a file name.");
        }
        try (OutputStream m = open(manifestFile);
                java.io.Writer lines = new java.io.OutputStreamWriter(m, java.nio.charset.StandardCharsets.UTF_8)) {
            Consumer<InjectedDefect> toManifest = d -> {
                try {
                    lines.write(d.toJson());
                    lines.write('\n');
                } catch (IOException x) {
                    throw new UncheckedIOException("Cannot write " + manifestFile + ": " + x.getMessage(), x);
                }
            };
            if (entity != null) {
                if (Files.isDirectory(target)) {
                    throw new UsageException("--output " + target + " is a folder: for --entity, give a file.");
                }
                Entity e = Entity.ofId(entity);
                mode.writeTable(e, records(data, e, n), name -> open(target), toManifest);
            } else if (zip) {
                if (Files.isDirectory(target)) {
                    throw new UsageException("--output " + target + " is a folder: give a new .zip file name, or a "
                            + "folder name without .zip.");
                }
                try (ZipOutputStream out = new ZipOutputStream(open(target))) {
                    writeTables(data, mode, n, name -> {
                        ZipEntry entry = new ZipEntry(name);
                        entry.setTimeLocal(ENTRY_TIME);
                        out.putNextEntry(entry);
                        return new EntryStream(out);
                    }, toManifest);
                }
            } else {
                if (Files.exists(target) && !Files.isDirectory(target)) {
                    throw new UsageException("--output " + target + " is a file: for --dataset, give a folder, or a "
                            + "file name ending in .zip.");
                }
                Files.createDirectories(target);
                writeTables(data, mode, n, name -> open(target.resolve(name)), toManifest);
            }
        } catch (IOException x) {
            throw new UncheckedIOException("Cannot write " + target + ": " + x.getMessage(), x);
        }
    }

    /** The dataset's tables with defects: the partner tables together, or the one table of the others. */
    private void writeTables(SampleData data, Defects mode, int n, Defects.TableTarget target,
            Consumer<InjectedDefect> toManifest) throws IOException {
        Dataset d = Dataset.findById(Objects.requireNonNull(dataset)).orElseThrow(() -> new UsageException(
                "Unknown dataset \"" + dataset + "\": use one of partner, incidents, population."));
        if (d == Dataset.PARTNER) {
            mode.writePartner(data.partnerDataset(n), target, toManifest);
        } else {
            Entity e = d.tables().get(0);
            mode.writeTable(e, records(data, e, n), target, toManifest);
        }
    }

    private static OutputStream open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UsageException("--output " + file + ": the folder " + parent + " does not exist.");
        }
        return new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    /** The records of one entity: the first n of its stream. */
    private static Stream<?> records(SampleData data, Entity e, int n) {
        switch (e) {
            case MIGRANT:
                return data.migrants().limit(n);
            case JOURNEY:
                return data.journeys().limit(n);
            case LEG:
                return data.legs().limit(n);
            case INCIDENT:
                return data.incidents().limit(n);
            case POPULATION_FIGURE:
                return data.populationFigures().filter(GenerateCommand::fitsTable).limit(n);
            case ASSISTANCE_EVENT:
                return data.assistanceEvents().limit(n);
            default:
                return data.remittances().limit(n);
        }
    }

    /**
     * Whether the population_figures table can hold a figure: its columns are the UNHCR age bands and an age-unknown
     * cell per sex (the rule of the io tables' flat check). The generator's DTM flow figures (women, men, girls,
     * boys: the adult-child band set) do not fit and are left out until the table has columns for them.
     */
    static boolean fitsTable(PopulationFigure figure) {
        Breakdown b = figure.breakdown();
        if (b.bandSet() != null && !AgeBandSet.UNHCR.equals(b.bandSet())) {
            return false;
        }
        for (Breakdown.Cell cell : b.cells().keySet()) {
            if (cell.band() != null && !AgeBandSet.UNHCR.contains(Objects.requireNonNull(cell.band()))) {
                return false;
            }
        }
        return true;
    }

    /** A dataset's table: a partner table follows from the migrants; the others are n records of their own. */
    private static Stream<?> records(SampleData data, PartnerDataset partner, Entity e, int n) {
        switch (e) {
            case MIGRANT:
                return partner.migrants();
            case JOURNEY:
                return partner.journeys();
            case LEG:
                return partner.legs();
            case ASSISTANCE_EVENT:
                return partner.assistanceEvents();
            default:
                return records(data, e, n);
        }
    }

    private enum Format { CSV, JSON, JSONL }

    private static void write(Entity e, Stream<?> records, Format format, OutputStream out) throws IOException {
        write(e.recordType(), records, format, out);
    }

    private static <T> void write(Class<T> type, Stream<?> records, Format format, OutputStream out)
            throws IOException {
        switch (format) {
            case CSV:
                try (CsvTableWriter<T> w = CsvTableWriter.builder(type).write(out)) {
                    records.forEach(r -> w.write(type.cast(r)));
                }
                break;
            case JSONL:
                try (JsonLinesWriter<T> w = JsonLinesWriter.open(type, out)) {
                    records.forEach(r -> w.write(type.cast(r)));
                }
                break;
            default:
                try (JsonDocumentWriter<T> w = JsonDocumentWriter.open(type, out)) {
                    records.forEach(r -> w.write(type.cast(r)));
                }
                break;
        }
    }

    /** A zip entry as a stream: closing it ends the entry, not the archive. */
    private static final class EntryStream extends FilterOutputStream {
        private final ZipOutputStream zip;

        EntryStream(ZipOutputStream zip) {
            super(zip);
            this.zip = zip;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            zip.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            zip.closeEntry();
        }
    }

    /** A wrong command line: one line on stderr, exit 2. */
    private static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
