package org.migrationkit.io.pipeline;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.internal.Names;
import org.migrationkit.core.model.AssistanceEvent;
import org.migrationkit.core.model.Beneficiary;
import org.migrationkit.core.model.Journey;
import org.migrationkit.core.model.Leg;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.io.internal.Field;
import org.migrationkit.io.internal.RecordKey;
import org.migrationkit.io.internal.Table;
import org.migrationkit.io.internal.Tables;
import org.migrationkit.io.schema.Entity;

/**
 * The dataset rules (DESIGN §4 level 3), fed one valid record at a time and finished once all inputs are read:
 * <ul>
 *   <li>duplicate ids, inline, with 128-bit fingerprints per table ({@link FingerprintTable}; memory independent of
 *       the ids' width, at most {@code idBudget} bytes for all tables together); the ids of a table past the budget
 *       are spilled to a {@link SpillFile} and checked at the end, in passes that each fit half the budget;
 *   <li>references (a journey's migrant, a leg's journey, an event's beneficiary) and an event dated before its
 *       beneficiary's first journey started: written to a {@link SpillFile} and checked at the end, since tables
 *       come in any order; the issue goes to the referencing record, with its location (a reference to a table past
 *       the budget is looked up in its spilled ids too, part by part);
 *   <li>the legs of {@code legs.csv}, inline: a leg arrives on or after it departs, and a leg that follows the
 *       previous row's leg of the same journey (sequence one higher) starts where that one ended and does not
 *       depart before it departed or arrived; a sequence that does not go up within a journey's rows is out of order
 *       (a journey's legs read from JSON are checked by {@link Journey}'s own rules instead);
 *   <li>one name per admin area code, inline (the first name wins; later records with another name are flagged);
 *   <li>inconsistent spellings of places and providers: value counts per column (at most {@value #MAX_VARIANTS}
 *       distinct values a column), compared at the end — a place only with the places of its country, an admin area
 *       name only with the names of its country's areas of the same level (a province and a district, or places in
 *       two countries, are different places however alike their names), and only when it has no P-code (two codes
 *       are two areas, and one code's names are the rule above);
 *   <li>numeric outliers per column: values spilled, median and MAD from a fixed-size sample, modified z-score above
 *       {@value #OUTLIER_Z} flagged at the end (on log(1 + x) for counts of people and amounts).
 * </ul>
 */
final class DatasetRules implements Closeable {
    static final int MAX_VARIANTS = 5_000;
    static final int MAX_CODES = 100_000;
    static final double OUTLIER_Z = 5;
    static final int OUTLIER_MIN_VALUES = 30;
    static final int SAMPLE = 8_192;
    static final int ID_PARTS = 32;
    private static final int NO_DAY = Integer.MIN_VALUE;
    /** A start that is not known; below every day, so that a minimum with it stays unknown. */
    private static final int UNKNOWN_START = Integer.MIN_VALUE + 1;
    private static final byte JOURNEY_MIGRANT = 1;
    private static final byte LEG_JOURNEY = 2;
    private static final byte EVENT_BENEFICIARY = 3;
    private static final Set<String> NOT_MEASURES = Set.of("latitude", "longitude", "adm_level", "sequence",
            "birth_year");
    private static final Set<String> SPELLED = Set.of("place", "adm_name", "provider");
    /** What a spelled column's values are compared within: all its values, its country's, or its country's level's. */
    private static final byte WHOLE_COLUMN = 0;
    private static final byte BY_COUNTRY = 1;
    private static final byte BY_LEVEL = 2;

    /** Where the issues found at the end go, with whether their record was already rejected. */
    interface Sink {
        void issue(int input, Issue issue, boolean wasRejected);
    }

    private final long idBudget;
    private final FingerprintTable.Budget budget;
    private final Map<Entity, FingerprintTable> ids = new EnumMap<>(Entity.class);
    private final Map<Entity, Plan> plans = new EnumMap<>(Entity.class);
    private final FingerprintTable journeyStart;
    private final SpillFile refs = new SpillFile("migrationkit-refs");
    private final SpillFile numbers = new SpillFile("migrationkit-numbers");
    /** The ids past the budget, per table, in {@value #ID_PARTS} files by fingerprint, each checked on its own. */
    private final Map<Entity, SpillFile[]> spilledIds = new EnumMap<>(Entity.class);
    private final Map<String, String[]> namesByCode = new HashMap<>();
    private final Map<String, Map<String, Variant>> spellings = new LinkedHashMap<>();
    private final Map<String, Sample> samples = new LinkedHashMap<>();
    private final List<String> sampleKeys = new ArrayList<>();
    private final List<InputState> inputs = new ArrayList<>();
    /** The references written, by kind. */
    private final long[] refKinds = new long[4];
    /** The kinds of reference written for the end: those some input's table can check (see {@link #expect}). */
    private final boolean[] keptRefs = {false, true, true, true};
    /** What {@link #touch} read, kept so that its reads are not left out. */
    private long touched;
    /** The previous leg read, and from which input: consecutive legs of one journey are checked together. */
    private @Nullable Leg previousLeg;
    private int previousLegInput = -1;

    DatasetRules(long idBudget) {
        this.idBudget = idBudget;
        this.budget = new FingerprintTable.Budget(idBudget);
        this.journeyStart = new FingerprintTable(budget);
    }

    /**
     * A spelling of a value within its group (see {@link Facts#spelledCountry}): how many records use it and where it
     * was first seen. The same text in another group is another variant, chained to this one.
     */
    private static final class Variant {
        final String value;
        final @Nullable Object country;
        final @Nullable Object level;
        final int input;
        final long record;
        final long line;
        long count;
        @Nullable Variant otherGroup;

        Variant(String value, @Nullable Object country, @Nullable Object level, int input, long record, long line) {
            this.value = value;
            this.country = country;
            this.level = level;
            this.input = input;
            this.record = record;
            this.line = line;
        }

        boolean in(@Nullable Object otherCountry, @Nullable Object otherLevel) {
            return Objects.equals(country, otherCountry) && Objects.equals(level, otherLevel);
        }

        String group() {
            return country + "|" + level;
        }
    }

