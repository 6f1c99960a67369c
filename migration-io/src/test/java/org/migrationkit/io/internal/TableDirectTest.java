package org.migrationkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.migrationkit.core.geo.AdminArea;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.geo.GeoPoint;
import org.migrationkit.core.geo.Location;
import org.migrationkit.core.model.AssistanceEvent;
import org.migrationkit.core.model.Beneficiary;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.model.IncidentId;
import org.migrationkit.core.model.Journey;
import org.migrationkit.core.model.Leg;
import org.migrationkit.core.model.PopulationFigure;
import org.migrationkit.core.people.AgeBand;
import org.migrationkit.core.people.Breakdown;
import org.migrationkit.core.people.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.core.sample.SampleData;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.vocab.AssessmentType;
import org.migrationkit.core.vocab.DisplacementReason;
import org.migrationkit.io.schema.Entity;

/**
 * A table's direct factory against its builder: over read values taken from generated records, then with values
 * blanked, swapped between records and whole numbers made negative at random (so that records fail in every way
 * the builder can fail), both paths give the same record, or no record with the same issues. Journeys are compared
 * on their own columns, as a journeys.csv row gives them (no nested legs).
 */
class TableDirectTest {
    private static final int RECORDS = 10_000;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Entity.class)
    void direct_givesWhatTheBuilderGives(Entity entity) {
        long seed = 20261123L + entity.ordinal();
        compare(entity.recordType(), records(entity, seed), seed);
    }

    private static <T> void compare(Class<T> type, List<?> records, long seed) {
        Table<T, ?> table = Tables.of(type);
        // Every table has one; a journey's generated legs are not in its slots, so it is compared as a row without
        // nested legs reads (with legs, it is built through the builder: journeys_withLegs_goThroughTheBuilder).
        assertThat(table.hasDirect()).as(type.getSimpleName()).isTrue();
        List<Field<T, ?>> fields = new ArrayList<>(table.fields());
        List<Object[]> clean = new ArrayList<>();
        for (Object r : records) {
            clean.add(slots(fields, type.cast(r)));
        }
        SplittableRandom random = new SplittableRandom(seed);
        int built = 0;
        int failed = 0;
        for (int i = 0; i < clean.size(); i++) {
            Object[] slots = clean.get(i).clone();
            if (i % 2 == 1) {
                for (int k = 0; k < slots.length; k++) {
                    int dice = random.nextInt(10);
                    if (dice == 0) {
                        slots[k] = null;
                    } else if (dice == 1) {
                        slots[k] = clean.get(random.nextInt(clean.size()))[k];
                    } else if (dice == 2 && slots[k] instanceof Integer && random.nextInt(4) == 0) {
                        // Below every column's range: a reader reports it, but the record's checks must agree too.
                        slots[k] = -1 - (Integer) slots[k];
                    }
                }
            }
            Problems viaDirect = new Problems(null);
            Problems viaBuilder = new Problems(null);
            T direct = table.build(slots.clone(), List.of(), viaDirect, "", IssueCode.CSV_INVALID_RECORD);
            T builder = table.buildThroughBuilder(slots.clone(), viaBuilder, IssueCode.CSV_INVALID_RECORD);
            List<Issue> directIssues = viaDirect.take();
            assertThat(direct).as("record %d (seed %d)", i, seed).isEqualTo(builder);
            assertThat(directIssues).as("record %d (seed %d)", i, seed).isEqualTo(viaBuilder.take());
            if (direct != null) {
                built++;
            } else {
                failed++;
                assertThat(directIssues).isNotEmpty();
            }
        }
        // Both outcomes are exercised, or the comparison would prove little.
        assertThat(built).isGreaterThan(RECORDS / 2);
        assertThat(failed).isPositive();
    }

    @Test
    void journeys_withoutLegs_areTheRecordsWithoutTheirLegs() {
        Table<Journey, ?> table = Tables.of(Journey.class);
        List<Field<Journey, ?>> fields = new ArrayList<>(table.fields());
        SampleData.seed(20261124L).journeys().limit(1_000).forEach(j -> {
            Problems problems = new Problems(null);
            Journey row = table.build(slots(fields, j), List.of(), problems, "", IssueCode.CSV_INVALID_RECORD);
            assertThat(problems.take()).isEmpty();
            assertThat(row).isEqualTo(j.toBuilder().legs(List.of()).build());
        });
    }

    @Test
    void journeys_withLegs_goThroughTheBuilder() {
        Table<Journey, ?> table = Tables.of(Journey.class);
        Table<Leg, ?> legs = Tables.of(Leg.class);
        List<Field<Journey, ?>> fields = new ArrayList<>(table.fields());
        List<Field<Leg, ?>> legFields = new ArrayList<>(legs.fields());
        List<Journey> withLegs = SampleData.seed(20261124L).journeys().filter(j -> !j.legs().isEmpty()).limit(1_000)
                .collect(java.util.stream.Collectors.toList());
        assertThat(withLegs).isNotEmpty();
        for (Journey j : withLegs) {
            List<Object[]> children = new ArrayList<>();
            for (Leg leg : j.legs()) {
                Object[] child = slots(legFields, leg);
                child[legs.field("journey_id").index()] = null; // nested legs leave out their journey's id
                children.add(child);
            }
            Problems problems = new Problems(null);
            Journey nested = table.build(slots(fields, j), children, problems, "", IssueCode.JSON_INVALID_RECORD);
            assertThat(problems.take()).isEmpty();
            assertThat(nested).isEqualTo(j);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Entity.class)
    void extractor_givesWhatTheFieldsGive(Entity entity) {
        List<Object> records = new ArrayList<>(records(entity, 20261125L + entity.ordinal()));
        records.addAll(rare(entity, records));
        extract(entity.recordType(), records);
    }

    /** Records with what the generator does not make: a split incident's sub-id, admin areas, group beneficiaries. */
    private static List<Object> rare(Entity entity, List<Object> records) {
        List<Object> rare = new ArrayList<>();
        AdminArea area = AdminArea.of(CountryCode.of("LBY"), 1, "LY01", "Tripoli");
        for (int i = 0; i < 100 && i < records.size(); i++) {
            Object r = records.get(i);
            if (r instanceof Incident) {
                Incident incident = (Incident) r;
                rare.add(incident.toBuilder().subId(IncidentId.of(incident.id().value() + "." + i))
                        .location(Location.of(null, area, "near the coast", null)).reportedRegion("North Africa")
                        .reportedRoute("Darien Gap").urls(List.of("https://missingmigrants.iom.int/")).build());
            } else if (r instanceof AssistanceEvent) {
                AssistanceEvent event = (AssistanceEvent) r;
                rare.add(event.toBuilder().beneficiary(Beneficiary.group(1 + i))
                        .location(Location.of(null, area, null, GeoPoint.of(32.9, 13.2))).build());
            }
        }
        return rare;
    }

    /**
     * A figure with what the generator does not make: cells of every sex and band of the columns (the age-unknown
     * cells too) in partial or complete breakdowns, with or without the declared band set or a total; the DTM
     * columns; an admin area, a place and a point.
     */
    private static PopulationFigure varied(PopulationFigure f, SplittableRandom random) {
        Breakdown.Builder b = Breakdown.builder().total(random.nextInt(4) == 0 ? null : f.total())
                .complete(random.nextBoolean()).bandSet(random.nextBoolean() ? Tables.BREAKDOWN_BANDS : null);
        List<AgeBand> bands = new ArrayList<>(Tables.BREAKDOWN_BANDS.bands());
        bands.add(null);
        for (Sex sex : Sex.values()) {
            for (AgeBand band : bands) {
                if (random.nextInt(3) == 0) {
                    b.cell(sex, band, random.nextInt(1000));
                }
            }
        }
        CountryCode country = Objects.requireNonNull(f.location().country());
        Location location = random.nextBoolean() ? f.location() : Location.of(country,
                AdminArea.of(country, 1 + random.nextInt(5), country + "0" + random.nextInt(10),
                        random.nextBoolean() ? "District " + random.nextInt(10) : null),
                random.nextBoolean() ? "Camp " + random.nextInt(10) : null,
                random.nextBoolean() ? GeoPoint.of(random.nextInt(-90, 91), random.nextInt(-180, 181)) : null);
        List<DisplacementReason> reasons = new ArrayList<>();
        for (DisplacementReason reason : DisplacementReason.values()) {
            if (random.nextInt(4) == 0) {
                reasons.add(reason);
            }
        }
        AssessmentType[] types = AssessmentType.values();
        return f.toBuilder().breakdown(b.build()).location(location)
                .edition(random.nextBoolean() ? "IMS 2024" : null)
                .round(random.nextBoolean() ? PopulationFigure.MIN_ROUND + random.nextInt(30) : null)
                .assessmentType(random.nextBoolean() ? types[random.nextInt(types.length)] : null)
                .displacementReasons(reasons).operation(random.nextBoolean() ? "Lake Chad Basin Crisis" : null)
                .build();
    }

    private static <T> void extract(Class<T> type, List<?> records) {
        Table<T, ?> table = Tables.of(type);
        // Every table whose records are made in one call has its values taken out in one call too.
        assertThat(table.hasExtractor()).isEqualTo(table.hasDirect());
        int columns = table.fields().size();
        Object stale = new Object();
        Object[] values = new Object[columns];
        Object[] expected = new Object[columns];
        boolean[] seen = new boolean[columns];
        for (int i = 0; i < records.size(); i++) {
            T record = type.cast(records.get(i));
            java.util.Arrays.fill(values, stale); // a slot the extractor forgets keeps the stale value
            table.values(record, values);
            table.valuesByField(record, expected);
            assertThat(values).as("record %d", i).containsExactly(expected);
            for (int k = 0; k < columns; k++) {
                seen[k] |= values[k] != null && !(values[k] instanceof Collection && ((Collection<?>) values[k])
                        .isEmpty());
            }
        }
        for (int k = 0; k < columns && table.hasExtractor(); k++) {
            // Each column had a value somewhere, so that the comparison covered its getter.
            assertThat(seen[k]).as(table.fields().get(k).name()).isTrue();
        }
    }

    /** The values a reader hands to the table for a record: components, or immutable lists for list columns. */
    private static <T> Object[] slots(List<Field<T, ?>> fields, T record) {
        Object[] slots = new Object[fields.size()];
        for (Field<T, ?> f : fields) {
            Object v;
            if (f.kind() == Field.Kind.TEXT) {
                v = f.value(record);
                if (v instanceof Collection) {
                    Collection<?> c = (Collection<?>) v;
                    v = c.isEmpty() ? null : List.copyOf(c);
                }
            } else {
                v = f.wire(record);
            }
            slots[f.index()] = v;
        }
        return slots;
    }

    private static List<Object> records(Entity entity, long seed) {
        SampleData data = SampleData.seed(seed);
        Stream<? extends Object> s;
        switch (entity) {
            case MIGRANT:
                s = data.migrants();
                break;
            case JOURNEY:
                s = data.journeys();
                break;
            case LEG:
                s = data.legs();
                break;
            case ASSISTANCE_EVENT:
                s = data.assistanceEvents();
                break;
            case INCIDENT:
                s = data.incidents();
                break;
            case POPULATION_FIGURE:
                SplittableRandom random = new SplittableRandom(~seed); // not the draws of the blanks and swaps
                s = data.populationFigures().map(f -> random.nextInt(3) == 0 ? varied(f, random) : f);
                break;
            default:
                s = data.remittances();
        }
        return s.limit(RECORDS).collect(java.util.stream.Collectors.<Object>toList());
    }
}
