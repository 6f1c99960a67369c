package org.migrationkit.io.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.sample.PartnerDataset;
import org.migrationkit.core.sample.SplitMix64;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.io.csv.CsvTableWriter;
import org.migrationkit.io.csv.CsvWriter;
import org.migrationkit.io.schema.Entity;
import org.migrationkit.io.schema.TableSchema;

/**
 * The defect mode of the sample data (DESIGN §7): writes a generated partner dataset's CSV tables — or one of the
 * tables that stand alone: incidents, population figures, remittances — with known defects injected at a given rate,
 * and reports each defect as an {@link InjectedDefect}: the line of a manifest against which a validator's recall and
 * precision can be measured.
 *
 * <pre>{@code
 * PartnerDataset data = SampleData.seed(42).partnerDataset(20_000);
 * List<InjectedDefect> manifest = new ArrayList<>();
 * Defects.of(42, 0.02).writePartner(data, name -> Files.newOutputStream(dir.resolve(name)), manifest::add);
 * }</pre>
 *
 * <p>The generator makes valid records by construction, and most defects cannot live in a model object (a
 * {@code CountryCode} is valid), so defects are made in the written rows: the cells of each table, in the column
 * order of its {@link TableSchema}, just before they are written. Each clean record becomes defective with probability
 * {@code rate}; it then gets one defect, drawn among those {@link #injectedCodes() the mode knows} that fit the record.
 * Every defect is one the validator detects, and it is isolated: it raises exactly its own issue, at its own record
 * and column, and nothing else —
 * <ul>
 *   <li>at most one defect per record;</li>
 *   <li>a record that other tables reference (a migrant, a journey) keeps its id valid: a defect that would make it
 *       unreadable goes on an extra copy of it with an id of its own that nothing references (an unreadable record's
 *       id is unknown to the dataset, so its references would dangle); a duplicate id is an extra copy with the same
 *       id, after the original;</li>
 *   <li>defects of value in {@code legs.csv} go on legs after the first, so that no journey loses its start;</li>
 *   <li>an event dated before its beneficiary's journeys is only made for a beneficiary whose first departures are
 *       all known.</li>
 * </ul>
 * Record numbers count the extra copies, exactly as a report numbers the written file. The same seed and rate give
 * the same rows and the same manifest on every JVM ({@link SplitMix64}, no hash order). The defect mode keeps a map
 * from journey id to migrant id while it writes a partner dataset (about 200 bytes a journey); the rest streams.
 *
 * <p>The generator's own data is not touched: its few findings (some {@code value.outlier} infos, e.g. ages far from
 * the median, or heavy-tailed counts of incidents and figures) are there with or without defects and are not in the
 * manifest.
 */
public final class Defects {
    /** A stream number of {@link SplitMix64} per table, apart from the generator's own streams. */
    private static final long STREAM = 0xDEFEC7L << 8;

    private final long seed;
    private final double rate;

    private Defects(long seed, double rate) {
        this.seed = seed;
        this.rate = rate;
    }