    /** A fixed-size sample of a column's values (reservoir, deterministic), for its median and MAD. */
    private static final class Sample {
        final Entity entity;
        final String column;
        final int index;
        /**
         * Whether the column is scored on log(1 + value): counts of people and amounts of money spread over orders of
         * magnitude (a district hosting 500,000 displaced people beside districts of a thousand), so that on their
         * own scale a fifth of a real DTM file lay "far from the median".
         */
        final boolean logScale;
        final double[] values = new double[SAMPLE];
        long seen;
        long state = 0x2545F4914F6CDD1DL;

        Sample(Entity entity, String column, int index, boolean logScale) {
            this.entity = entity;
            this.column = column;
            this.index = index;
            this.logScale = logScale;
        }

        void add(double v) {
            if (seen < SAMPLE) {
                values[(int) seen] = v;
            } else {
                state ^= state << 13;
                state ^= state >>> 7;
                state ^= state << 17;
                // A uniform index up to seen by a multiplication (the high half of 63 random bits times
                // 2 × (seen + 1)) rather than a 64-bit division for every value of every numeric column.
                long j = Math.multiplyHigh(state >>> 1, (seen + 1) << 1);
                if (j < SAMPLE) {
                    values[(int) j] = v;
                }
            }
            seen++;
        }
    }

    /** Registers an input; its index is its position in the report. */
    void input(InputState in) {
        inputs.add(in);
    }

    /**
     * Says which of our tables the inputs may be (by their names; all when one is recognised by its header): a kind
     * of reference that none of them could check is not written for the end. A file of assistance events alone
     * then writes nothing, rather than 58 bytes a record that would never be read back.
     */
    void expect(Set<Entity> tables) {
        boolean migrants = tables.contains(Entity.MIGRANT);
        boolean journeys = tables.contains(Entity.JOURNEY);
        // A journey's migrant dates that migrant's events too; an event's beneficiary is looked up, or dated.
        keptRefs[JOURNEY_MIGRANT] = migrants || tables.contains(Entity.ASSISTANCE_EVENT);
        keptRefs[LEG_JOURNEY] = journeys;
        keptRefs[EVENT_BENEFICIARY] = migrants || journeys;
    }

    /** Sizes the id table of an input's table for about {@code more} ids still to come (a hint). */
    void expectIds(InputState in, long more) {
        FingerprintTable t = in.entity == null ? null : ids.get(in.entity);
        if (t != null && more > 0) {
            t.reserve(t.size() + more);
        }
    }

    /**
     * Works out, from one value of a table, what the inline rules need of it ({@link Facts}): on the reader's
     * thread, so that the checking thread reads a few fingerprints and values instead of the record's objects.
     * Not thread-safe (one fingerprinter): one extractor per reading thread.
     */
    static final class Extractor {
        private final Table<?, ?> table;
        private final RecordKey key;
        private final List<String> keyColumns;
        private final @Nullable Field<Object, ?> pcode;
        private final @Nullable Field<Object, ?> name;
        private final @Nullable Field<Object, ?> country;
        private final @Nullable Field<Object, ?> level;
        final List<Field<Object, ?>> spelled = new ArrayList<>();
        final List<Field<Object, ?>> measured = new ArrayList<>();
        private final Fingerprints fp = new Fingerprints();
        /**
         * The record's values by column, from one call of the table's extractor ({@link Table#values}): reading each
         * column through its field's getter made two megamorphic calls a column on the checking thread.
         */
        private final Object[] row;

        Extractor(Entity entity) {
            this.table = Tables.of(entity);
            this.key = RecordKey.of(entity);
            this.keyColumns = key.columns();
            this.pcode = field(table, "adm_pcode");
            this.name = field(table, "adm_name");
            this.country = field(table, "country");
            this.level = field(table, "adm_level");
            this.row = new Object[table.fields().size()];
            for (Field<?, ?> f : table.fields()) {
                String column = f.name();
                if (f.column().isSensitive() || f.column().isList()) {
                    continue;
                }
                if (SPELLED.contains(column)) {
                    spelled.add(field(table, column));
                } else if (f.kind() != Field.Kind.TEXT && f.kind() != Field.Kind.BOOLEAN
                        && !NOT_MEASURES.contains(column)) {
                    measured.add(field(table, column));
                }
            }
        }

        /** The facts of one value of this table. */
        Facts facts(Object value) {
            Facts f = new Facts(spelled.size(), measured.size());
            @SuppressWarnings("unchecked")
            Table<Object, ?> t = (Table<Object, ?>) table;
            t.values(value, row);
            key(value, f);
            if (value instanceof Journey j) {
                String self = j.id().toString();
                ref(f, JOURNEY_MIGRANT, j.migrant().toString(), NO_DAY);
                fp.of(self);
                f.selfHi = fp.hi();
                f.selfLo = fp.lo();
                int firsts = 0;
                for (Leg leg : j.legs()) {
                    firsts += leg.sequence() == 1 ? 1 : 0;
                }
                if (firsts > 0) {
                    f.startHi = f.selfHi;
                    f.startLo = f.selfLo;
                    f.starts = new int[firsts];
                    int k = 0;
                    for (Leg leg : j.legs()) {
                        if (leg.sequence() == 1) {
                            f.starts[k++] = startDay(leg);
                        }
                    }
                }
            } else if (value instanceof Leg leg) {
                ref(f, LEG_JOURNEY, leg.journey().toString(), NO_DAY);
                if (leg.sequence() == 1) {
                    f.startHi = f.refHi;
                    f.startLo = f.refLo;
                    f.starts = new int[] {startDay(leg)};
                }
            } else if (value instanceof AssistanceEvent e && e.beneficiary() instanceof Beneficiary.Person p) {
                ReportedDate d = e.date();
                // The last day a date may mean: an event "2021-03" is before a start only if all of March is.
                int day = d == null ? NO_DAY : (int) d.lastDay().toEpochDay();
                ref(f, EVENT_BENEFICIARY, p.migrant().toString(), day);
            }
            String code = wire(pcode);
            String named = code == null ? null : wire(name);
            if (code != null && named != null) {
                f.pcode = code;
                f.code = wire(country) + "|" + wire(level) + "|" + code;
                f.name = named;
                f.nameKey = Names.key(f.name);
            }
            for (int i = 0; i < spelled.size(); i++) {
                f.spelled[i] = wire(spelled.get(i));
            }
            f.spelledCountry = country == null ? null : row[country.index()];
            f.spelledLevel = level == null ? null : row[level.index()];
            for (int i = 0; i < measured.size(); i++) {
                Object v = row[measured.get(i).index()];
                if (v != null) {
                    f.measuredPresent[i] = true;
                    f.measured[i] = v instanceof BigDecimal bd ? bd.doubleValue() : ((Number) v).doubleValue();
                }
            }
            return f;
        }

