package org.migrationkit.io.pipeline;

import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.internal.Names;
import org.migrationkit.core.model.AssistanceEvent;
import org.migrationkit.core.model.Beneficiary;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.model.Journey;
import org.migrationkit.core.model.Leg;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.vocab.IncidentType;
import org.migrationkit.io.internal.Field;
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
 *       come in any order; the issue goes to the referencing record, with its location;
 *   <li>the legs of {@code legs.csv}, inline: a leg arrives on or after it departs, and a leg that follows the
 *       previous row's leg of the same journey (sequence one higher) starts where that one ended and does not
 *       depart before it departed or arrived; a sequence that does not go up within a journey's rows is out of order
 *       (a journey's legs read from JSON are checked by {@link Journey}'s own rules instead);
 *   <li>one name per admin area code, inline (the first name wins; later records with another name are flagged);
 *   <li>inconsistent spellings of places and providers: value counts per column (at most {@value #MAX_VARIANTS}
 *       distinct values a column), compared at the end;
 *   <li>numeric outliers per column: values spilled, median and MAD from a fixed-size sample, modified z-score above
 *       {@value #OUTLIER_Z} flagged at the end.
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
    private final Fingerprints fp = new Fingerprints();
    /** The previous leg read, and from which input: consecutive legs of one journey are checked together. */
    private @Nullable Leg previousLeg;
    private int previousLegInput = -1;

    DatasetRules(long idBudget) {
        this.idBudget = idBudget;
        this.budget = new FingerprintTable.Budget(idBudget);
        this.journeyStart = new FingerprintTable(budget);
    }

    /** A spelling of a value: how many records use it and where it was first seen. */
    private static final class Variant {
        final String value;
        final int input;
        final long record;
        final long line;
        long count;

        Variant(String value, int input, long record, long line) {
            this.value = value;
            this.input = input;
            this.record = record;
            this.line = line;
        }
    }

    /** A fixed-size sample of a column's values (reservoir, deterministic), for its median and MAD. */
    private static final class Sample {
        final Entity entity;
        final String column;
        final int index;
        final double[] values = new double[SAMPLE];
        long seen;
        long state = 0x2545F4914F6CDD1DL;

        Sample(Entity entity, String column, int index) {
            this.entity = entity;
            this.column = column;
            this.index = index;
        }

        void add(double v) {
            if (seen < SAMPLE) {
                values[(int) seen] = v;
            } else {
                state ^= state << 13;
                state ^= state >>> 7;
                state ^= state << 17;
                long j = Math.floorMod(state, seen + 1);
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
     * Checks one record read as a value against the rules that can run inline, and records what the end needs.
     * Each issue found goes to {@code report}, which answers whether it is an error once severities are applied.
     *
     * @return whether the record is rejected after these issues
     */
    boolean record(InputState in, long record, long line, Object value, boolean wasRejected,
            java.util.function.Predicate<Issue> report) {
        Entity entity = in.entity;
        if (entity == null) {
            return wasRejected;
        }
        List<Issue> issues = new ArrayList<>(0);
        Plan plan = plans.get(entity);
        if (plan == null) {
            plan = new Plan(Tables.of(entity));
            plans.put(entity, plan);
        }
        duplicate(in, plan, record, line, value, wasRejected, issues);
        boolean rejected = wasRejected;
        for (Issue i : issues) {
            rejected |= report.test(i);
        }
        issues.clear();
        try {
            if (value instanceof Journey j) {
                DataOutputStream out = refs.out();
                writeRef(out, in.index, record, line, JOURNEY_MIGRANT, j.migrant().toString(), j.id().toString(),
                        NO_DAY, rejected);
                for (Leg leg : j.legs()) {
                    start(j.id().toString(), leg);
                }
            } else if (value instanceof Leg leg) {
                start(leg.journey().toString(), leg);
                writeRef(refs.out(), in.index, record, line, LEG_JOURNEY, leg.journey().toString(), "", NO_DAY,
                        rejected);
            } else if (value instanceof AssistanceEvent e && e.beneficiary() instanceof Beneficiary.Person p) {
                ReportedDate d = e.date();
                // The last day a date may mean: an event "2021-03" is before a start only if all of March is.
                int day = d == null ? NO_DAY : (int) d.lastDay().toEpochDay();
                writeRef(refs.out(), in.index, record, line, EVENT_BENEFICIARY, p.migrant().toString(), "", day,
                        rejected);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write dataset checks to a temporary file: " + e.getMessage(), e);
        }
        if (value instanceof Leg leg) {
            legs(in, record, line, leg, issues);
        }
        columns(in, plan, record, line, value, issues);
        for (Issue i : issues) {
            rejected |= report.test(i);
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

    /** A journey starts when its first leg departs; when that date is unknown, so is the start. */
    private void start(String journey, Leg leg) {
        ReportedDate departed = leg.departed();
        if (leg.sequence() == 1) {
            fp.of(journey);
            journeyStart.putMin(fp.hi(), fp.lo(),
                    departed == null ? UNKNOWN_START : (int) departed.firstDay().toEpochDay());
        }
    }

    private void writeRef(DataOutputStream out, int input, long record, long line, byte kind, String ref,
            String self, int day, boolean rejected) throws IOException {
        out.writeInt(input);
        out.writeLong(record);
        out.writeLong(line);
        out.writeByte(kind);
        fp.of(ref);
        out.writeLong(fp.hi());
        out.writeLong(fp.lo());
        if (self.isEmpty()) {
            out.writeLong(0);
            out.writeLong(0);
        } else {
            fp.of(self);
            out.writeLong(fp.hi());
            out.writeLong(fp.lo());
        }
        out.writeInt(day);
        out.writeBoolean(rejected);
    }

    /** What the inline rules read from the records of one table, worked out once per table. */
    private final class Plan {
        final Table<?, ?> table;
        final List<String> keyColumns;
        final List<Field<Object, ?>> key = new ArrayList<>();
        final @Nullable Field<Object, ?> pcode;
        final @Nullable Field<Object, ?> name;
        final @Nullable Field<Object, ?> country;
        final @Nullable Field<Object, ?> level;
        final List<Field<Object, ?>> spelled = new ArrayList<>();
        final List<Map<String, Variant>> variants = new ArrayList<>();
        final List<Field<Object, ?>> measured = new ArrayList<>();
        final List<Sample> measuredSamples = new ArrayList<>();

        Plan(Table<?, ?> table) {
            this.table = table;
            this.keyColumns = table.schema().primaryKey();
            for (String c : keyColumns) {
                key.add(field(table, c));
            }
            this.pcode = field(table, "adm_pcode");
            this.name = field(table, "adm_name");
            this.country = field(table, "country");
            this.level = field(table, "adm_level");
            Entity entity = table.entity();
            for (Field<?, ?> f : table.fields()) {
                String column = f.name();
                if (f.column().isSensitive() || f.column().isList()) {
                    continue;
                }
                if (SPELLED.contains(column)) {
                    spelled.add(field(table, column));
                    Map<String, Variant> m = new HashMap<>();
                    variants.add(m);
                    spellings.put(entity.id() + "\u001F" + column, m);
                } else if (f.kind() != Field.Kind.TEXT && f.kind() != Field.Kind.BOOLEAN
                        && !NOT_MEASURES.contains(column)) {
                    measured.add(field(table, column));
                    Sample sample = new Sample(entity, column, sampleKeys.size());
                    String k = entity.id() + "\u001F" + column;
                    samples.put(k, sample);
                    sampleKeys.add(k);
                    measuredSamples.add(sample);
                }
            }
        }
    }

    // The table's fields read records of the table's own type, which is the type of the values given to them.
    @SuppressWarnings("unchecked")
    private static @Nullable Field<Object, ?> field(Table<?, ?> table, String column) {
        return (Field<Object, ?>) (Field<?, ?>) table.findField(column);
    }

    private static @Nullable Object wire(@Nullable Field<Object, ?> f, Object value) {
        return f == null ? null : f.wire(value);
    }

    private void duplicate(InputState in, Plan plan, long record, long line, Object value, boolean wasRejected,
            List<Issue> out) {
        List<String> keyColumns = plan.keyColumns;
        if (keyColumns.isEmpty()) {
            return;
        }
        // One column: the id itself, so that references (which hold the id) find it; several: joined by a unit
        // separator, which ids cannot hold.
        CharSequence k;
        if (value instanceof Incident incident && incident.kind() == IncidentType.SPLIT_INCIDENT) {
            // The rows of a split incident share the published id (MMP, domain-standards §1.3): unique with their
            // Incident ID when they have one, and not a duplicate when they do not.
            if (incident.subId() == null) {
                return;
            }
            k = incident.id() + "\u001F" + incident.subId();
        } else if (plan.key.size() == 1) {
            k = String.valueOf(wire(plan.key.get(0), value));
        } else {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < plan.key.size(); i++) {
                b.append(i == 0 ? "" : "\u001F").append(wire(plan.key.get(i), value));
            }
            k = b;
        }
        FingerprintTable t = ids.computeIfAbsent(plan.table.entity(), e -> new FingerprintTable(budget));
        fp.of(k);
        boolean wasFull = t.isFull();
        int first = t.putIfAbsent(fp.hi(), fp.lo(), in.index);
        if (t.isFull() && !wasFull) {
            out.add(Issue.of(IssueCode.LIMIT_ID_BUDGET, "The ids of the dataset's tables fill the id budget of "
                    + (idBudget >> 20) + " MiB (" + plan.table.entity().tableName() + " holds " + t.size() + " ids): "
                    + "from this record on, duplicate ids are checked at the end from a temporary file, and references "
                    + "to " + plan.table.entity().tableName() + " are not checked; raise the budget "
                    + "(DatasetValidator.Builder.idBudgetBytes) or split the dataset.",
                    new IssueLocation(in.name, record, line, null, null)));
        }
        if (first != FingerprintTable.ABSENT) {
            out.add(duplicateIssue(plan, in, record, line, first));
        } else if (t.isFull()) {
            try {
                SpillFile[] parts = spilledIds.computeIfAbsent(plan.table.entity(), e -> new SpillFile[ID_PARTS]);
                int part = (int) (fp.lo() >>> 59); // the top five bits: 32 parts
                if (parts[part] == null) {
                    parts[part] = new SpillFile("migrationkit-ids");
                }
                DataOutputStream o = parts[part].out();
                o.writeLong(fp.hi());
                o.writeLong(fp.lo());
                o.writeInt(in.index);
                o.writeLong(record);
                o.writeLong(line);
                o.writeBoolean(wasRejected);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write dataset checks to a temporary file: " + e.getMessage(), e);
            }
        }
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
            try (DataInputStream in = part.reader()) {
                for (long i = 0; i < n; i++) {
                    long hi = in.readLong();
                    long lo = in.readLong();
                    int input = in.readInt();
                    long record = in.readLong();
                    long line = in.readLong();
                    boolean rejected = in.readBoolean();
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

    private void columns(InputState in, Plan plan, long record, long line, Object value, List<Issue> out) {
        Object pcode = wire(plan.pcode, value);
        Object name = pcode == null ? null : wire(plan.name, value);
        if (pcode != null && name != null && namesByCode.size() < MAX_CODES) {
            String code = wire(plan.country, value) + "|" + wire(plan.level, value) + "|" + pcode;
            String[] known = namesByCode.putIfAbsent(code, new String[] {name.toString(), in.name});
            if (known != null && !Names.key(known[0]).equals(Names.key(name.toString()))) {
                out.add(new Issue(IssueCode.NAME_INCONSISTENT_PER_CODE, IssueCode.NAME_INCONSISTENT_PER_CODE.severity(),
                        "Admin area code " + pcode + " is named \"" + name + "\" here but \"" + known[0]
                                + "\" before (in " + known[1] + "): give one code one name.",
                        in.at(record, line, "adm_name"), name.toString(), known[0]));
            }
        }
        for (int i = 0; i < plan.spelled.size(); i++) {
            Object v = wire(plan.spelled.get(i), value);
            if (v != null) {
                Map<String, Variant> m = plan.variants.get(i);
                String text = v.toString();
                Variant variant = m.get(text);
                if (variant == null && m.size() < MAX_VARIANTS) {
                    variant = new Variant(text, in.index, record, line);
                    m.put(text, variant);
                }
                if (variant != null) {
                    variant.count++;
                }
            }
        }
        for (int i = 0; i < plan.measured.size(); i++) {
            Object v = wire(plan.measured.get(i), value);
            if (v != null) {
                double d = v instanceof BigDecimal bd ? bd.doubleValue() : ((Number) v).doubleValue();
                Sample sample = plan.measuredSamples.get(i);
                sample.add(d);
                try {
                    DataOutputStream o = numbers.out();
                    o.writeInt(sample.index);
                    o.writeInt(in.index);
                    o.writeLong(record);
                    o.writeLong(line);
                    o.writeDouble(d);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot write dataset checks to a temporary file: "
                            + e.getMessage(), e);
                }
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
        return t != null && t.size() > 0 && !t.isFull();
    }

    /** One entry of the references file, as {@link #writeRef} wrote it. */
    private record Ref(int input, long record, long line, byte kind, long hi, long lo, long selfHi, long selfLo,
            int day, boolean rejected) {
        static Ref read(DataInputStream in) throws IOException {
            return new Ref(in.readInt(), in.readLong(), in.readLong(), in.readByte(), in.readLong(), in.readLong(),
                    in.readLong(), in.readLong(), in.readInt(), in.readBoolean());
        }
    }

    private void references(Sink sink) throws IOException {
        FingerprintTable migrants = ids.get(Entity.MIGRANT);
        FingerprintTable journeys = ids.get(Entity.JOURNEY);
        boolean checkMigrants = has(Entity.MIGRANT);
        boolean checkJourneys = has(Entity.JOURNEY);
        // Made when the id tables are still needed: a budget of its own, so at most twice idBudget in all.
        FingerprintTable migrantStart = new FingerprintTable(new FingerprintTable.Budget(idBudget));
        try (DataInputStream in = refs.reader()) {
            for (long i = 0; i < refs.entries(); i++) {
                Ref r = Ref.read(in);
                InputState at = inputs.get(r.input());
                if (r.kind() == JOURNEY_MIGRANT) {
                    if (checkMigrants && !migrants.contains(r.hi(), r.lo())) {
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
                    if (checkJourneys && !journeys.contains(r.hi(), r.lo())) {
                        sink.issue(r.input(), Issue.of(IssueCode.REF_MISSING_JOURNEY, "This leg's journey_id names no "
                                + "journey read from the dataset (missing, or its record was rejected): add the journey "
                                + "to journeys, or correct the id (not shown).", at.at(r.record(), r.line(),
                                        "journey_id")), r.rejected());
                    }
                } else if (r.kind() == EVENT_BENEFICIARY) {
                    if (checkMigrants && !migrants.contains(r.hi(), r.lo())) {
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
        try (DataInputStream in = refs.reader()) {
            for (long n = 0; n < refs.entries(); n++) {
                Ref r = Ref.read(in);
                if (r.kind() != EVENT_BENEFICIARY || r.day() == NO_DAY) {
                    continue;
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
            List<Variant> vs = new ArrayList<>(e.getValue().values());
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
                    if (keys[i].equals(keys[j]) || limit > 0 && Names.distance(keys[i], keys[j], limit) <= limit) {
                        found.add(new Issue(IssueCode.SPELLING_INCONSISTENT, IssueCode.SPELLING_INCONSISTENT.severity(),
                                "\"" + v.value + "\" in column " + column + " (" + v.count + " record"
                                        + (v.count == 1 ? "" : "s") + ") looks like another spelling of \"" + w.value
                                        + "\" (" + w.count + " records): write one place or organisation one way.",
                                inputs.get(v.input).at(v.record, v.line, column), v.value, w.value));
                        order.add(new long[] {v.input, v.record, found.size() - 1});
                        break;
                    }
                }
            }
        }
        order.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        for (long[] o : order) {
            // A warning: it rejects nothing, so whether the record was rejected does not matter.
            sink.issue((int) o[0], found.get((int) o[2]), true);
        }
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
        double[] median = new double[n];
        double[] mad = new double[n];
        boolean[] usable = new boolean[n];
        for (int i = 0; i < n; i++) {
            Sample s = samples.get(sampleKeys.get(i));
            int k = (int) Math.min(s.seen, SAMPLE);
            if (s.seen < OUTLIER_MIN_VALUES) {
                continue;
            }
            double[] v = Arrays.copyOf(s.values, k);
            Arrays.sort(v);
            median[i] = median(v);
            double[] dev = new double[k];
            for (int j = 0; j < k; j++) {
                dev[j] = Math.abs(v[j] - median[i]);
            }
            Arrays.sort(dev);
            mad[i] = median(dev);
            usable[i] = mad[i] > 0;
        }
        try (DataInputStream in = numbers.reader()) {
            for (long e = 0; e < numbers.entries(); e++) {
                int column = in.readInt();
                int input = in.readInt();
                long record = in.readLong();
                long line = in.readLong();
                double d = in.readDouble();
                if (!usable[column]) {
                    continue;
                }
                double z = 0.6745 * (d - median[column]) / mad[column];
                if (Math.abs(z) > OUTLIER_Z) {
                    Sample s = samples.get(sampleKeys.get(column));
                    String shown = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
                    sink.issue(input, new Issue(IssueCode.VALUE_OUTLIER, IssueCode.VALUE_OUTLIER.severity(),
                            "Column " + s.column + " is " + shown + ", far from its other values (median "
                                    + BigDecimal.valueOf(median[column]).stripTrailingZeros().toPlainString()
                                    + ", modified z-score " + String.format(java.util.Locale.ROOT, "%.1f", z)
                                    + "): check it is not a typing error.",
                            inputs.get(input).at(record, line, s.column), shown, null), true);
                }
            }
        }
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