    /**
     * Returns the defect mode for a seed and a rate.
     *
     * @param seed any number; the same seed and rate give the same defects
     * @param rate the share of records that get a defect, 0 to 1
     * @return the defect mode
     * @throws IllegalArgumentException if {@code rate} is not a number from 0 to 1
     */
    public static Defects of(long seed, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("Defect rate " + rate + " is not accepted: give a fraction from 0 to 1, "
                    + "e.g. 0.02 for 2 %.");
        }
        return new Defects(seed, rate);
    }

    /**
     * Describes the defect mode.
     *
     * @return e.g. {@code Defects[seed=42, rate=0.02]}
     */
    @Override
    public String toString() {
        return "Defects[seed=" + seed + ", rate=" + rate + "]";
    }

    /**
     * Returns the issue codes the defect mode injects, over all tables: the codes of values, records and datasets that
     * the entity tables can show (malformed files are not a defect of records; see the class description).
     *
     * @return the codes, in catalogue order
     */
    public static Set<IssueCode> injectedCodes() {
        Set<IssueCode> codes = EnumSet.noneOf(IssueCode.class);
        for (Kind k : Kind.values()) {
            codes.add(k.code);
        }
        return codes;
    }

    /**
     * Returns the issue codes the defect mode injects into one table.
     *
     * @param entity the table's entity, not null
     * @return the codes, in catalogue order
     */
    public static Set<IssueCode> injectedCodes(Entity entity) {
        Objects.requireNonNull(entity, "entity");
        Set<IssueCode> codes = EnumSet.noneOf(IssueCode.class);
        for (Kind k : Kind.values()) {
            if (k.entity == entity) {
                codes.add(k.code);
            }
        }
        return codes;
    }

    /** Where the tables go. */
    @FunctionalInterface
    public interface TableTarget {
        /**
         * Opens the output of one table.
         *
         * @param fileName the table's file name, e.g. {@code legs.csv}
         * @return the stream; closed when the table is written
         * @throws IOException if it cannot be opened
         */
        OutputStream open(String fileName) throws IOException;
    }

    /**
     * Writes the partner dataset's tables ({@code migrants.csv}, {@code journeys.csv}, {@code legs.csv},
     * {@code assistance_events.csv}, in this order) with defects.
     *
     * @param dataset the dataset, not null
     * @param target where each table goes, not null
     * @param manifest told each injected defect, in table and record order; not null
     * @throws IOException if writing fails
     */
    public void writePartner(PartnerDataset dataset, TableTarget target, Consumer<InjectedDefect> manifest)
            throws IOException {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(manifest, "manifest");
        State state = new State();
        write(Entity.MIGRANT, dataset.migrants(), target, manifest, state);
        write(Entity.JOURNEY, dataset.journeys(), target, manifest, state);
        write(Entity.LEG, dataset.legs(), target, manifest, state);
        write(Entity.ASSISTANCE_EVENT, dataset.assistanceEvents(), target, manifest, state);
    }

    /**
     * Writes one table that stands alone — {@code incidents.csv}, {@code population_figures.csv} or
     * {@code remittances.csv} — with defects.
     *
     * @param entity {@link Entity#INCIDENT}, {@link Entity#POPULATION_FIGURE} or {@link Entity#REMITTANCE}; not null
     * @param records the clean records, of the entity's record type; not null
     * @param target where the table goes, not null
     * @param manifest told each injected defect, in record order; not null
     * @throws IOException if writing fails
     * @throws IllegalArgumentException for a table of the partner dataset: its defects need the other tables (write
     *     them with {@link #writePartner})
     */
    public void writeTable(Entity entity, Stream<?> records, TableTarget target, Consumer<InjectedDefect> manifest)
            throws IOException {
        Objects.requireNonNull(entity, "entity");
        if (entity != Entity.INCIDENT && entity != Entity.POPULATION_FIGURE && entity != Entity.REMITTANCE) {
            throw new IllegalArgumentException("Table " + entity.fileName() + " is part of the partner dataset: write "
                    + "it with writePartner, so that defects between tables can be made.");
        }
        write(entity, Objects.requireNonNull(records, "records"), Objects.requireNonNull(target, "target"),
                Objects.requireNonNull(manifest, "manifest"), new State());
    }

    /** Where a defect goes: on the record itself, or on an extra copy after it. */
    private enum Placement { IN_PLACE, COPY_NEW_ID, COPY_SAME_ID }

    /** The defects, by table; the order is part of the output (a record's defect is drawn by index). */
    private enum Kind {
        M_ID_MALFORMED(Entity.MIGRANT, IssueCode.ID_MALFORMED, "id", Placement.COPY_NEW_ID),
        M_SEX(Entity.MIGRANT, IssueCode.SEX_UNKNOWN, "sex", Placement.COPY_NEW_ID),
        M_AGE_RANGE(Entity.MIGRANT, IssueCode.AGE_OUT_OF_RANGE, "age", Placement.COPY_NEW_ID),
        M_NATIONALITY(Entity.MIGRANT, IssueCode.COUNTRY_UNKNOWN, "nationalities", Placement.COPY_NEW_ID),
        M_POPULATION_TYPE(Entity.MIGRANT, IssueCode.POPULATION_TYPE_UNKNOWN, "population_types", Placement.COPY_NEW_ID),
        M_NEED(Entity.MIGRANT, IssueCode.NEED_UNKNOWN, "specific_needs", Placement.COPY_NEW_ID),
        M_WRONG_TYPE(Entity.MIGRANT, IssueCode.CSV_WRONG_TYPE, "unaccompanied", Placement.COPY_NEW_ID),
        M_AGE_UNPARSEABLE(Entity.MIGRANT, IssueCode.CSV_WRONG_TYPE, "age", Placement.COPY_NEW_ID),
        M_DUPLICATE(Entity.MIGRANT, IssueCode.ID_DUPLICATE, "id", Placement.COPY_SAME_ID),
        M_UNACCOMPANIED_ADULT(Entity.MIGRANT, IssueCode.AGE_UNACCOMPANIED_ADULT, "age", Placement.IN_PLACE),
        M_BIRTH_YEAR(Entity.MIGRANT, IssueCode.AGE_BIRTH_YEAR_MISMATCH, "birth_year", Placement.IN_PLACE),
        M_OUTLIER(Entity.MIGRANT, IssueCode.VALUE_OUTLIER, "age", Placement.IN_PLACE),
        J_ORIGIN(Entity.JOURNEY, IssueCode.COUNTRY_UNKNOWN, "origin", Placement.COPY_NEW_ID),
        J_ROUTE(Entity.JOURNEY, IssueCode.ROUTE_UNKNOWN, "route", Placement.COPY_NEW_ID),
        J_PURPOSE(Entity.JOURNEY, IssueCode.JOURNEY_PURPOSE_UNKNOWN, "purpose", Placement.COPY_NEW_ID),
        J_STATUS(Entity.JOURNEY, IssueCode.JOURNEY_STATUS_UNKNOWN, "status", Placement.COPY_NEW_ID),
        J_MISSING_MIGRANT(Entity.JOURNEY, IssueCode.REF_MISSING_MIGRANT, "migrant_id", Placement.COPY_NEW_ID),
        J_DUPLICATE(Entity.JOURNEY, IssueCode.ID_DUPLICATE, "id", Placement.COPY_SAME_ID),
        J_RETURN_SAME(Entity.JOURNEY, IssueCode.JOURNEY_RETURN_SAME_COUNTRY, "destination", Placement.IN_PLACE),
        L_DESTINATION(Entity.LEG, IssueCode.COUNTRY_UNKNOWN, "destination", Placement.IN_PLACE),
        L_DEPARTED(Entity.LEG, IssueCode.DATE_UNPARSEABLE, "departed", Placement.IN_PLACE),
        L_TRANSPORT(Entity.LEG, IssueCode.TRANSPORT_MODE_UNKNOWN, "transport", Placement.IN_PLACE),
        L_FACILITATION(Entity.LEG, IssueCode.FACILITATION_UNKNOWN, "facilitation", Placement.IN_PLACE),
        L_ARRIVAL(Entity.LEG, IssueCode.LEG_ARRIVAL_BEFORE_DEPARTURE, "arrived", Placement.IN_PLACE),
        L_OUT_OF_ORDER(Entity.LEG, IssueCode.LEG_OUT_OF_ORDER, "departed", Placement.IN_PLACE),
        L_DISCONNECTED(Entity.LEG, IssueCode.LEG_DISCONNECTED, "origin", Placement.IN_PLACE),
        L_MISSING_JOURNEY(Entity.LEG, IssueCode.REF_MISSING_JOURNEY, "journey_id", Placement.IN_PLACE),
        E_TYPE(Entity.ASSISTANCE_EVENT, IssueCode.ASSISTANCE_TYPE_UNKNOWN, "type", Placement.IN_PLACE),
        E_STATUS(Entity.ASSISTANCE_EVENT, IssueCode.ASSISTANCE_STATUS_UNKNOWN, "status", Placement.IN_PLACE),
        E_FUTURE(Entity.ASSISTANCE_EVENT, IssueCode.DATE_IN_FUTURE, "date", Placement.IN_PLACE),
        E_DATE(Entity.ASSISTANCE_EVENT, IssueCode.DATE_UNPARSEABLE, "date", Placement.IN_PLACE),
        E_COUNTRY(Entity.ASSISTANCE_EVENT, IssueCode.COUNTRY_UNKNOWN, "country", Placement.IN_PLACE),
        E_OBJECTIVE(Entity.ASSISTANCE_EVENT, IssueCode.GCM_OBJECTIVE_UNKNOWN, "objectives", Placement.IN_PLACE),
        E_ADMIN_LEVEL(Entity.ASSISTANCE_EVENT, IssueCode.ADMIN_LEVEL_INVALID, "adm_level", Placement.IN_PLACE),
        E_LATITUDE(Entity.ASSISTANCE_EVENT, IssueCode.GEO_LATITUDE_OUT_OF_RANGE, "latitude", Placement.IN_PLACE),
        E_LONGITUDE(Entity.ASSISTANCE_EVENT, IssueCode.GEO_LONGITUDE_OUT_OF_RANGE, "longitude", Placement.IN_PLACE),
        E_CONSENT(Entity.ASSISTANCE_EVENT, IssueCode.CONSENT_MISSING_FOR_REFERRAL, "consent_recorded",
                Placement.IN_PLACE),
        E_COUNT_NEGATIVE(Entity.ASSISTANCE_EVENT, IssueCode.COUNT_NEGATIVE, "beneficiary_count", Placement.IN_PLACE),
        E_TWO_BENEFICIARIES(Entity.ASSISTANCE_EVENT, IssueCode.CSV_INVALID_RECORD, null, Placement.IN_PLACE),
        E_MISSING_VALUE(Entity.ASSISTANCE_EVENT, IssueCode.CSV_MISSING_VALUE, "provider", Placement.IN_PLACE),
        E_MISSING_BENEFICIARY(Entity.ASSISTANCE_EVENT, IssueCode.REF_MISSING_BENEFICIARY, "beneficiary_id",
                Placement.IN_PLACE),
        E_BEFORE_JOURNEY(Entity.ASSISTANCE_EVENT, IssueCode.DATE_BEFORE_JOURNEY, "date", Placement.IN_PLACE),
        E_SPELLING(Entity.ASSISTANCE_EVENT, IssueCode.SPELLING_INCONSISTENT, "place", Placement.IN_PLACE),
        E_NAME_PER_CODE(Entity.ASSISTANCE_EVENT, IssueCode.NAME_INCONSISTENT_PER_CODE, "adm_name", Placement.IN_PLACE),
        E_DUPLICATE(Entity.ASSISTANCE_EVENT, IssueCode.ID_DUPLICATE, "id", Placement.COPY_SAME_ID),
        I_KIND(Entity.INCIDENT, IssueCode.INCIDENT_TYPE_UNKNOWN, "kind", Placement.IN_PLACE),
        I_CAUSE(Entity.INCIDENT, IssueCode.CAUSE_UNKNOWN, "causes", Placement.IN_PLACE),
        I_REGION(Entity.INCIDENT, IssueCode.REGION_UNKNOWN, "region", Placement.IN_PLACE),
        I_QUALITY(Entity.INCIDENT, IssueCode.QUALITY_OUT_OF_RANGE, "source_quality", Placement.IN_PLACE),
        I_TOTAL(Entity.INCIDENT, IssueCode.COUNT_TOTAL_MISMATCH, "total_dead_and_missing", Placement.IN_PLACE),
        I_PARTIAL(Entity.INCIDENT, IssueCode.COUNT_PARTIAL_EXCEEDS_TOTAL, "number_of_females", Placement.IN_PLACE),
        I_CHILDREN(Entity.INCIDENT, IssueCode.COUNT_CHILDREN_EXCEED_TOTAL, "number_of_children", Placement.IN_PLACE),
        I_OUTSIDE(Entity.INCIDENT, IssueCode.GEO_OUTSIDE_COUNTRY, "latitude", Placement.IN_PLACE),
        I_FUTURE(Entity.INCIDENT, IssueCode.DATE_IN_FUTURE, "date", Placement.IN_PLACE),
        I_ORIGIN(Entity.INCIDENT, IssueCode.COUNTRY_UNKNOWN, "origin_countries", Placement.IN_PLACE),
        I_NEGATIVE(Entity.INCIDENT, IssueCode.COUNT_NEGATIVE, "number_of_survivors", Placement.IN_PLACE),
        P_UNIT(Entity.POPULATION_FIGURE, IssueCode.FIGURE_UNIT_UNKNOWN, "unit", Placement.IN_PLACE),
        P_MEASURE(Entity.POPULATION_FIGURE, IssueCode.FIGURE_MEASURE_UNKNOWN, "measure", Placement.IN_PLACE),
        P_ROUND(Entity.POPULATION_FIGURE, IssueCode.ROUND_OUT_OF_RANGE, "round", Placement.IN_PLACE),
        P_ASSESSMENT(Entity.POPULATION_FIGURE, IssueCode.ASSESSMENT_TYPE_UNKNOWN, "assessment_type",
                Placement.IN_PLACE),
        P_REASON(Entity.POPULATION_FIGURE, IssueCode.DISPLACEMENT_REASON_UNKNOWN, "displacement_reasons",
                Placement.IN_PLACE),
        P_PERIOD(Entity.POPULATION_FIGURE, IssueCode.DATE_PERIOD_REVERSED, "period", Placement.IN_PLACE),
        P_BAND_SET(Entity.POPULATION_FIGURE, IssueCode.AGE_BAND_NOT_IN_SET, "age_band_set", Placement.IN_PLACE),
        P_MISMATCH(Entity.POPULATION_FIGURE, IssueCode.COUNT_BREAKDOWN_MISMATCH, "total", Placement.IN_PLACE),
        P_EXCEEDS(Entity.POPULATION_FIGURE, IssueCode.COUNT_BREAKDOWN_EXCEEDS_TOTAL, "total", Placement.IN_PLACE),
        P_DUPLICATE(Entity.POPULATION_FIGURE, IssueCode.ID_DUPLICATE, "id", Placement.COPY_SAME_ID),
        R_CURRENCY(Entity.REMITTANCE, IssueCode.CURRENCY_UNKNOWN, "currency", Placement.IN_PLACE),
        R_CHANNEL(Entity.REMITTANCE, IssueCode.REMITTANCE_CHANNEL_UNKNOWN, "channel", Placement.IN_PLACE),
        R_AMOUNT(Entity.REMITTANCE, IssueCode.REMITTANCE_AMOUNT_NOT_POSITIVE, "amount", Placement.IN_PLACE),
        R_COST(Entity.REMITTANCE, IssueCode.REMITTANCE_COST_NEGATIVE, "cost", Placement.IN_PLACE),
        R_COST_EXCEEDS(Entity.REMITTANCE, IssueCode.REMITTANCE_COST_EXCEEDS_AMOUNT, "cost", Placement.IN_PLACE);

        final Entity entity;
        final IssueCode code;
        final @Nullable String column;
        final Placement placement;

        Kind(Entity entity, IssueCode code, @Nullable String column, Placement placement) {
            this.entity = entity;
            this.code = code;
            this.column = column;
            this.placement = placement;
        }
    }

    /** What the tables written so far tell the later ones. */
    private static final class State {
        /** Journey id to migrant id, for the legs. */
        final Map<String, String> journeyMigrant = new HashMap<>();
        /** Migrants one of whose journeys has no known first departure: no event is "before" their journeys. */
        final Set<String> unknownStart = new HashSet<>();
        /** Place spellings already injected: each misspelling is new, so that each is reported where it is. */
        final Set<String> spellings = new HashSet<>();
        /** An admin area code given a first name, waiting for a record that names it otherwise. */
        String @Nullable [] pendingArea;
        int areas;
        /** The previous leg row written (its cells) when it has no defect, for defects between consecutive legs. */
        @Nullable List<@Nullable String> previousLeg;
    }

    private <T> void write(Entity entity, Stream<?> records, TableTarget target, Consumer<InjectedDefect> manifest,
            State state) throws IOException {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) entity.recordType();
        TableSchema schema = TableSchema.of(entity);
        List<String> header = schema.header();
        List<Kind> kinds = new ArrayList<>();
        for (Kind k : Kind.values()) {
            if (k.entity == entity) {
                kinds.add(k);
            }
        }
        long stream = STREAM + entity.ordinal();
        try (CsvWriter csv = CsvWriter.builder().build(new BufferedWriter(new OutputStreamWriter(
                target.open(entity.fileName()), StandardCharsets.UTF_8), 1 << 16))) {
            csv.writeRow(header);
            long index = 0;
            long written = 0;
            for (Iterator<?> it = records.iterator(); it.hasNext(); index++) {
                Row row = new Row(header, CsvTableWriter.cells(type, type.cast(it.next())));
                SplitMix64 rng = SplitMix64.of(seed, stream, index);
                Kind kind = null;
                if (rate > 0 && rng.chance(rate)) {
                    int first = rng.nextInt(kinds.size());
                    for (int i = 0; i < kinds.size() && kind == null; i++) {
                        Kind k = kinds.get((first + i) % kinds.size());
                        if (fits(k, row, state)) {
                            kind = k;
                        }
                    }
                }
                observe(entity, row, state);
                if (kind == Kind.E_NAME_PER_CODE && state.pendingArea == null) {
                    // The first of two records: it names a new admin area code, validly; the defect is the next one.
                    nameArea(row, state, null);
                    kind = null;
                }
                if (kind == null || kind.placement == Placement.IN_PLACE) {
                    if (kind == Kind.E_NAME_PER_CODE) {
                        nameArea(row, state, Objects.requireNonNull(state.pendingArea));
                    } else if (kind != null) {
                        inject(kind, row, rng, state);
                    }
                    if (kind != null) {
                        manifest.accept(new InjectedDefect(kind.code, entity.fileName(), written + 1, kind.column));
                    }
                    csv.writeRow(row.cells);
                    written++;
                    if (entity == Entity.LEG) {
                        state.previousLeg = kind == null ? row.cells : null;
                    }
                } else {
                    csv.writeRow(row.cells);
                    written++;
                    Row copy = new Row(header, new ArrayList<>(row.cells));
                    if (kind.placement == Placement.COPY_NEW_ID) {
                        // An id of its own that nothing references; the defect cannot orphan anything.
                        copy.set("id", row.get("id") + "-d");
                    }
                    inject(kind, copy, rng, state);
                    csv.writeRow(copy.cells);
                    written++;
                    manifest.accept(new InjectedDefect(kind.code, entity.fileName(), written, kind.column));
                    if (entity == Entity.JOURNEY) {
                        // A journey read without legs has no known start: its migrant's events are never "before".
                        state.unknownStart.add(Objects.requireNonNull(row.get("migrant_id")));
                    }
                }
            }
        }
    }

    /** Notes what later tables need from a clean row. */
    private static void observe(Entity entity, Row row, State state) {
        if (entity == Entity.JOURNEY) {
            state.journeyMigrant.put(Objects.requireNonNull(row.get("id")), Objects.requireNonNull(
                    row.get("migrant_id")));
        } else if (entity == Entity.LEG && "1".equals(row.get("sequence")) && row.get("departed") == null) {
            String migrant = state.journeyMigrant.get(row.get("journey_id"));
            if (migrant != null) {
                state.unknownStart.add(migrant);
            }
        }
    }

    /** Whether a defect can be made on this record without raising any other issue. */
    private static boolean fits(Kind k, Row r, State state) {
        switch (k) {
            case M_UNACCOMPANIED_ADULT:
                return isAdult(r) && r.get("birth_year") == null && !isChild(r);
            case M_BIRTH_YEAR:
                return r.get("age") != null && r.get("birth_year") == null && !isChild(r)
                        && Integer.parseInt(Objects.requireNonNull(r.get("age"))) <= 90;
            case M_OUTLIER:
                return isAdult(r) && r.get("birth_year") == null && !isChild(r);
            case J_RETURN_SAME:
                return r.get("origin") != null;
            case L_MISSING_JOURNEY:
            case L_DESTINATION:
            case L_DEPARTED:
            case L_TRANSPORT:
            case L_FACILITATION:
                return !"1".equals(r.get("sequence"));
            case L_ARRIVAL:
                return !"1".equals(r.get("sequence")) && isDay(r.get("departed"));
            case L_OUT_OF_ORDER:
            case L_DISCONNECTED: {
                List<@Nullable String> before = state.previousLeg;
                if (before == null || "1".equals(r.get("sequence")) || !Objects.equals(before.get(0),
                        r.get("journey_id"))) {
                    return false;
                }
                return k == Kind.L_DISCONNECTED || isDay(before.get(4)) && isDay(r.get("departed"));
            }
            case E_COUNT_NEGATIVE:
            case E_TWO_BENEFICIARIES:
            case E_MISSING_BENEFICIARY:
                return r.get("beneficiary_id") != null;
            case E_BEFORE_JOURNEY: {
                String migrant = r.get("beneficiary_id");
                return migrant != null && !state.unknownStart.contains(migrant);
            }
            case E_CONSENT:
                return !"referral".equals(r.get("type"));
            case E_SPELLING:
                return r.get("place") != null && r.get("place").length() >= 12;
            case E_ADMIN_LEVEL:
            case E_LATITUDE:
            case E_LONGITUDE:
            case E_NAME_PER_CODE:
                return r.get("adm_pcode") == null && r.get("latitude") == null && r.get("country") != null;
            case I_TOTAL:
            case I_PARTIAL:
            case I_CHILDREN:
                return r.get("total_dead_and_missing") != null && r.get("number_dead") != null
                        && r.get("number_of_females") == null && r.get("number_of_males") == null
                        && r.get("number_of_children") == null;
            case I_OUTSIDE:
                return r.get("latitude") != null && r.get("country") != null;
            case P_PERIOD:
                return r.get("period") != null && r.get("period").length() == 4;
            case P_MISMATCH:
            case P_EXCEEDS:
                return "true".equals(r.get("breakdown_complete")) && r.get("total") != null
                        && Integer.parseInt(r.get("total")) >= 10 && hasCells(r);
            case R_COST_EXCEEDS:
                return r.get("amount") != null && r.get("amount").matches("[0-9]+\\.[0-9]{2}");
            default:
                return true;
        }
    }

    /** Whether a figure has a sex and age cell: the columns after age_band_set. */
    private static boolean hasCells(Row r) {
        for (int i = r.header.indexOf("age_band_set") + 1; i < r.cells.size(); i++) {
            if (r.cells.get(i) != null) {
                return true;
            }
        }
        return false;
    }

    private static int number(Row r, String column) {
        return Integer.parseInt(Objects.requireNonNull(r.get(column)));
    }

    private static boolean isAdult(Row r) {
        String age = r.get("age");
        return age != null && Integer.parseInt(age) >= 18 && Integer.parseInt(age) <= 90;
    }

    /** Recorded as an unaccompanied or separated child, by the flag or a specific need of category SC. */
    private static boolean isChild(Row r) {
        String needs = r.get("specific_needs");
        return "true".equals(r.get("unaccompanied")) || needs != null && needs.contains("SC");
    }

    private static boolean isDay(@Nullable String date) {
        return date != null && date.length() == 10;
    }

    private static String minusDays(String day, int days) {
        return java.time.LocalDate.parse(day).minusDays(days).toString();
    }

    /**
     * Gives an event an admin area: a new code with a first name, or (the defect) the pending code with another name,
     * in the country the code was given in.
     */
    private static void nameArea(Row r, State state, String @Nullable [] pending) {
        r.set("adm_level", "1");
        if (pending == null) {
            int k = ++state.areas;
            String country = Objects.requireNonNull(r.get("country"));
            String[] area = {country, country + "-QA" + k, "Quarter " + k + " North"};
            r.set("adm_pcode", area[1]);
            r.set("adm_name", area[2]);
            state.pendingArea = area;
        } else {
            r.set("country", pending[0]);
            r.set("adm_pcode", pending[1]);
            r.set("adm_name", "Harbour " + state.areas + " South");
            state.pendingArea = null;
        }
    }

    /** Makes the defect in the row's cells. */
    private static void inject(Kind k, Row r, SplitMix64 rng, State state) {
        int n = 1 + rng.nextInt(9);
        switch (k) {
            case M_ID_MALFORMED:
                // Longer than the 128 characters an id may have.
                r.set("id", r.get("id") + "-" + "x".repeat(130));
                break;
            case M_SEX:
                r.set("sex", "q" + n);
                break;
            case M_AGE_RANGE:
                r.set("age", String.valueOf(130 + 10 * n));
                break;
            case M_NATIONALITY:
                r.set("nationalities", "QZ" + (char) ('A' + n));
                break;
            case M_POPULATION_TYPE:
                r.set("population_types", "POP" + n);
                break;
            case M_NEED:
                r.set("specific_needs", "ZZ-Q" + n);
                break;
            case M_WRONG_TYPE:
                r.set("unaccompanied", "perhaps");
                break;
            case M_AGE_UNPARSEABLE:
                r.set("age", "about " + (20 + n));
                break;
            case M_DUPLICATE:
            case J_DUPLICATE:
            case E_DUPLICATE:
                break;
            case M_UNACCOMPANIED_ADULT:
                r.set("unaccompanied", "true");
                break;
            case M_BIRTH_YEAR:
                // Ten years off whatever year the data is validated in (2010 and later).
                r.set("birth_year", String.valueOf(2000 - Integer.parseInt(Objects.requireNonNull(r.get("age")))));
                break;
            case M_OUTLIER:
                r.set("age", String.valueOf(110 + n));
                break;
            case J_ORIGIN:
                r.set("origin", "QZ" + (char) ('A' + n));
                break;
            case J_ROUTE:
                r.set("route", "Route to Atlantis " + n);
                break;
            case J_PURPOSE:
                r.set("purpose", "tourism-" + n);
                break;
            case J_STATUS:
                r.set("status", "lost-" + n);
                break;
            case J_MISSING_MIGRANT:
                r.set("migrant_id", r.get("migrant_id") + "-x");
                break;
            case J_RETURN_SAME:
                r.set("purpose", "return");
                r.set("destination", r.get("origin"));
                break;
            case L_MISSING_JOURNEY:
                r.set("journey_id", r.get("journey_id") + "-x");
                break;
            case L_DESTINATION:
                r.set("destination", "QZ" + (char) ('A' + n));
                break;
            case L_DEPARTED:
                r.set("departed", "2021-02-3" + n % 2);
                break;
            case L_TRANSPORT:
                r.set("transport", "hovercraft-" + n);
                break;
            case L_FACILITATION:
                r.set("facilitation", "cousin-" + n);
                break;
            case L_ARRIVAL:
                r.set("arrived", minusDays(Objects.requireNonNull(r.get("departed")), n));
                break;
            case L_OUT_OF_ORDER: {
                String earlier = minusDays(Objects.requireNonNull(Objects.requireNonNull(state.previousLeg).get(4)),
                        10 + n);
                r.set("departed", earlier);
                r.set("arrived", null);
                break;
            }
            case L_DISCONNECTED: {
                String from = Objects.requireNonNull(state.previousLeg).get(3);
                r.set("origin", "ISL".equals(from) ? "NZL" : "ISL");
                break;
            }
            case E_TYPE:
                r.set("type", "teleportation-" + n);
                break;
            case E_STATUS:
                r.set("status", "lost-" + n);
                break;
            case E_FUTURE:
                r.set("date", "2099-0" + n + "-15");
                break;
            case E_DATE:
                r.set("date", "2021-13-" + (10 + n));
                break;
            case E_COUNTRY:
                r.set("country", "QZ" + (char) ('A' + n));
                break;
            case E_OBJECTIVE:
                r.set("objectives", String.valueOf(30 + n));
                break;
            case E_ADMIN_LEVEL:
                r.set("adm_level", String.valueOf(6 + n));
                r.set("adm_pcode", "QA" + n);
                break;
            case E_LATITUDE:
                r.set("latitude", "9" + n + ".5");
                r.set("longitude", "10.0");
                break;
            case E_LONGITUDE:
                r.set("latitude", "10.0");
                r.set("longitude", "18" + n + ".5");
                break;
            case E_CONSENT:
                r.set("status", "referred");
                r.set("consent_recorded", "false");
                break;
            case E_COUNT_NEGATIVE:
                r.set("beneficiary_id", null);
                r.set("beneficiary_count", "-" + n);
                break;
            case E_TWO_BENEFICIARIES:
                r.set("beneficiary_count", String.valueOf(1 + n));
                break;
            case E_MISSING_VALUE:
                r.set("provider", null);
                break;
            case E_MISSING_BENEFICIARY:
                r.set("beneficiary_id", r.get("beneficiary_id") + "-x");
                break;
            case E_BEFORE_JOURNEY:
                // Before every date the generator draws (2019 onwards), so before every known first departure.
                r.set("date", "2015-0" + n + "-15");
                break;
            case E_SPELLING:
                r.set("place", misspell(Objects.requireNonNull(r.get("place")), rng, state));
                break;
            case E_NAME_PER_CODE:
            case P_DUPLICATE:
                break;
            case I_KIND:
                r.set("kind", "Shipwreck " + n);
                break;
            case I_CAUSE:
                r.set("causes", "Meteor strike " + n);
                break;
            case I_REGION:
                r.set("region", "Atlantis " + n);
                break;
            case I_QUALITY:
                r.set("source_quality", String.valueOf(5 + n));
                break;
            case I_TOTAL:
                r.set("total_dead_and_missing", String.valueOf(number(r, "total_dead_and_missing") + n));
                break;
            case I_PARTIAL:
                r.set("number_of_females", String.valueOf(number(r, "total_dead_and_missing") + n));
                break;
            case I_CHILDREN:
                r.set("number_of_children", String.valueOf(number(r, "total_dead_and_missing") + n));
                break;
            case I_OUTSIDE:
                // The South Pacific, far from every country's land.
                r.set("latitude", "-50." + n);
                r.set("longitude", "-140.0");
                break;
            case I_FUTURE:
                r.set("date", "2099-0" + n + "-15");
                break;
            case I_ORIGIN:
                r.set("origin_countries", "QZ" + (char) ('A' + n));
                break;
            case I_NEGATIVE:
                r.set("number_of_survivors", "-" + n);
                break;
            case P_UNIT:
                r.set("unit", "families-" + n);
                break;
            case P_MEASURE:
                r.set("measure", "counted-" + n);
                break;
            case P_ROUND:
                r.set("round", "-" + n);
                break;
            case P_ASSESSMENT:
                r.set("assessment_type", "XA" + n);
                break;
            case P_REASON:
                r.set("displacement_reasons", "Drought-" + n);
                break;
            case P_PERIOD: {
                int year = number(r, "period");
                r.set("period", year + "-0" + n + "-20/" + year + "-0" + n + "-10");
                break;
            }
            case P_BAND_SET:
                r.set("age_band_set", "bands-" + n);
                break;
            case P_MISMATCH:
                r.set("total", String.valueOf(number(r, "total") + n));
                break;
            case P_EXCEEDS:
                // A partial breakdown whose known cells add up to more than its total.
                r.set("breakdown_complete", "false");
                r.set("total", String.valueOf(number(r, "total") - n));
                break;
            case R_CURRENCY:
                r.set("currency", "Q" + (char) ('A' + n) + "Q");
                break;
            case R_CHANNEL:
                r.set("channel", "pigeon-" + n);
                break;
            case R_AMOUNT:
                r.set("amount", "-" + r.get("amount"));
                break;
            case R_COST:
                r.set("cost", "-" + n + ".00");
                break;
            case R_COST_EXCEEDS:
                r.set("cost", new java.math.BigDecimal(Objects.requireNonNull(r.get("amount")))
                        .add(java.math.BigDecimal.valueOf(n)).toPlainString());
                break;
            default:
                throw new IllegalStateException("No injection for " + k);
        }
    }

    /** One letter left out, at a place not used before for this name. */
    private static String misspell(String place, SplitMix64 rng, State state) {
        int start = rng.nextInt(place.length());
        for (int i = 0; i < place.length(); i++) {
            int at = (start + i) % place.length();
            if (!Character.isLetter(place.charAt(at))) {
                continue;
            }
            String variant = place.substring(0, at) + place.substring(at + 1);
            if (state.spellings.add(variant)) {
                return variant;
            }
        }
        // Every single-letter omission is used: change the case of the whole name, which is also reported.
        return place.toUpperCase(Locale.ROOT);
    }

    /** A row's cells, addressed by column name. */
    private static final class Row {
        final List<String> header;
        final List<@Nullable String> cells;

        Row(List<String> header, List<@Nullable String> cells) {
            this.header = header;
            this.cells = new ArrayList<>(cells);
        }

        @Nullable String get(String column) {
            return cells.get(index(column));
        }

        void set(String column, @Nullable String value) {
            cells.set(index(column), value);
        }

        private int index(String column) {
            int i = header.indexOf(column);
            if (i < 0) {
                throw new IllegalStateException("No column " + column + " in " + header);
            }
            return i;
        }
    }
}