        /** A journey starts when its first leg departs; when that date is unknown, so is the start. */
        private static int startDay(Leg leg) {
            ReportedDate departed = leg.departed();
            return departed == null ? UNKNOWN_START : (int) departed.firstDay().toEpochDay();
        }

        private void ref(Facts f, byte kind, String ref, int day) {
            fp.of(ref);
            f.refKind = kind;
            f.refHi = fp.hi();
            f.refLo = fp.lo();
            f.day = day;
        }

        /** A column's value as {@link Field#wire} gives it (as text: not used for numbers), from {@link #row}. */
        private @Nullable String wire(@Nullable Field<Object, ?> field) {
            if (field == null) {
                return null;
            }
            Object v = row[field.index()];
            return v == null ? null : field.kind() == Field.Kind.TEXT ? field.text(v) : v.toString();
        }

        private void key(Object value, Facts f) {
            CharSequence k = key.of(value, row);
            if (k == null) {
                return;
            }
            fp.of(k);
            f.hasKey = true;
            f.keyHi = fp.hi();
            f.keyLo = fp.lo();
        }
    }

    /**
     * What the inline rules need of one value, worked out by an {@link Extractor}: the fingerprints of its id, of
     * the id it refers to and of its own id as referred to, its date for the order across tables, the first-leg
     * departure days of its journey, its admin area code and name, and the values of its spelled and measured
     * columns (in the extractor's order).
     */
    static final class Facts {
        boolean hasKey;
        long keyHi;
        long keyLo;
        byte refKind;
        long refHi;
        long refLo;
        long selfHi;
        long selfLo;
        int day = NO_DAY;
        long startHi;
        long startLo;
        int @Nullable [] starts;
        @Nullable String code;
        @Nullable String pcode;
        @Nullable String name;
        @Nullable String nameKey;
        final @Nullable String[] spelled;
        /**
         * What spelled values are compared within: a place with the places of its country, an admin area's name with
         * the names of its country's areas of the same level; a provider with the whole column.
         */
        @Nullable Object spelledCountry;
        @Nullable Object spelledLevel;
        final double[] measured;
        final boolean[] measuredPresent;

        Facts(int spelledColumns, int measuredColumns) {
            this.spelled = new String[spelledColumns];
            this.measured = new double[measuredColumns];
            this.measuredPresent = new boolean[measuredColumns];
        }
    }

    /**
     * The extractor of an input's table, made on the checking thread before the input is read and then used only by
     * the input's reader thread.
     *
     * @return the extractor, or null when the input is not one of our tables
     */
    static @Nullable Extractor extractor(@Nullable Entity entity) {
        return entity == null ? null : new Extractor(entity);
    }

    /**
     * Starts reading the id-table slots of a batch of values about to be checked (see {@link FingerprintTable#touch}).
     *
     * @param <T> what holds each value's facts
     */
    <T> void touch(InputState in, List<T> batch, java.util.function.Function<T, @Nullable Facts> facts) {
        FingerprintTable t = in.entity == null ? null : ids.get(in.entity);
        if (t == null) {
            return;
        }
        long s = 0;
        for (T each : batch) {
            Facts f = facts.apply(each);
            if (f != null && f.hasKey) {
                s += t.touch(f.keyHi);
            }
        }
        touched += s;
    }

    /**
     * Checks one record read as a value against the rules that can run inline, and records what the end needs.
     * Each issue found goes to {@code report}, which answers whether it is an error once severities are applied.
     *
     * @param facts what the value's input extractor found in it (see {@link #extractor})
     * @return whether the record is rejected after these issues
     */
    boolean record(InputState in, long record, long line, Object value, Facts facts, boolean wasRejected,
            java.util.function.Predicate<Issue> report) {
        Entity entity = in.entity;
        if (entity == null) {
            return wasRejected;
        }
        List<Issue> issues = null;
        Plan plan = plans.get(entity);
        if (plan == null) {
            plan = new Plan(new Extractor(entity));
            plans.put(entity, plan);
        }
        boolean rejected = wasRejected;
        if (facts.hasKey) {
            Issue[] found = duplicate(in, plan, record, line, facts, wasRejected);
            if (found != null) {
                for (Issue i : found) {
                    if (i != null) {
                        rejected |= report.test(i);
                    }
                }
            }
        }
        if (facts.refKind != 0 && keptRefs[facts.refKind]) {
            refKinds[facts.refKind]++;
            refs.entry().putInt(in.index).putLong(record).putLong(line).putByte(facts.refKind).putLong(facts.refHi)
                    .putLong(facts.refLo).putLong(facts.selfHi).putLong(facts.selfLo).putInt(facts.day)
                    .putBoolean(rejected);
        }
        int[] starts = facts.starts;
        if (starts != null) {
            for (int day : starts) {
                journeyStart.putMin(facts.startHi, facts.startLo, day);
            }
        }
        if (value instanceof Leg leg) {
            issues = new ArrayList<>(0);
            legs(in, record, line, leg, issues);
        }
        Issue named = names(in, record, line, facts);
        if (named != null) {
            issues = issues == null ? new ArrayList<>(1) : issues;
            issues.add(named);
        }
        columns(in, plan, record, line, facts);
        if (issues != null) {
            for (Issue i : issues) {
                rejected |= report.test(i);
            }
        }
        return rejected;
    }

    /**
     * The rules a journey applies to its legs, for legs read as rows of their own: DESIGN §4 record level. Only a
     * leg that directly follows the previous row's leg (same journey, next sequence) is compared with it, so that a
     * leg rejected in between (not read as a value) does not make its neighbours look out of order.
     */
    private void legs(InputState in, long record, long line, Leg leg, List<Issue> out) {
        ReportedDate departed = leg.departed();
        ReportedDate arrived = leg.arrived();
        if (departed != null && arrived != null && arrived.isBefore(departed)) {
            out.add(Issue.of(IssueCode.LEG_ARRIVAL_BEFORE_DEPARTURE, "This leg arrives (" + arrived
                    + ") before it departs (" + departed + "): check the dates and their day/month order.",
                    in.at(record, line, "arrived")));
        }
        Leg before = previousLegInput == in.index ? previousLeg : null;
        previousLeg = leg;
        previousLegInput = in.index;
        if (before == null || !before.journey().equals(leg.journey())) {
            return;
        }
        if (leg.sequence() <= before.sequence()) {
            out.add(Issue.of(IssueCode.LEG_OUT_OF_ORDER, "This leg is numbered " + leg.sequence() + " but follows leg "
                    + before.sequence() + " of the same journey: number legs 1, 2, 3, ... in travel order.",
                    in.at(record, line, "sequence")));
        } else if (leg.sequence() == before.sequence() + 1) {
            if (!before.destination().equals(leg.origin())) {
                out.add(Issue.of(IssueCode.LEG_DISCONNECTED, "This leg starts in " + leg.origin()
                        + " but the journey's previous leg ended in " + before.destination() + ": each leg starts "
                        + "where the previous one ended.", in.at(record, line, "origin")));
            }
            ReportedDate earlierDeparture = before.departed();
            ReportedDate earlierArrival = before.arrived();
            if (departed != null && (earlierDeparture != null && departed.isBefore(earlierDeparture)
                    || earlierArrival != null && departed.isBefore(earlierArrival))) {
                out.add(Issue.of(IssueCode.LEG_OUT_OF_ORDER, "This leg departs (" + departed + ") before the "
                        + "journey's previous leg departed or arrived: check the dates and the legs' numbering.",
                        in.at(record, line, "departed")));
            }
        }
    }

    /** What the inline rules keep per table: its extractor's columns, with their spellings and samples. */
    private final class Plan {
        final Table<?, ?> table;
        final List<String> keyColumns;
        /** Per spelled column: its variants by text (the text's other groups chained), their count, its grouping. */
        final List<Map<String, Variant>> variants = new ArrayList<>();
        final int[] variantCounts;
        final byte[] grouping;
        final List<Sample> measuredSamples = new ArrayList<>();

        Plan(Extractor x) {
            this.table = x.table;
            this.keyColumns = x.keyColumns;
            this.variantCounts = new int[x.spelled.size()];
            this.grouping = new byte[x.spelled.size()];
            Entity entity = table.entity();
            for (Field<Object, ?> f : x.spelled) {
                Map<String, Variant> m = new HashMap<>();
                grouping[variants.size()] = f.name().equals("place") ? BY_COUNTRY : f.name().equals("adm_name")
                        ? BY_LEVEL : WHOLE_COLUMN;
                variants.add(m);
                spellings.put(entity.id() + "\u001F" + f.name(), m);
            }
            for (Field<Object, ?> f : x.measured) {
                String unit = f.column().unit();
                Sample sample = new Sample(entity, f.name(), sampleKeys.size(), "people".equals(unit)
                        || "currency".equals(unit));
                String k = entity.id() + "\u001F" + f.name();
                samples.put(k, sample);
                sampleKeys.add(k);
                measuredSamples.add(sample);
            }
        }
    }

    // The table's fields read records of the table's own type, which is the type of the values given to them.
    @SuppressWarnings("unchecked")
    private static @Nullable Field<Object, ?> field(Table<?, ?> table, String column) {
        return (Field<Object, ?>) (Field<?, ?>) table.findField(column);
    }

    /**
     * Looks the id up in its table: a duplicate issue when it is there, a budget warning when the table fills up now,
     * and the id spilled when the table is full.
     *
     * @return the issues found, in order (either may be null), or null when none
     */
    private Issue @Nullable [] duplicate(InputState in, Plan plan, long record, long line, Facts facts,
            boolean wasRejected) {
        FingerprintTable t = ids.get(plan.table.entity());
        if (t == null) {
            t = new FingerprintTable(budget);
            ids.put(plan.table.entity(), t);
        }
        long hi = facts.keyHi;
        long lo = facts.keyLo;
        boolean wasFull = t.isFull();
        int first = t.putIfAbsent(hi, lo, in.index);
        if (first == FingerprintTable.ABSENT && !t.isFull()) {
            return null;
        }
        Issue[] found = new Issue[2];
        if (t.isFull() && !wasFull) {
            found[0] = Issue.of(IssueCode.LIMIT_ID_BUDGET, "The ids of the dataset's tables fill the id budget of "
                    + (idBudget >> 20) + " MiB (" + plan.table.entity().tableName() + " holds " + t.size() + " ids): "
                    + "from this record on, its ids go to temporary files, and duplicate ids and references to "
                    + plan.table.entity().tableName() + " are checked at the end from them, which is slower; raise the "
                    + "budget (DatasetValidator.Builder.idBudgetBytes) or split the dataset.",
                    new IssueLocation(in.name, record, line, null, null));
        }
        if (first != FingerprintTable.ABSENT) {
            found[1] = duplicateIssue(plan, in, record, line, first);
        } else if (t.isFull()) {
            SpillFile[] parts = spilledIds.computeIfAbsent(plan.table.entity(), e -> new SpillFile[ID_PARTS]);
            int part = (int) (lo >>> 59); // the top five bits: 32 parts
            if (parts[part] == null) {
                parts[part] = new SpillFile("migrationkit-ids");
            }
            parts[part].entry().putLong(hi).putLong(lo).putInt(in.index).putLong(record).putLong(line)
                    .putBoolean(wasRejected);
        }
        return found;
    }

    private Issue duplicateIssue(Plan plan, InputState in, long record, long line, int first) {
        String where = first == in.index ? "an earlier record of this file" : "a record of " + inputs.get(first).name;
        return Issue.of(IssueCode.ID_DUPLICATE, "This " + plan.table.entity().id() + " has the same "
                + String.join(" and ", plan.keyColumns) + " as " + where + ": ids are unique in a dataset, so this "
                + "record is rejected (the value is not shown: ids may be a partner's case numbers).",
                in.at(record, line, plan.keyColumns.get(0)));
    }

    /**
     * The duplicates among the ids spilled past the budget (each was absent from the in-memory table when read, and
     * that table no longer changes): part by part (the ids of a duplicate share their part), each in as many passes
     * as keep its table within half the budget.
     */
    private void spilledDuplicates(Sink sink) throws IOException {
        for (Map.Entry<Entity, SpillFile[]> e : spilledIds.entrySet()) {
            Plan plan = plans.get(e.getKey());
            List<long[]> found = new ArrayList<>();
            for (SpillFile part : e.getValue()) {
                if (part != null) {
                    spilledDuplicates(part, found);
                }
            }
            found.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
            for (long[] f : found) {
                InputState in = inputs.get((int) f[0]);
                sink.issue(in.index, duplicateIssue(plan, in, f[1], f[2], (int) f[3]), f[4] == 1);
            }
        }
    }

    /** Adds the duplicates within one part: {input, record, line, first input, rejected}. */
    private void spilledDuplicates(SpillFile part, List<long[]> found) throws IOException {
        long n = part.entries();
        // A table slot takes 21 bytes, at most three quarters used and doubling: 64 bytes an id is safe.
        long perPass = Math.max(1, idBudget / 2 / 64);
        long passes = (n + perPass - 1) / perPass;
        for (long p = 0; p < passes; p++) {
            FingerprintTable t = new FingerprintTable(new FingerprintTable.Budget(idBudget / 2));
            t.reserve((n + passes - 1) / passes); // the ids of a pass, about: sized once rather than doubling
            try (SpillFile.Reader in = part.reader()) {
                for (long i = 0; i < n; i++) {
                    long hi = in.getLong();
                    long lo = in.getLong();
                    int input = in.getInt();
                    long record = in.getLong();
                    long line = in.getLong();
                    boolean rejected = in.getBoolean();
                    if (Long.remainderUnsigned(hi, passes) == p) {
                        int first = t.putIfAbsent(hi, lo, input);
                        if (first != FingerprintTable.ABSENT) {
                            found.add(new long[] {input, record, line, first, rejected ? 1 : 0});
                        }
                    }
                }
            }
        }
    }

    /** One name per admin area code: the first name read wins. */
    private @Nullable Issue names(InputState in, long record, long line, Facts f) {
        String code = f.code;
        String name = f.name;
        if (code == null || name == null || namesByCode.size() >= MAX_CODES) {
            return null;
        }
        String[] known = namesByCode.putIfAbsent(code, new String[] {name, in.name, f.nameKey});
        if (known != null && !known[2].equals(f.nameKey)) {
            return new Issue(IssueCode.NAME_INCONSISTENT_PER_CODE, IssueCode.NAME_INCONSISTENT_PER_CODE.severity(),
                    "Admin area code " + f.pcode + " is named \"" + name + "\" here but \"" + known[0]
                            + "\" before (in " + known[1] + "): give one code one name.",
                    in.at(record, line, "adm_name"), name, known[0]);
        }
        return null;
    }

    private void columns(InputState in, Plan plan, long record, long line, Facts f) {
        for (int i = 0; i < f.spelled.length; i++) {
            String text = f.spelled[i];
            if (text != null) {
                Map<String, Variant> m = plan.variants.get(i);
                byte grouping = plan.grouping[i];
                if (grouping == BY_LEVEL && f.pcode != null) {
                    continue; // a coded area: its names are checked per code
                }
                Object country = grouping == WHOLE_COLUMN ? null : f.spelledCountry;
                Object level = grouping == BY_LEVEL ? f.spelledLevel : null;
                Variant first = m.get(text);
                Variant variant = first;
                while (variant != null && !variant.in(country, level)) {
                    variant = variant.otherGroup;
                }
                if (variant == null && plan.variantCounts[i] < MAX_VARIANTS) {
                    variant = new Variant(text, country, level, in.index, record, line);
                    plan.variantCounts[i]++;
                    if (first == null) {
                        m.put(text, variant);
                    } else {
                        variant.otherGroup = first.otherGroup;
                        first.otherGroup = variant;
                    }
                }
                if (variant != null) {
                    variant.count++;
                }
            }
        }
        int present = 0;
        for (boolean p : f.measuredPresent) {
            present += p ? 1 : 0;
        }
        if (present == 0) {
            return;
        }
        // One entry a record, its place written once for all its values (a 1M-row incidents file: 84 MB, not 168).
        numbers.entry().putInt(in.index).putLong(record).putLong(line).putInt(present);
        for (int i = 0; i < f.measured.length; i++) {
            if (f.measuredPresent[i]) {
                double d = f.measured[i];
                Sample sample = plan.measuredSamples.get(i);
                sample.add(d);
                numbers.putInt(sample.index).putDouble(d);
            }
        }
    }

    /** Runs the checks that need the whole dataset; issues go to the sink in input order within each code. */
    void finish(Sink sink) {
        try {
            spilledDuplicates(sink);
            references(sink);
            spellings(sink);
            outliers(sink);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read back dataset checks: " + e.getMessage(), e);
        }
    }

    private boolean has(Entity e) {
        FingerprintTable t = ids.get(e);
        return t != null && t.size() > 0;
    }

    /**
     * Whether a reference names no id of its table: looked up in the table, or, for a table past the budget, in
     * {@code missing} (see {@link #spilledMissing}).
     */
    private static boolean absent(FingerprintTable t, long @Nullable [] missing, long entry, Ref r) {
        if (!t.isFull() || missing == null) {
            return !t.contains(r.hi(), r.lo());
        }
        return (missing[(int) (entry >>> 6)] & (1L << entry)) != 0;
    }

    /**
     * For the references to a table whose ids went past the budget (the table holds the ids before, its spill files
     * those after): which entries of the references file name an id in neither, one bit an entry; null when no table
     * referred to is past the budget. The references not found in the table are sorted into parts by fingerprint as
     * the spilled ids are, and each part is compared with its ids in passes that fit half the budget.
     */
    private long @Nullable [] spilledMissing(boolean checkMigrants, boolean checkJourneys) throws IOException {
        boolean fullMigrants = checkMigrants && ids.get(Entity.MIGRANT).isFull();
        boolean fullJourneys = checkJourneys && ids.get(Entity.JOURNEY).isFull();
        if (!fullMigrants && !fullJourneys) {
            return null;
        }
        long n = refs.entries();
        long[] missing = new long[(int) ((n + 63) >>> 6)];
        Map<Entity, SpillFile[]> asked = new EnumMap<>(Entity.class);
        try {
            try (SpillFile.Reader in = refs.reader()) {
                for (long i = 0; i < n; i++) {
                    Ref r = Ref.read(in);
                    Entity target = r.kind() == LEG_JOURNEY ? Entity.JOURNEY : Entity.MIGRANT;
                    if (!(target == Entity.JOURNEY ? fullJourneys : fullMigrants)
                            || ids.get(target).contains(r.hi(), r.lo())) {
                        continue;
                    }
                    SpillFile[] parts = asked.computeIfAbsent(target, e -> new SpillFile[ID_PARTS]);
                    int part = (int) (r.lo() >>> 59); // as the ids were spilled
                    if (parts[part] == null) {
                        parts[part] = new SpillFile("migrationkit-refs");
                    }
                    parts[part].entry().putLong(i).putLong(r.hi()).putLong(r.lo());
                }
            }
            for (Map.Entry<Entity, SpillFile[]> e : asked.entrySet()) {
                SpillFile[] spilled = spilledIds.get(e.getKey());
                for (int part = 0; part < ID_PARTS; part++) {
                    SpillFile refsOfPart = e.getValue()[part];
                    if (refsOfPart != null) {
                        missing(spilled == null ? null : spilled[part], refsOfPart, missing);
                    }
                }
            }
        } finally {
            for (SpillFile[] parts : asked.values()) {
                for (SpillFile part : parts) {
                    if (part != null) {
                        part.close();
                    }
                }
            }
        }
        return missing;
    }

    /** Marks the references of one part whose id is not among the ids spilled to that part. */
    private void missing(@Nullable SpillFile spilled, SpillFile asked, long[] missing) throws IOException {
        long n = spilled == null ? 0 : spilled.entries();
        long perPass = Math.max(1, idBudget / 2 / 64); // as in spilledDuplicates
        long passes = Math.max(1, (n + perPass - 1) / perPass);
        for (long p = 0; p < passes; p++) {
            FingerprintTable t = new FingerprintTable(new FingerprintTable.Budget(idBudget / 2));
            if (spilled != null) {
                try (SpillFile.Reader in = spilled.reader()) {
                    for (long i = 0; i < n; i++) {
                        long hi = in.getLong();
                        long lo = in.getLong();
                        in.skip(Integer.BYTES + 2 * Long.BYTES + 1); // input, record, line, rejected
                        if (Long.remainderUnsigned(hi, passes) == p) {
                            t.putIfAbsent(hi, lo, 0);
                        }
                    }
                }
            }
            try (SpillFile.Reader in = asked.reader()) {
                for (long i = 0; i < asked.entries(); i++) {
                    long entry = in.getLong();
                    long hi = in.getLong();
                    long lo = in.getLong();
                    if (Long.remainderUnsigned(hi, passes) == p && !t.contains(hi, lo)) {
                        missing[(int) (entry >>> 6)] |= 1L << entry;
                    }
                }
            }
        }
    }

    /** One entry of the references file, as {@link #record} wrote it. */
    private record Ref(int input, long record, long line, byte kind, long hi, long lo, long selfHi, long selfLo,
            int day, boolean rejected) {
        static Ref read(SpillFile.Reader in) throws IOException {
            return new Ref(in.getInt(), in.getLong(), in.getLong(), in.getByte(), in.getLong(), in.getLong(),
                    in.getLong(), in.getLong(), in.getInt(), in.getBoolean());
        }
    }

    private void references(Sink sink) throws IOException {
        FingerprintTable migrants = ids.get(Entity.MIGRANT);
        FingerprintTable journeys = ids.get(Entity.JOURNEY);
        boolean checkMigrants = has(Entity.MIGRANT);
        boolean checkJourneys = has(Entity.JOURNEY);
        if (refKinds[JOURNEY_MIGRANT] == 0 && !(checkMigrants && refKinds[EVENT_BENEFICIARY] > 0)
                && !(checkJourneys && refKinds[LEG_JOURNEY] > 0)) {
            return; // nothing to check, and no journey to date an event with
        }
        long[] missing = spilledMissing(checkMigrants, checkJourneys);
        // Made when the id tables are still needed: a budget of its own, so at most twice idBudget in all.
        FingerprintTable migrantStart = new FingerprintTable(new FingerprintTable.Budget(idBudget));
        try (SpillFile.Reader in = refs.reader()) {
            for (long i = 0; i < refs.entries(); i++) {
                Ref r = Ref.read(in);
                InputState at = inputs.get(r.input());
                if (r.kind() == JOURNEY_MIGRANT) {
                    if (checkMigrants && absent(migrants, missing, i, r)) {
                        sink.issue(r.input(), Issue.of(IssueCode.REF_MISSING_MIGRANT, "This journey's migrant_id names "
                                + "no migrant read from the dataset (missing, or its record was rejected): add the "
                                + "migrant to migrants, or correct the id (not shown: ids may be a partner's case "
                                + "numbers).", at.at(r.record(), r.line(), "migrant_id")), r.rejected());
                    }
                    // A journey without a known first departure could have started any time: the migrant's first
                    // start is then unknown, and no event is said to be before it.
                    int start = journeyStart.get(r.selfHi(), r.selfLo());
                    migrantStart.putMin(r.hi(), r.lo(), start == FingerprintTable.ABSENT ? UNKNOWN_START : start);
                } else if (r.kind() == LEG_JOURNEY) {
                    if (checkJourneys && absent(journeys, missing, i, r)) {
                        sink.issue(r.input(), Issue.of(IssueCode.REF_MISSING_JOURNEY, "This leg's journey_id names no "
                                + "journey read from the dataset (missing, or its record was rejected): add the journey "
                                + "to journeys, or correct the id (not shown).", at.at(r.record(), r.line(),
                                        "journey_id")), r.rejected());
                    }
                } else if (r.kind() == EVENT_BENEFICIARY) {
                    if (checkMigrants && absent(migrants, missing, i, r)) {
                        sink.issue(r.input(), Issue.of(IssueCode.REF_MISSING_BENEFICIARY, "This assistance event's "
                                + "beneficiary_id names no migrant read from the dataset (missing, or its record was "
                                + "rejected): add the migrant to migrants, or correct the id (not shown).",
                                at.at(r.record(), r.line(), "beneficiary_id")), r.rejected());
                    }
                }
            }
        }
        if (migrantStart.size() == 0) {
            return;
        }
        // A full table dropped starts: the events of those journeys' migrants cannot be dated against them.
        boolean partial = journeyStart.isFull() || migrantStart.isFull();
        try (SpillFile.Reader in = refs.reader()) {
            for (long n = 0; n < refs.entries(); n++) {
                Ref r = Ref.read(in);
                if (r.kind() != EVENT_BENEFICIARY || r.day() == NO_DAY) {
                    continue;
                }
                if (partial) {
                    partial = false;
                    sink.issue(r.input(), Issue.of(IssueCode.LIMIT_ID_BUDGET, "The id budget of " + (idBudget >> 20)
                            + " MiB is full: the first departures of " + journeyStart.size() + " journeys and the first "
                            + "journeys of " + migrantStart.size() + " migrants are held, and assistance events of the "
                            + "others' migrants are not checked for dates before their journey (date.before-journey); "
                            + "raise the budget (DatasetValidator.Builder.idBudgetBytes) or split the dataset.",
                            inputs.get(r.input()).at(r.record(), r.line(), null)), r.rejected());
                }
                int start = migrantStart.get(r.hi(), r.lo());
                if (start != FingerprintTable.ABSENT && start != UNKNOWN_START && r.day() < start) {
                    String startText = java.time.LocalDate.ofEpochDay(start).toString();
                    sink.issue(r.input(), new Issue(IssueCode.DATE_BEFORE_JOURNEY,
                            IssueCode.DATE_BEFORE_JOURNEY.severity(), "This assistance event is dated before its "
                                    + "beneficiary's first journey started (" + startText + "): check the event's date "
                                    + "or the legs' departure dates.",
                            inputs.get(r.input()).at(r.record(), r.line(), "date"), null, null), r.rejected());
                }
            }
        }
    }

    private void spellings(Sink sink) {
        List<Issue> found = new ArrayList<>();
        List<long[]> order = new ArrayList<>();
        for (Map.Entry<String, Map<String, Variant>> e : spellings.entrySet()) {
            String column = e.getKey().substring(e.getKey().indexOf('\u001F') + 1);
            Map<String, List<Variant>> groups = new HashMap<>();
            for (Variant first : e.getValue().values()) {
                for (Variant v = first; v != null; v = v.otherGroup) {
                    groups.computeIfAbsent(v.group(), g -> new ArrayList<>()).add(v);
                }
            }
            for (List<Variant> vs : groups.values()) {
                spellings(column, vs, found, order);
            }
        }
        order.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        for (long[] o : order) {
            // A warning: it rejects nothing, so whether the record was rejected does not matter.
            sink.issue((int) o[0], found.get((int) o[2]), true);
        }
    }

    /** Compares the spellings of one group of a column, each with those used more often. */
    private void spellings(String column, List<Variant> vs, List<Issue> found, List<long[]> order) {
        vs.sort((a, b) -> Long.compare(b.count, a.count));
        String[] keys = new String[vs.size()];
        long[] letters = new long[vs.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Names.key(vs.get(i).value);
            letters[i] = letters(keys[i]);
        }
        int more = 0; // vs[0, more) are the variants used more often than vs[i]
        for (int i = 1; i < vs.size(); i++) {
            Variant v = vs.get(i);
            while (more < i && vs.get(more).count > v.count) {
                more++;
            }
            // Short values (acronyms: ICRC and IFRC) differ by design; longer names get one edit, two past 12.
            int limit = keys[i].length() < 6 ? 0 : keys[i].length() < 12 ? 1 : 2;
            for (int j = 0; j < more; j++) {
                Variant w = vs.get(j);
                if (w.count < 2) {
                    break;
                }
                // An edit changes which characters a key holds by at most two: a cheap, exact filter that spares
                // the edit distance of almost every pair (up to 5,000 variants a column: 12.5 million pairs).
                if (Long.bitCount(letters[i] ^ letters[j]) > 2 * limit
                        || Math.abs(keys[i].length() - keys[j].length()) > limit) {
                    continue;
                }
                if (keys[i].equals(keys[j]) || limit > 0 && Names.distance(keys[i], keys[j], limit) <= limit
                        && !differInAShortWord(keys[i], keys[j])) {
                    found.add(new Issue(IssueCode.SPELLING_INCONSISTENT, IssueCode.SPELLING_INCONSISTENT.severity(),
                            "\"" + v.value + "\" in column " + inputs.get(v.input).named(column) + " (" + v.count
                                    + " record" + (v.count == 1 ? "" : "s") + ") looks like another spelling of \""
                                    + w.value + "\" (" + w.count + " records): write one place or organisation one way.",
                            inputs.get(v.input).at(v.record, v.line, column), v.value, w.value));
                    order.add(new long[] {v.input, v.record, found.size() - 1});
                    break;
                }
            }
        }
    }

    /**
     * Whether two keys differ only inside one word of fewer than 6 characters, by more than one edit or in a word of
     * fewer than 4 ("east"/"west azerbaijan province", "fada"/"kaya, burkina faso", "bridge i"/"bridge iii"): other
     * words, not other spellings. A short word one letter off ("obock"/"obok") is still a misspelling.
     */
    static boolean differInAShortWord(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        int prefix = 0;
        while (prefix < shorter && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shorter - prefix
                && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        String wa = word(a, prefix, a.length() - suffix);
        String wb = word(b, prefix, b.length() - suffix);
        if (wa == null || wb == null || Math.max(wa.length(), wb.length()) >= 6) {
            return false; // several words, or a long one: the value's own edit budget decides
        }
        return Math.min(wa.length(), wb.length()) < 4 || Names.distance(wa, wb, 1) > 1;
    }

    /** The word holding {@code [from, to)}, widened to its ends; null when the span is not inside one word. */
    private static @Nullable String word(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!inWord(s.charAt(k))) {
                return null;
            }
        }
        while (from > 0 && inWord(s.charAt(from - 1))) {
            from--;
        }
        while (to < s.length() && inWord(s.charAt(to))) {
            to++;
        }
        return s.substring(from, to);
    }

    /** Letters, digits and the apostrophes of transliterated names (Las'anod, Ma'rib) make words. */
    private static boolean inWord(char c) {
        return Character.isLetterOrDigit(c) || c == '\'';
    }

    /** The characters a key holds, as bits: a to z and 0 to 9 each their own, the rest shared by hash. */
    private static long letters(String key) {
        long bits = 0;
        for (int k = 0; k < key.length(); k++) {
            char c = key.charAt(k);
            int bit = c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 36 + c % 28;
            bits |= 1L << bit;
        }
        return bits;
    }

    private void outliers(Sink sink) throws IOException {
        int n = sampleKeys.size();
        double[] median = new double[n]; // on the column's scale
        double[] mad = new double[n];
        boolean[] log = new boolean[n];
        // Per column, the range of values whose score stays within 5, in the column's own unit: log(1 + x) rises with
        // x, so the loop compares each value with two bounds instead of scoring it (a logarithm and a division).
        double[] low = new double[n];
        double[] high = new double[n];
        Arrays.fill(low, Double.NEGATIVE_INFINITY);
        Arrays.fill(high, Double.POSITIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            Sample s = samples.get(sampleKeys.get(i));
            int k = (int) Math.min(s.seen, SAMPLE);
            log[i] = s.logScale;
            if (s.seen < OUTLIER_MIN_VALUES) {
                continue;
            }
            double[] v = Arrays.copyOf(s.values, k);
            for (int j = 0; j < k; j++) {
                v[j] = scaled(v[j], log[i]);
            }
            Arrays.sort(v);
            median[i] = median(v);
            double[] dev = new double[k];
            for (int j = 0; j < k; j++) {
                dev[j] = Math.abs(v[j] - median[i]);
            }
            Arrays.sort(dev);
            mad[i] = median(dev);
            if (mad[i] > 0) {
                double reach = OUTLIER_Z * mad[i] / 0.6745;
                low[i] = log[i] ? Math.expm1(median[i] - reach) : median[i] - reach;
                high[i] = log[i] ? Math.expm1(median[i] + reach) : median[i] + reach;
            }
        }
        // The loop over every value only notes the outliers; their issues are made a batch at a time. With the issue
        // made in the loop, C2 compiled the loop with all it calls (85 KB of code, half a second of a 1M-row run).
        Outliers found = new Outliers();
        try (SpillFile.Reader in = numbers.reader()) {
            for (long e = 0; e < numbers.entries(); e++) {
                int input = in.getInt();
                long record = in.getLong();
                long line = in.getLong();
                for (int values = in.getInt(); values > 0; values--) {
                    int column = in.getInt();
                    double d = in.getDouble();
                    if ((d < low[column] || d > high[column]) && found.add(input, record, line, column, d)) {
                        report(found, median, mad, log, sink);
                    }
                }
            }
        }
        report(found, median, mad, log, sink);
    }

    /** Outliers noted but not reported yet, in the order found. */
    private static final class Outliers {
        final int[] input = new int[1024];
        final long[] record = new long[input.length];
        final long[] line = new long[input.length];
        final int[] column = new int[input.length];
        final double[] value = new double[input.length];
        int size;

        /** Notes an outlier; returns true when the batch is full. */
        boolean add(int in, long rec, long ln, int col, double d) {
            input[size] = in;
            record[size] = rec;
            line[size] = ln;
            column[size] = col;
            value[size] = d;
            return ++size == input.length;
        }
    }

    private void report(Outliers found, double[] median, double[] mad, boolean[] log, Sink sink) {
        for (int i = 0; i < found.size; i++) {
            int column = found.column[i];
            int input = found.input[i];
            double d = found.value[i];
            double z = 0.6745 * (scaled(d, log[column]) - median[column]) / mad[column];
            Sample s = samples.get(sampleKeys.get(column));
            String shown = shown(d);
            // One decimal, half up as String.format's %.1f (whose format parsing took 8 µs an issue here).
            String score = Double.isFinite(z) ? BigDecimal.valueOf(z).setScale(1, RoundingMode.HALF_UP).toPlainString()
                    : Double.toString(z);
            // The median in the column's own unit: log(1 + x) keeps the order, so its inverse gives the middle value
            // back (rounded, as the mean of two middle logs need not be a whole count).
            String typical = log[column] ? shown(BigDecimal.valueOf(Math.expm1(median[column]))
                    .setScale(1, RoundingMode.HALF_UP).doubleValue()) : shown(median[column]);
            sink.issue(input, new Issue(IssueCode.VALUE_OUTLIER, IssueCode.VALUE_OUTLIER.severity(),
                    "Column " + inputs.get(input).named(s.column) + " is " + shown + ", far from its other values "
                            + "(median " + typical + ", modified z-score " + score + (log[column] ? " of log(1 + x)"
                            : "") + "): check it is not a typing error.",
                    inputs.get(input).at(found.record[i], found.line[i], s.column), shown, null), true);
        }
        found.size = 0;
    }

    /** A value on its column's scale for the outlier score: log(1 + x) for counts of people and amounts. */
    private static double scaled(double d, boolean log) {
        return log ? Math.log1p(d) : d;
    }

    private static String shown(double d) {
        return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : Double.toString(d);
    }

    private static double median(double[] sorted) {
        int k = sorted.length;
        return k % 2 == 1 ? sorted[k / 2] : (sorted[k / 2 - 1] + sorted[k / 2]) / 2;
    }

    @Override
    public void close() {
        refs.close();
        numbers.close();
        for (SpillFile[] parts : spilledIds.values()) {
            for (SpillFile part : parts) {
                if (part != null) {
                    part.close();
                }
            }
        }
    }
}
