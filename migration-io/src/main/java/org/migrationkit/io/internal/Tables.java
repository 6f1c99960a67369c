package org.migrationkit.io.internal;

import static org.migrationkit.io.schema.ColumnType.BOOLEAN;
import static org.migrationkit.io.schema.ColumnType.CODE;
import static org.migrationkit.io.schema.ColumnType.COUNTRY;
import static org.migrationkit.io.schema.ColumnType.DATE;
import static org.migrationkit.io.schema.ColumnType.DECIMAL;
import static org.migrationkit.io.schema.ColumnType.ID;
import static org.migrationkit.io.schema.ColumnType.INTEGER;
import static org.migrationkit.io.schema.ColumnType.NUMBER;
import static org.migrationkit.io.schema.ColumnType.PERIOD;
import static org.migrationkit.io.schema.ColumnType.TEXT;
import static org.migrationkit.io.schema.ColumnType.URL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.gcm.GcmObjective;
import org.migrationkit.core.geo.AdminArea;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.geo.GeoPoint;
import org.migrationkit.core.geo.Location;
import org.migrationkit.core.model.AssistanceEvent;
import org.migrationkit.core.model.AssistanceStatus;
import org.migrationkit.core.model.Beneficiary;
import org.migrationkit.core.model.CurrencyCodes;
import org.migrationkit.core.model.EventId;
import org.migrationkit.core.model.FigureId;
import org.migrationkit.core.model.FigureMeasure;
import org.migrationkit.core.model.FigureUnit;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.model.IncidentId;
import org.migrationkit.core.model.Journey;
import org.migrationkit.core.model.JourneyId;
import org.migrationkit.core.model.Leg;
import org.migrationkit.core.model.Migrant;
import org.migrationkit.core.model.MigrantId;
import org.migrationkit.core.model.PopulationFigure;
import org.migrationkit.core.model.Remittance;
import org.migrationkit.core.model.RemittanceChannel;
import org.migrationkit.core.model.RemittanceId;
import org.migrationkit.core.people.AgeBand;
import org.migrationkit.core.people.AgeBandSet;
import org.migrationkit.core.people.Breakdown;
import org.migrationkit.core.people.Sex;
import org.migrationkit.core.time.Period;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;
import org.migrationkit.core.vocab.AssistanceType;
import org.migrationkit.core.vocab.AssessmentType;
import org.migrationkit.core.vocab.CauseCategory;
import org.migrationkit.core.vocab.DisplacementReason;
import org.migrationkit.core.vocab.Facilitation;
import org.migrationkit.core.vocab.IncidentType;
import org.migrationkit.core.vocab.JourneyPurpose;
import org.migrationkit.core.vocab.JourneyStatus;
import org.migrationkit.core.vocab.MmpRegion;
import org.migrationkit.core.vocab.MmpRoute;
import org.migrationkit.core.vocab.OriginRegion;
import org.migrationkit.core.vocab.PopulationType;
import org.migrationkit.core.vocab.SpecificNeed;
import org.migrationkit.core.vocab.TransportMode;
import org.migrationkit.io.schema.Column;
import org.migrationkit.io.schema.ColumnType;
import org.migrationkit.io.schema.Entity;

/**
 * The tables of the entities: every column of every entity, described once, bound to its record component.
 * HXL tags follow domain-standards §3 (core hashtags and attributes where one fits, the HDX conventions
 * {@code #route}, {@code #population_group}, {@code #gender} where MMP and HDX HAPI use them, {@code #x_} hashtags
 * where HXL has none).
 */
public final class Tables {
    /** The pattern of a reported date's canonical text (anchors are added by the JSON Schema writer). */
    public static final String DATE_PATTERN = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?";
    private static final String PERIOD_PATTERN = DATE_PATTERN + "(/" + DATE_PATTERN + ")?";

    /** The band set whose bands the flattened breakdown columns of population figures cover. */
    public static final AgeBandSet BREAKDOWN_BANDS = AgeBandSet.UNHCR;

    /**
     * The tables made so far, by entity ordinal: each is made when first asked for, so that a process reading one
     * entity does not pay for describing the other six (a third of a one-table read's start-up, with the compilation
     * of what that runs). Written under the class lock, read without it: a table is immutable once made.
     */
    private static final AtomicReferenceArray<Table<?, ?>> TABLES = new AtomicReferenceArray<>(Entity.values().length);

    private Tables() {
    }

    /**
     * Returns the table of an entity.
     *
     * @param entity the entity
     * @return the table
     */
    public static Table<?, ?> of(Entity entity) {
        Table<?, ?> t = TABLES.get(entity.ordinal());
        return t != null ? t : make(entity);
    }

    private static synchronized Table<?, ?> make(Entity entity) {
        Table<?, ?> t = TABLES.get(entity.ordinal());
        if (t != null) {
            return t;
        }
        switch (entity) {
            case MIGRANT:
                t = migrants();
                break;
            case JOURNEY:
                t = journeys(legTable());
                break;
            case LEG:
                t = legs();
                break;
            case INCIDENT:
                t = incidents();
                break;
            case POPULATION_FIGURE:
                t = figures();
                break;
            case ASSISTANCE_EVENT:
                t = events();
                break;
            case REMITTANCE:
                t = remittances();
                break;
            default:
                throw new IllegalArgumentException("No table for " + entity);
        }
        TABLES.set(entity.ordinal(), t);
        return t;
    }

    // The journeys' nested legs are the legs table itself.
    @SuppressWarnings("unchecked")
    private static Table<Leg, Leg.Builder> legTable() {
        return (Table<Leg, Leg.Builder>) of(Entity.LEG);
    }

    /**
     * Returns the table whose records are of the given type.
     *
     * @param type a record type of the model
     * @param <T> the record type
     * @return the table
     * @throws IllegalArgumentException if the type has no table
     */
    // The map holds each entity's table under the entity whose recordType() is the table's record type.
    @SuppressWarnings("unchecked")
    public static <T> Table<T, ?> of(Class<T> type) {
        Entity e = Entity.findByRecordType(type).orElseThrow(() -> new IllegalArgumentException(type.getName()
                + " has no table: use one of the records " + java.util.Arrays.stream(Entity.values())
                        .map(x -> x.recordType().getSimpleName()).collect(Collectors.joining(", ")) + "."));
        return (Table<T, ?>) of(e);
    }

    // ---- column helpers

    private static Column.Builder col(String name, ColumnType type, String description) {
        Column.Builder b = Column.builder(name, type).description(description);
        if (type == DATE) {
            b.pattern(DATE_PATTERN);
        } else if (type == PERIOD) {
            b.pattern(PERIOD_PATTERN);
        } else if (type == COUNTRY) {
            b.allowedValues(CountryCode.all().stream().map(CountryCode::toString).collect(Collectors.toList()));
        } else if (type == ID) {
            // Ids may be a partner's raw case numbers: never shown in reports (DESIGN §10).
            b.sensitive();
        }
        return b;
    }

    private static <T, B> Field<T, B> plainText(Column.Builder c, Function<T, @Nullable String> get,
            @Nullable BiConsumer<B, String> set) {
        return Field.text(c.build(), get, s -> s, Field.PLAIN, List.of(), set);
    }

    private static <T, B> Field<T, B> country(Column.Builder c, Function<T, @Nullable CountryCode> get,
            @Nullable BiConsumer<B, CountryCode> set) {
        return Field.text(c.build(), get, CountryCode::toString, CountryCode::lookup, CountryCode.all(), set);
    }

    private static <T, B> Field<T, B> date(Column.Builder c, Function<T, @Nullable ReportedDate> get,
            BiConsumer<B, ReportedDate> set) {
        return Field.text(c.build(), get, ReportedDate::toString, ReportedDate::lookup, List.of(), set);
    }

    private static <T, B, E extends Enum<E>> Field<T, B> code(Column.Builder c, E[] values,
            Function<E, String> code, Function<CharSequence, Lookup<E>> lookup, Function<T, @Nullable E> get,
            @Nullable BiConsumer<B, E> set) {
        c.allowedValues(codes(values, code));
        return Field.text(c.build(), get, code, lookup, List.of(values), set);
    }

    private static <T, B, E extends Enum<E>> Field<T, B> codes(Column.Builder c, E[] values,
            Function<E, String> code, Function<CharSequence, Lookup<E>> lookup, Function<T, ? extends Set<E>> get,
            BiConsumer<B, List<E>> set) {
        c.list().allowedValues(codes(values, code));
        return Field.textList(c.build(), get, code, lookup, List.of(values), set);
    }

    private static <E> List<String> codes(E[] values, Function<E, String> code) {
        List<String> codes = new ArrayList<>(values.length);
        for (E e : values) {
            codes.add(code.apply(e));
        }
        return codes;
    }

    private static <T, B> Field<T, B> count(String name, String hxl, String description, Function<T, @Nullable Integer> get,
            @Nullable BiConsumer<B, Integer> set) {
        return Field.integer(col(name, INTEGER, description).hxl(hxl).unit("people").range(0L, null).build(), get,
                set);
    }

    /**
     * The seven columns of a location: country, admin area (level, p-code, name), place text and point.
     * A composite makes the {@link Location}; no column set means no location.
     *
     * @return the seven columns' slots, for a direct factory and an extractor
     */
    private static <T, B> Place location(Table.Builder<T, B> t, Function<T, @Nullable Location> get,
            BiConsumer<B, Location> set, boolean countryRequired, String what) {
        t.component("location", "latitude"); // a point outside its country: located at the point
        Column.Builder country = col("country", COUNTRY, "The country " + what + ", ISO 3166-1 alpha-3.")
                .hxl("#country+code");
        if (countryRequired) {
            country.required();
        }
        t.add(country(country, r -> {
            Location l = get.apply(r);
            return l == null ? null : l.country();
        }, null));
        t.add(Field.integer(col("adm_level", INTEGER, "The administrative level of the area " + what
                + ", 1 to 5 (0 is the country); given with adm_pcode or adm_name.").hxl("#adm+level").range(1L, 5L)
                .build(), r -> {
                    AdminArea a = admin(get.apply(r));
                    return a == null ? null : a.level();
                }, null));
        t.add(plainText(col("adm_pcode", TEXT, "The p-code of the administrative area " + what + ".")
                .hxl("#adm+code"), r -> {
                    AdminArea a = admin(get.apply(r));
                    return a == null ? null : a.pcode();
                }, null));
        t.add(plainText(col("adm_name", TEXT, "The name of the administrative area " + what + ", as the source "
                + "writes it.").hxl("#adm+name"), r -> {
                    AdminArea a = admin(get.apply(r));
                    return a == null ? null : a.name();
                }, null));
        t.add(plainText(col("place", TEXT, "The place " + what + " in words, as the source writes it.")
                .hxl("#loc+name").aliases("location_description"), r -> {
                    Location l = get.apply(r);
                    return l == null ? null : l.place();
                }, null));
        t.add(Field.number(col("latitude", NUMBER, "The WGS84 latitude " + what + ", -90 to 90; given with "
                + "longitude.").hxl("#geo+lat").unit("degrees").range(-90L, 90L).build(), r -> {
                    GeoPoint p = point(get.apply(r));
                    return p == null ? null : p.latitude();
                }, null));
        t.add(Field.number(col("longitude", NUMBER, "The WGS84 longitude " + what + ", -180 to 180; given with "
                + "latitude.").hxl("#geo+lon").unit("degrees").range(-180L, 180L).build(), r -> {
                    GeoPoint p = point(get.apply(r));
                    return p == null ? null : p.longitude();
                }, null));
        Place location = new Place(t);
        t.composite((b, s) -> {
            Location l = location.in(s.values());
            if (l != null) {
                set.accept(b, l);
            }
        });
        return location;
    }

    /** The slots of a table's seven location columns. */
    private static final class Place {
        private final Table.Slot<CountryCode> country;
        private final Table.Slot<Integer> level;
        private final Table.Slot<String> pcode;
        private final Table.Slot<String> name;
        private final Table.Slot<String> place;
        private final Table.Slot<Double> lat;
        private final Table.Slot<Double> lon;

        Place(Table.Builder<?, ?> t) {
            country = t.slot("country", CountryCode.class);
            level = t.slot("adm_level", Integer.class);
            pcode = t.slot("adm_pcode", String.class);
            name = t.slot("adm_name", String.class);
            place = t.slot("place", String.class);
            lat = t.slot("latitude", Double.class);
            lon = t.slot("longitude", Double.class);
        }

        /** The location of a record's read values; null when none of the columns is set. */
        @Nullable Location in(Object[] s) {
            return location(country.in(s), level.in(s), pcode.in(s), name.in(s), place.in(s), lat.in(s), lon.in(s));
        }

        /** A record's location as the seven columns' values. */
        void out(Object[] s, @Nullable Location l) {
            AdminArea a = admin(l);
            GeoPoint p = point(l);
            country.out(s, l == null ? null : l.country());
            level.out(s, a == null ? null : a.level());
            pcode.out(s, a == null ? null : a.pcode());
            name.out(s, a == null ? null : a.name());
            place.out(s, l == null ? null : l.place());
            lat.out(s, p == null ? null : p.latitude());
            lon.out(s, p == null ? null : p.longitude());
        }
    }

    // An EnumSet, as the record keeps: a LinkedHashSet here cost a hash map per event, and its map calls made C2
    // recompile the row-typing loop when other code's maps were of another class.
    private static Set<GcmObjective> objectiveSet(@Nullable List<GcmObjective> objectives) {
        return objectives == null || objectives.isEmpty() ? Set.of() : EnumSet.copyOf(objectives);
    }

    /** The location of a record's seven location columns; null when none is set. */
    private static @Nullable Location location(@Nullable CountryCode c, @Nullable Integer level,
            @Nullable String pcode, @Nullable String name, @Nullable String place, @Nullable Double lat,
            @Nullable Double lon) {
        AdminArea admin = null;
        if (level != null || pcode != null || name != null) {
            if (level == null) {
                throw new IllegalArgumentException("adm_pcode or adm_name is given without adm_level: give the "
                        + "administrative level, 1 to 5.");
            }
            if (c == null) {
                throw new IllegalArgumentException("an administrative area is given without country: give the "
                        + "country it lies in.");
            }
            admin = AdminArea.of(c, level, pcode, name);
        }
        GeoPoint point = null;
        if (lat != null || lon != null) {
            if (lat == null || lon == null) {
                throw new IllegalArgumentException("latitude and longitude go together: give both or neither.");
            }
            point = GeoPoint.of(lat, lon);
        }
        if (c != null || admin != null || place != null || point != null) {
            return Location.of(c, admin, place, point);
        }
        return null;
    }

    /** The beneficiary of an event's two columns: a person or a group, exactly one. */
    private static Beneficiary beneficiary(@Nullable MigrantId person, @Nullable Integer group) {
        if (person != null && group != null) {
            throw new IllegalArgumentException("beneficiary_id and beneficiary_count are both given: give "
                    + "beneficiary_id for one person or beneficiary_count for a group.");
        }
        if (person == null && group == null) {
            throw new IllegalArgumentException("no beneficiary: give beneficiary_id for one person or "
                    + "beneficiary_count for a group.");
        }
        return person != null ? Beneficiary.person(person) : Beneficiary.group(Objects.requireNonNull(group));
    }

    private static @Nullable AdminArea admin(@Nullable Location l) {
        return l == null ? null : l.adminArea();
    }

    private static @Nullable GeoPoint point(@Nullable Location l) {
        return l == null ? null : l.point();
    }

    // ---- the tables

    private static Table<Migrant, Migrant.Builder> migrants() {
        Table.Builder<Migrant, Migrant.Builder> t = Table.builder(Entity.MIGRANT, Migrant::builder,
                Migrant.Builder::build);
        t.add(Field.id(col("id", ID, "The migrant's pseudonymous id (never a name or a document number).")
                .hxl("#beneficiary+id").required().build(), Migrant::id, MigrantId::toString, MigrantId::lookup,
                MigrantId::new, Migrant.Builder::id));
        t.add(code(col("sex", CODE, "The sex; unknown when the source says so, empty when not recorded.")
                .hxl("#gender+code"), Sex.values(), Sex::code, Sex::lookup, Migrant::sex, Migrant.Builder::sex));
        t.add(Field.integer(col("age", INTEGER, "The age in whole years, 0 to 130.").hxl("#age+num").unit("years")
                .range(0L, (long) Migrant.MAX_AGE).build(), Migrant::age, Migrant.Builder::age));
        t.add(Field.integer(col("birth_year", INTEGER, "The year of birth (never a full date).")
                .hxl("#date+year+birth").unit("year").range((long) Migrant.MIN_BIRTH_YEAR,
                        (long) Migrant.MAX_BIRTH_YEAR).build(), Migrant::birthYear, Migrant.Builder::birthYear));
        t.add(Field.textList(col("nationalities", COUNTRY, "The nationalities, the primary one first.").list()
                .hxl("#country+code+nationality").build(), Migrant::nationalities, CountryCode::toString,
                CountryCode::lookup, CountryCode.all(), Migrant.Builder::nationalities));
        t.add(country(col("country_of_birth", COUNTRY, "The country of birth.").hxl("#country+code+birth"),
                Migrant::countryOfBirth, Migrant.Builder::countryOfBirth));
        t.add(codes(col("population_types", CODE, "The population types the person belongs to: UNHCR codes "
                + "(REF, ASY, IDP, ...) or the library's migrant groups.").hxl("#population_group+code"),
                PopulationType.values(), PopulationType::code, PopulationType::lookup, Migrant::populationTypes,
                Migrant.Builder::populationTypes));
        t.add(codes(col("specific_needs", CODE, "The UNHCR proGres specific needs recorded.").hxl("#need+code"),
                SpecificNeed.values(), SpecificNeed::code, SpecificNeed::lookup, Migrant::specificNeeds,
                Migrant.Builder::specificNeeds));
        t.add(Field.bool(col("unaccompanied", BOOLEAN, "Whether the person is an unaccompanied or separated "
                + "child.").hxl("#beneficiary+unaccompanied").build(), Migrant::unaccompanied,
                Migrant.Builder::unaccompanied));
        t.primaryKey("id");
        Table.Slot<MigrantId> id = t.slot("id", MigrantId.class);
        Table.Slot<Sex> sex = t.slot("sex", Sex.class);
        Table.Slot<Integer> age = t.slot("age", Integer.class);
        Table.Slot<Integer> birthYear = t.slot("birth_year", Integer.class);
        Table.Slot<List<CountryCode>> nationalities = t.listSlot("nationalities", CountryCode.class);
        Table.Slot<CountryCode> birth = t.slot("country_of_birth", CountryCode.class);
        Table.Slot<List<PopulationType>> types = t.listSlot("population_types", PopulationType.class);
        Table.Slot<List<SpecificNeed>> needs = t.listSlot("specific_needs", SpecificNeed.class);
        Table.Slot<Boolean> unaccompanied = t.slot("unaccompanied", Boolean.class);
        t.direct(s -> new Migrant(Objects.requireNonNull(id.in(s), "id"), sex.in(s), age.in(s), birthYear.in(s),
                nationalities.in(s, List.of()), birth.in(s), Set.copyOf(types.in(s, List.of())),
                Set.copyOf(needs.in(s, List.of())), unaccompanied.in(s)));
        t.extract((r, s) -> {
            id.out(s, r.id());
            sex.out(s, r.sex());
            age.out(s, r.age());
            birthYear.out(s, r.birthYear());
            nationalities.out(s, r.nationalities());
            birth.out(s, r.countryOfBirth());
            types.out(s, r.populationTypes());
            needs.out(s, r.specificNeeds());
            unaccompanied.out(s, r.unaccompanied());
        });
        return t.build();
    }

    private static Table<Leg, Leg.Builder> legs() {
        Table.Builder<Leg, Leg.Builder> t = Table.builder(Entity.LEG, Leg::builder, Leg.Builder::build);
        t.add(Field.id(col("journey_id", ID, "The journey the leg belongs to (journeys.id).")
                .hxl("#x_journey+id").required().build(), Leg::journey, JourneyId::toString, JourneyId::lookup,
                JourneyId::new, Leg.Builder::journey));
        t.add(Field.integer(col("sequence", INTEGER, "The leg's place in its journey: 1, 2, 3, ... in travel order.")
                .hxl("#x_leg+num").required().range(1L, null).build(), Leg::sequence, Leg.Builder::sequence));
        t.add(country(col("origin", COUNTRY, "The country the leg starts in.").hxl("#country+code+origin")
                .required(), Leg::origin, Leg.Builder::origin));
        t.add(country(col("destination", COUNTRY, "The country the leg ends in.").hxl("#country+code+dest")
                .required(), Leg::destination, Leg.Builder::destination));
        t.add(date(col("departed", DATE, "When the leg started, at the precision reported.").hxl("#date+start"),
                Leg::departed, Leg.Builder::departed));
        t.add(date(col("arrived", DATE, "When the leg ended, at the precision reported; empty if not arrived yet.")
                .hxl("#date+end"), Leg::arrived, Leg.Builder::arrived));
        t.add(code(col("transport", CODE, "The main means of transport.").hxl("#x_transport+code"),
                TransportMode.values(), TransportMode::code, TransportMode::lookup, Leg::transport,
                Leg.Builder::transport));
        t.add(code(col("facilitation", CODE, "Who organised the travel.").hxl("#x_facilitation+code"),
                Facilitation.values(), Facilitation::code, Facilitation::lookup, Leg::facilitation,
                Leg.Builder::facilitation));
        t.primaryKey("journey_id", "sequence");
        t.foreignKey("journey_id", Entity.JOURNEY, "id");
        Table.Slot<JourneyId> journey = t.slot("journey_id", JourneyId.class);
        Table.Slot<Integer> sequence = t.slot("sequence", Integer.class);
        Table.Slot<CountryCode> origin = t.slot("origin", CountryCode.class);
        Table.Slot<CountryCode> destination = t.slot("destination", CountryCode.class);
        Table.Slot<ReportedDate> departed = t.slot("departed", ReportedDate.class);
        Table.Slot<ReportedDate> arrived = t.slot("arrived", ReportedDate.class);
        Table.Slot<TransportMode> transport = t.slot("transport", TransportMode.class);
        Table.Slot<Facilitation> facilitation = t.slot("facilitation", Facilitation.class);
        t.direct(s -> new Leg(Objects.requireNonNull(journey.in(s), "journey"), sequence.in(s, 0),
                Objects.requireNonNull(origin.in(s), "origin"), Objects.requireNonNull(destination.in(s),
                        "destination"), departed.in(s), arrived.in(s), transport.in(s), facilitation.in(s)));
        t.extract((r, s) -> {
            journey.out(s, r.journey());
            sequence.out(s, r.sequence());
            origin.out(s, r.origin());
            destination.out(s, r.destination());
            departed.out(s, r.departed());
            arrived.out(s, r.arrived());
            transport.out(s, r.transport());
            facilitation.out(s, r.facilitation());
        });
        return t.build();
    }

    private static Table<Journey, Journey.Builder> journeys(Table<Leg, Leg.Builder> legs) {
        Table.Builder<Journey, Journey.Builder> t = Table.builder(Entity.JOURNEY, Journey::builder,
                Journey.Builder::build);
        t.add(Field.id(col("id", ID, "The journey's pseudonymous id.").hxl("#x_journey+id").required().build(),
                Journey::id, JourneyId::toString, JourneyId::lookup, JourneyId::new, Journey.Builder::id));
        t.add(Field.id(col("migrant_id", ID, "The migrant who travels (migrants.id).").hxl("#beneficiary+id")
                .required().build(), Journey::migrant, MigrantId::toString, MigrantId::lookup, MigrantId::new,
                Journey.Builder::migrant));
        t.add(country(col("origin", COUNTRY, "The country the journey starts from.").hxl("#country+code+origin"),
                Journey::origin, Journey.Builder::origin));
        t.add(country(col("destination", COUNTRY, "The country the journey aims at.").hxl("#country+code+dest"),
                Journey::destination, Journey.Builder::destination));
        t.add(code(col("route", CODE, "The Missing Migrants Project route the journey follows.")
                .hxl("#route+name"), MmpRoute.values(), MmpRoute::code, MmpRoute::lookup, Journey::route,
                Journey.Builder::route));
        t.add(code(col("purpose", CODE, "Why the journey is made.").hxl("#x_purpose+code"), JourneyPurpose.values(),
                JourneyPurpose::code, JourneyPurpose::lookup, Journey::purpose, Journey.Builder::purpose));
        t.add(code(col("status", CODE, "Where the journey stands.").hxl("#status+code"), JourneyStatus.values(),
                JourneyStatus::code, JourneyStatus::lookup, Journey::status, Journey.Builder::status));
        t.primaryKey("id");
        t.foreignKey("migrant_id", Entity.MIGRANT, "id");
        t.nest("legs", legs, "journey_id", "id", Journey::legs, Journey.Builder::legs);
        Table.Slot<JourneyId> id = t.slot("id", JourneyId.class);
        Table.Slot<MigrantId> migrant = t.slot("migrant_id", MigrantId.class);
        Table.Slot<CountryCode> origin = t.slot("origin", CountryCode.class);
        Table.Slot<CountryCode> destination = t.slot("destination", CountryCode.class);
        Table.Slot<MmpRoute> route = t.slot("route", MmpRoute.class);
        Table.Slot<JourneyPurpose> purpose = t.slot("purpose", JourneyPurpose.class);
        Table.Slot<JourneyStatus> status = t.slot("status", JourneyStatus.class);
        // A journey without nested legs (a journeys.csv row): Table.build goes through the builder when it has legs.
        t.direct(s -> new Journey(Objects.requireNonNull(id.in(s), "id"),
                Objects.requireNonNull(migrant.in(s), "migrant"), origin.in(s), destination.in(s), List.of(),
                route.in(s), purpose.in(s), status.in(s)));
        // The journey's own columns: writers take the legs from the nest.
        t.extract((r, s) -> {
            id.out(s, r.id());
            migrant.out(s, r.migrant());
            origin.out(s, r.origin());
            destination.out(s, r.destination());
            route.out(s, r.route());
            purpose.out(s, r.purpose());
            status.out(s, r.status());
        });
        return t.build();
    }

    private static Table<Incident, Incident.Builder> incidents() {
        Table.Builder<Incident, Incident.Builder> t = Table.builder(Entity.INCIDENT, Incident::builder,
                Incident.Builder::build);
        t.component("dead", "number_dead").component("missing", "number_missing")
                .component("total", "total_dead_and_missing").component("survivors", "number_of_survivors")
                .component("females", "number_of_females").component("males", "number_of_males")
                .component("children", "number_of_children");
        // Public MMP ids (2014.MMP00001) are not about a person: not sensitive, unlike the pseudonymous ids.
        t.add(Field.id(Column.builder("id", ID).description("The Missing Migrants Project record id: Main ID or "
                + "web_id, e.g. 2014.MMP00001 (repeated by the rows of a split incident).").hxl("#event+id")
                .required().aliases("main_id", "web_id").build(), Incident::id, IncidentId::toString,
                IncidentId::lookup, IncidentId::new, Incident.Builder::id));
        t.add(Field.id(Column.builder("sub_id", ID).description("The Incident ID of one row of a split incident.")
                .hxl("#event+id+split").aliases("incident_id").build(), Incident::subId, IncidentId::toString,
                IncidentId::lookup, IncidentId::new, Incident.Builder::subId));
        t.add(code(col("kind", CODE, "Incident, split incident or cumulative incident.").hxl("#event+type")
                .required().aliases("incident_type"), IncidentType.values(), IncidentType::code,
                IncidentType::lookup, Incident::kind, Incident.Builder::kind));
        t.add(date(col("date", DATE, "The incident date, at the precision reported.").hxl("#date+occurred")
                .aliases("incident_date", "reported_date"), Incident::date, Incident.Builder::date));
        Place location = location(t, Incident::location, Incident.Builder::location, false, "of the incident");
        t.add(code(col("region", CODE, "The Missing Migrants Project region of incident.").hxl("#region+name")
                .aliases("region_of_incident"), MmpRegion.values(), MmpRegion::code, MmpRegion::lookup,
                Incident::region, Incident.Builder::region));
        t.add(code(col("route", CODE, "The Missing Migrants Project migration route.").hxl("#route+name")
                .aliases("migration_route"), MmpRoute.values(), MmpRoute::code, MmpRoute::lookup, Incident::route,
                Incident.Builder::route));
        t.add(plainText(col("reported_region", TEXT, "The region of incident as the source wrote it, when that is not "
                + "the region's current name (e.g. the legacy North Africa).").hxl("#region+description"),
                Incident::reportedRegion, Incident.Builder::reportedRegion));
        t.add(plainText(col("reported_route", TEXT, "The migration route as the source wrote it, when that is not "
                + "the route's current name (e.g. the legacy Darien Gap).").hxl("#route+description"),
                Incident::reportedRoute, Incident.Builder::reportedRoute));
        t.add(Field.textList(col("causes", CODE, "The cause-of-death categories, in the order given.").list()
                .hxl("#cause+type").allowedValues(codes(CauseCategory.values(), CauseCategory::code)).build(),
                Incident::causes, CauseCategory::code, CauseCategory::lookup, List.of(CauseCategory.values()),
                Incident.Builder::causes));
        t.add(plainText(col("reported_cause", TEXT, "The cause as reported, in free text.").hxl("#cause+description")
                .sensitive().aliases("cause_death"), Incident::reportedCause, Incident.Builder::reportedCause));
        t.add(count("number_dead", "#affected+killed", "The number of dead (bodies recovered).", Incident::dead,
                Incident.Builder::dead));
        t.add(count("number_missing", "#affected+missing", "The minimum estimated number of missing.",
                Incident::missing, Incident.Builder::missing));
        t.add(count("total_dead_and_missing", "#affected+killed+missing+total", "The total of dead and missing as "
                + "the source gives it.", Incident::total, Incident.Builder::total));
        t.add(count("number_of_survivors", "#affected+survivors", "The number of survivors (outside the total).",
                Incident::survivors, Incident.Builder::survivors));
        t.add(Field.integer(col("number_of_females", INTEGER, "The number of females among the dead and missing "
                + "(partial).").hxl("#affected+f").unit("people").range(0L, null).aliases("number_of_female").build(),
                Incident::females, Incident.Builder::females));
        t.add(Field.integer(col("number_of_males", INTEGER, "The number of males among the dead and missing "
                + "(partial).").hxl("#affected+m").unit("people").range(0L, null).aliases("number_of_male").build(),
                Incident::males, Incident.Builder::males));
        t.add(count("number_of_children", "#affected+children", "The number of children among the dead and "
                + "missing (partial).", Incident::children, Incident.Builder::children));
        t.add(Field.textList(col("origin_countries", COUNTRY, "The countries of origin.").list()
                .hxl("#country+code+origin").build(), Incident::originCountries, CountryCode::toString,
                CountryCode::lookup, CountryCode.all(), Incident.Builder::originCountries));
        t.add(Field.text(col("origin_region", TEXT, "The region of origin; \" (P)\" marks a presumed origin, "
                + "e.g. \"Eastern Africa (P)\".").hxl("#region+name+origin").aliases("region_of_origin").build(),
                Incident::originRegion, OriginRegion::toString, OriginRegion::lookup, List.of(),
                Incident.Builder::originRegion));
        t.add(Field.textList(col("sources", TEXT, "The information sources, in the order given.").list()
                .hxl("#meta+source").build(), Incident::sources, s -> s, Field.PLAIN, List.of(),
                Incident.Builder::sources));
        t.add(Field.textList(col("urls", URL, "The source URLs, as given.").list().hxl("#meta+url").build(),
                Incident::urls, s -> s, Field.PLAIN, List.of(), Incident.Builder::urls));
        t.add(Field.integer(col("source_quality", INTEGER, "The Missing Migrants Project source quality, 1 to 5 "
                + "(higher is more authoritative).").hxl("#meta+source+quality")
                .range((long) Incident.MIN_SOURCE_QUALITY, (long) Incident.MAX_SOURCE_QUALITY).build(),
                Incident::sourceQuality, Incident.Builder::sourceQuality));
        // No primary key (the rows of a split incident share its id, and sub_id is optional), but an id with its
        // sub_id names one row: MMP's Main ID and Incident ID (domain-standards §1.3).
        t.duplicateKey("id", "sub_id");
        Table.Slot<IncidentId> id = t.slot("id", IncidentId.class);
        Table.Slot<IncidentId> subId = t.slot("sub_id", IncidentId.class);
        Table.Slot<IncidentType> kind = t.slot("kind", IncidentType.class);
        Table.Slot<ReportedDate> date = t.slot("date", ReportedDate.class);
        Table.Slot<MmpRegion> region = t.slot("region", MmpRegion.class);
        Table.Slot<MmpRoute> route = t.slot("route", MmpRoute.class);
        Table.Slot<String> reportedRegion = t.slot("reported_region", String.class);
        Table.Slot<String> reportedRoute = t.slot("reported_route", String.class);
        Table.Slot<List<CauseCategory>> causes = t.listSlot("causes", CauseCategory.class);
        Table.Slot<String> reportedCause = t.slot("reported_cause", String.class);
        Table.Slot<Integer> dead = t.slot("number_dead", Integer.class);
        Table.Slot<Integer> missing = t.slot("number_missing", Integer.class);
        Table.Slot<Integer> total = t.slot("total_dead_and_missing", Integer.class);
        Table.Slot<Integer> survivors = t.slot("number_of_survivors", Integer.class);
        Table.Slot<Integer> females = t.slot("number_of_females", Integer.class);
        Table.Slot<Integer> males = t.slot("number_of_males", Integer.class);
        Table.Slot<Integer> children = t.slot("number_of_children", Integer.class);
        Table.Slot<List<CountryCode>> originCountries = t.listSlot("origin_countries", CountryCode.class);
        Table.Slot<OriginRegion> originRegion = t.slot("origin_region", OriginRegion.class);
        Table.Slot<List<String>> sources = t.listSlot("sources", String.class);
        Table.Slot<List<String>> urls = t.listSlot("urls", String.class);
        Table.Slot<Integer> sourceQuality = t.slot("source_quality", Integer.class);
        t.direct(s -> {
            Location l = location.in(s); // first, as the builder's composite comes before its build
            return new Incident(Objects.requireNonNull(id.in(s), "id"), subId.in(s),
                    kind.in(s, IncidentType.INCIDENT), date.in(s), l, region.in(s), route.in(s),
                    reportedRegion.in(s), reportedRoute.in(s), causes.in(s, List.of()), reportedCause.in(s),
                    dead.in(s), missing.in(s), total.in(s), survivors.in(s), females.in(s), males.in(s),
                    children.in(s), originCountries.in(s, List.of()), originRegion.in(s), sources.in(s, List.of()),
                    urls.in(s, List.of()), sourceQuality.in(s));
        });
        t.extract((r, s) -> {
            id.out(s, r.id());
            subId.out(s, r.subId());
            kind.out(s, r.kind());
            date.out(s, r.date());
            location.out(s, r.location());
            region.out(s, r.region());
            route.out(s, r.route());
            reportedRegion.out(s, r.reportedRegion());
            reportedRoute.out(s, r.reportedRoute());
            causes.out(s, r.causes());
            reportedCause.out(s, r.reportedCause());
            dead.out(s, r.dead());
            missing.out(s, r.missing());
            total.out(s, r.total());
            survivors.out(s, r.survivors());
            females.out(s, r.females());
            males.out(s, r.males());
            children.out(s, r.children());
            originCountries.out(s, r.originCountries());
            originRegion.out(s, r.originRegion());
            sources.out(s, r.sources());
            urls.out(s, r.urls());
            sourceQuality.out(s, r.sourceQuality());
        });
        return t.build();
    }

    /** The column name of one breakdown cell: {@code female_0_4}, {@code male_60_plus}, {@code other_age_unknown}. */
    public static String cellColumn(Sex sex, @Nullable AgeBand band) {
        String prefix = sex == Sex.UNKNOWN ? "sex_unknown" : sex.code();
        if (band == null) {
            return prefix + "_age_unknown";
        }
        Integer max = band.max();
        return prefix + "_" + band.min() + (max == null ? "_plus" : "_" + max);
    }

    private static String cellHxl(Sex sex, @Nullable AgeBand band) {
        String sexAttribute = sex == Sex.FEMALE ? "+f" : sex == Sex.MALE ? "+m" : sex == Sex.OTHER ? "+i"
                : "+unknown_sex";
        if (band == null) {
            return "#population" + sexAttribute + "+unknown_age";
        }
        Integer max = band.max();
        return "#population" + sexAttribute + "+age_" + band.min() + (max == null ? "" : "_" + max);
    }

    private static Table<PopulationFigure, PopulationFigure.Builder> figures() {
        Table.Builder<PopulationFigure, PopulationFigure.Builder> t = Table.builder(Entity.POPULATION_FIGURE,
                PopulationFigure::builder, PopulationFigure.Builder::build);
        t.component("breakdown", "total"); // a breakdown that does not add up: located at the total it misses
        t.add(Field.id(col("id", ID, "The figure's id.").hxl("#x_figure+id").required().build(),
                PopulationFigure::id, FigureId::toString, FigureId::lookup, FigureId::new,
                PopulationFigure.Builder::id));
        t.add(code(col("population_type", CODE, "Who is counted: a UNHCR population type or one of the library's "
                + "migrant groups.").hxl("#population_group+code").required(), PopulationType.values(),
                PopulationType::code, PopulationType::lookup, PopulationFigure::populationType,
                PopulationFigure.Builder::populationType));
        Place location = location(t, PopulationFigure::location, PopulationFigure.Builder::location, true,
                "where the people are counted (for UNHCR figures, the country of asylum)");
        t.add(country(col("origin", COUNTRY, "The country of origin, when the figure is by origin.")
                .hxl("#country+code+origin"), PopulationFigure::origin, PopulationFigure.Builder::origin));
        t.add(Field.text(col("period", PERIOD, "When: one reported date (a day, month or year) or start/end.")
                .hxl("#date+period").required().build(), PopulationFigure::period, Period::toString, Period::lookup,
                List.of(), PopulationFigure.Builder::period));
        t.add(code(col("unit", CODE, "What is counted: individuals or households.").hxl("#meta+unit").required(),
                FigureUnit.values(), FigureUnit::code, FigureUnit::lookup, PopulationFigure::unit,
                PopulationFigure.Builder::unit));
        t.add(code(col("measure", CODE, "What is measured: people present, arrived, departed, ...")
                .hxl("#meta+measure").required(), FigureMeasure.values(), FigureMeasure::code, FigureMeasure::lookup,
                PopulationFigure::measure, PopulationFigure.Builder::measure));
        t.add(plainText(col("source", TEXT, "The organisation that published the figure, e.g. UNHCR.")
                .hxl("#meta+source").required(), PopulationFigure::source, PopulationFigure.Builder::source));
        t.add(plainText(col("edition", TEXT, "The edition of the source, e.g. IMS 2024.").hxl("#meta+edition"),
                PopulationFigure::edition, PopulationFigure.Builder::edition));
        // DTM figures (domain-standards §2.2): the API's roundNumber, assessmentType, displacementReason, operation.
        t.add(Field.integer(col("round", INTEGER, "The data-collection round (DTM roundNumber), 1 or more.")
                .hxl("#round+code").range((long) PopulationFigure.MIN_ROUND, null).aliases("round_number")
                .build(), PopulationFigure::round, PopulationFigure.Builder::round));
        t.add(code(col("assessment_type", CODE, "The kind of DTM assessment: BA baseline, ETT emergency/event "
                + "tracking, SA site assessment.").hxl("#assessment+type"), AssessmentType.values(),
                AssessmentType::code, AssessmentType::lookup, PopulationFigure::assessmentType,
                PopulationFigure.Builder::assessmentType));
        t.add(Field.textList(col("displacement_reasons", CODE, "Why the people were displaced, in the order given.")
                .list().hxl("#cause+type").aliases("displacement_reason")
                .allowedValues(codes(DisplacementReason.values(), DisplacementReason::code)).build(),
                PopulationFigure::displacementReasons, DisplacementReason::code, DisplacementReason::lookup,
                List.of(DisplacementReason.values()), PopulationFigure.Builder::displacementReasons));
        t.add(plainText(col("operation", TEXT, "The DTM operation, e.g. Lake Chad Basin Crisis.")
                .hxl("#operation+name"), PopulationFigure::operation, PopulationFigure.Builder::operation));
        // The breakdown, flattened (domain-standards §4: UNHCR demographics columns Female_0_4 ... Male_60).
        t.add(Field.integer(col("total", INTEGER, "The figure: the total number counted.").hxl("#population+total")
                .unit("people").range(0L, null).build(), r -> r.breakdown().total(), null));
        t.add(Field.bool(col("breakdown_complete", BOOLEAN, "Whether the sex and age columns cover everyone in the "
                + "total (true) or only those whose sex and age are known (false, the default).")
                .hxl("#meta+complete").build(), r -> r.breakdown().isComplete(), null));
        t.add(Field.text(col("age_band_set", CODE, "The age band set the breakdown is declared to use; empty when "
                + "none is declared.").hxl("#meta+age_band_set").allowedValues(List.of(BREAKDOWN_BANDS.id())).build(),
                r -> r.breakdown().bandSet(), AgeBandSet::id,
                text -> AgeBandSet.findById(text.toString()).filter(s -> s.equals(BREAKDOWN_BANDS))
                        .map(Lookup::found).orElseGet(() -> Lookup.miss(IssueCode.AGE_BAND_NOT_IN_SET,
                                BREAKDOWN_BANDS.id())), List.of(BREAKDOWN_BANDS), null));
        for (Sex sex : Sex.values()) {
            List<AgeBand> bands = new ArrayList<>(BREAKDOWN_BANDS.bands());
            bands.add(null);
            for (AgeBand band : bands) {
                String name = cellColumn(sex, band);
                Column.Builder c = col(name, INTEGER, "The number of " + (sex == Sex.UNKNOWN ? "people of unknown sex"
                        : sex.code() + "s") + (band == null ? " whose age is unknown or not broken down"
                        : " aged " + band) + ".").hxl(cellHxl(sex, band)).unit("people").range(0L, null);
                if (band != null && band.max() == null) {
                    c.aliases(name.substring(0, name.length() - "_plus".length()));
                } else if (band == null && sex != Sex.UNKNOWN) {
                    c.aliases(sex.code() + "_unknown");
                }
                t.add(Field.integer(c.build(), r -> r.breakdown().cell(sex, band), null));
            }
        }
        Breakdowns breakdown = new Breakdowns(t);
        t.composite((b, s) -> b.breakdown(breakdown.in(s.values())));
        t.primaryKey("id");
        Table.Slot<FigureId> id = t.slot("id", FigureId.class);
        Table.Slot<PopulationType> type = t.slot("population_type", PopulationType.class);
        Table.Slot<CountryCode> origin = t.slot("origin", CountryCode.class);
        Table.Slot<Period> period = t.slot("period", Period.class);
        Table.Slot<FigureUnit> unit = t.slot("unit", FigureUnit.class);
        Table.Slot<FigureMeasure> measure = t.slot("measure", FigureMeasure.class);
        Table.Slot<String> source = t.slot("source", String.class);
        Table.Slot<String> edition = t.slot("edition", String.class);
        Table.Slot<Integer> round = t.slot("round", Integer.class);
        Table.Slot<AssessmentType> assessment = t.slot("assessment_type", AssessmentType.class);
        Table.Slot<List<DisplacementReason>> reasons = t.listSlot("displacement_reasons", DisplacementReason.class);
        Table.Slot<String> operation = t.slot("operation", String.class);
        t.direct(s -> {
            // In the builder's order: its composites (location, then breakdown), then its build's checks.
            Location l = location.in(s);
            Breakdown b = breakdown.in(s);
            return new PopulationFigure(Objects.requireNonNull(id.in(s), "id"),
                    Objects.requireNonNull(type.in(s), "populationType"), Objects.requireNonNull(l, "location"),
                    origin.in(s), Objects.requireNonNull(period.in(s), "period"), b,
                    unit.in(s, FigureUnit.INDIVIDUALS), measure.in(s, FigureMeasure.PRESENT),
                    Objects.requireNonNull(source.in(s), "source"), edition.in(s), round.in(s), assessment.in(s),
                    reasons.in(s, List.of()), operation.in(s));
        });
        t.extract((r, s) -> {
            id.out(s, r.id());
            type.out(s, r.populationType());
            location.out(s, r.location());
            origin.out(s, r.origin());
            period.out(s, r.period());
            unit.out(s, r.unit());
            measure.out(s, r.measure());
            source.out(s, r.source());
            edition.out(s, r.edition());
            round.out(s, r.round());
            assessment.out(s, r.assessmentType());
            reasons.out(s, r.displacementReasons());
            operation.out(s, r.operation());
            breakdown.out(s, r.breakdown());
        });
        return t.build();
    }

    /**
     * The slots of the flattened breakdown's columns: total, completeness, band set, and the cells by sex and by band
     * of {@link #BREAKDOWN_BANDS} (the age-unknown cell last). The builder's composite and the direct factory both
     * read a breakdown through it, as {@link Place} does a location.
     */
    private static final class Breakdowns {
        private static final Sex[] SEXES = Sex.values();
        private final Table.Slot<Integer> total;
        private final Table.Slot<Boolean> complete;
        private final Table.Slot<AgeBandSet> bandSet;
        private final AgeBand[] bands = BREAKDOWN_BANDS.bands().toArray(new AgeBand[0]);
        private final Table.Slot<?>[][] cells = new Table.Slot<?>[SEXES.length][bands.length + 1];

        Breakdowns(Table.Builder<?, ?> t) {
            total = t.slot("total", Integer.class);
            complete = t.slot("breakdown_complete", Boolean.class);
            bandSet = t.slot("age_band_set", AgeBandSet.class);
            for (Sex sex : SEXES) {
                for (int k = 0; k <= bands.length; k++) {
                    cells[sex.ordinal()][k] = t.slot(cellColumn(sex, k < bands.length ? bands[k] : null),
                            Integer.class);
                }
            }
        }

        /** The breakdown of a record's read values, made by its builder (so with its checks). */
        Breakdown in(Object[] s) {
            Breakdown.Builder b = Breakdown.builder().total(total.in(s)).complete(Boolean.TRUE.equals(complete.in(s)))
                    .bandSet(bandSet.in(s));
            for (Sex sex : SEXES) {
                Table.Slot<?>[] bySex = cells[sex.ordinal()];
                for (int k = 0; k < bySex.length; k++) {
                    Integer v = (Integer) bySex[k].in(s);
                    if (v != null) {
                        b.cell(sex, k < bands.length ? bands[k] : null, v);
                    }
                }
            }
            return b.build();
        }

        /** A breakdown as the columns' values; a cell of a band outside the columns has none. */
        void out(Object[] s, Breakdown b) {
            total.out(s, b.total());
            complete.out(s, b.isComplete());
            bandSet.out(s, b.bandSet());
            for (Table.Slot<?>[] bySex : cells) {
                for (Table.Slot<?> slot : bySex) {
                    slot.out(s, null);
                }
            }
            // The reported cells only (a few), not a map look-up per column.
            for (Map.Entry<Breakdown.Cell, Integer> e : b.cells().entrySet()) {
                AgeBand band = e.getKey().band();
                int k = band == null ? bands.length : index(band);
                if (k >= 0) {
                    cells[e.getKey().sex().ordinal()][k].out(s, e.getValue());
                }
            }
        }

        private int index(AgeBand band) {
            for (int k = 0; k < bands.length; k++) {
                if (bands[k].equals(band)) {
                    return k;
                }
            }
            return -1;
        }
    }

    /**
     * Checks that a figure's breakdown fits the flattened columns.
     *
     * @param figure the figure
     * @throws IllegalArgumentException if it declares another band set or has a cell of a band outside it
     */
    public static void requireFlat(PopulationFigure figure) {
        Breakdown b = figure.breakdown();
        AgeBandSet set = b.bandSet();
        if (set != null && !set.equals(BREAKDOWN_BANDS)) {
            throw new IllegalArgumentException("PopulationFigure breakdown uses age band set " + set.id()
                    + ": the table's columns hold the " + BREAKDOWN_BANDS.id() + " bands " + BREAKDOWN_BANDS.bands()
                    + " only.");
        }
        for (Breakdown.Cell cell : b.cells().keySet()) {
            AgeBand band = cell.band();
            if (band != null && !BREAKDOWN_BANDS.contains(band)) {
                throw new IllegalArgumentException("PopulationFigure breakdown has a cell of age band " + band
                        + ": the table's columns hold the " + BREAKDOWN_BANDS.id() + " bands "
                        + BREAKDOWN_BANDS.bands() + " and an age-unknown cell per sex only.");
            }
        }
    }

    private static Table<AssistanceEvent, AssistanceEvent.Builder> events() {
        Table.Builder<AssistanceEvent, AssistanceEvent.Builder> t = Table.builder(Entity.ASSISTANCE_EVENT,
                AssistanceEvent::builder, AssistanceEvent.Builder::build);
        t.add(Field.id(col("id", ID, "The event's id.").hxl("#activity+id").required().build(), AssistanceEvent::id,
                EventId::toString, EventId::lookup, EventId::new, AssistanceEvent.Builder::id));
        t.add(plainText(col("provider", TEXT, "The organisation that delivered the service or made the referral, "
                + "e.g. IOM (never a person).").hxl("#org+name").required(), AssistanceEvent::provider,
                AssistanceEvent.Builder::provider));
        t.add(Field.id(col("beneficiary_id", ID, "The person served (migrants.id); empty for a group.")
                .hxl("#beneficiary+id").build(), r -> r.beneficiary() instanceof Beneficiary.Person
                        ? ((Beneficiary.Person) r.beneficiary()).migrant() : null, MigrantId::toString,
                MigrantId::lookup, MigrantId::new, null));
        t.add(Field.integer(col("beneficiary_count", INTEGER, "The number of people in a group served; empty for "
                + "one person.").hxl("#reached+ind").unit("people").range(1L, null).build(),
                r -> r.beneficiary() instanceof Beneficiary.Group ? r.beneficiary().count() : null, null));
        Table.Slot<MigrantId> person = t.slot("beneficiary_id", MigrantId.class);
        Table.Slot<Integer> group = t.slot("beneficiary_count", Integer.class);
        t.composite((b, s) -> b.beneficiary(beneficiary(person.in(s.values()), group.in(s.values()))));
        t.add(code(col("type", CODE, "The type of assistance.").hxl("#service+type").required(),
                AssistanceType.values(), AssistanceType::code, AssistanceType::lookup, AssistanceEvent::type,
                AssistanceEvent.Builder::type));
        t.add(code(col("status", CODE, "Where the event stands.").hxl("#status+code").required(),
                AssistanceStatus.values(), AssistanceStatus::code, AssistanceStatus::lookup, AssistanceEvent::status,
                AssistanceEvent.Builder::status));
        t.add(date(col("date", DATE, "The date of the event, at the precision reported.").hxl("#date"),
                AssistanceEvent::date, AssistanceEvent.Builder::date));
        Place location = location(t, AssistanceEvent::location, AssistanceEvent.Builder::location, false,
                "where it took place");
        t.add(Field.bool(col("consent_recorded", BOOLEAN, "Whether the beneficiary's consent is recorded: true, "
                + "false (refused or not given), empty when the source does not say.").hxl("#x_consent").build(),
                AssistanceEvent::consentRecorded, AssistanceEvent.Builder::consentRecorded));
        t.add(codes(col("objectives", CODE, "The numbers of the GCM objectives the event serves (1 to 23).")
                .hxl("#x_gcm+objective"), GcmObjective.values(), GcmObjective::code, GcmObjective::lookup,
                AssistanceEvent::objectives, (b, list) -> b.objectives(objectiveSet(list))));
        // Absent objectives mean "serves none": the builder's defaults from the type apply only to new events.
        t.composite((b, s) -> {
            if (s.get("objectives", Object.class) == null) {
                b.objectives(Set.of());
            }
        });
        t.primaryKey("id");
        t.foreignKey("beneficiary_id", Entity.MIGRANT, "id");
        Table.Slot<EventId> id = t.slot("id", EventId.class);
        Table.Slot<String> provider = t.slot("provider", String.class);
        Table.Slot<AssistanceType> type = t.slot("type", AssistanceType.class);
        Table.Slot<AssistanceStatus> status = t.slot("status", AssistanceStatus.class);
        Table.Slot<ReportedDate> date = t.slot("date", ReportedDate.class);
        Table.Slot<Boolean> consent = t.slot("consent_recorded", Boolean.class);
        Table.Slot<List<GcmObjective>> objectives = t.listSlot("objectives", GcmObjective.class);
        t.direct(s -> {
            // In the builder's order: its composites (beneficiary, location), then its build's checks.
            Beneficiary b = beneficiary(person.in(s), group.in(s));
            Location l = location.in(s);
            List<GcmObjective> served = objectives.in(s);
            return new AssistanceEvent(Objects.requireNonNull(id.in(s), "id"),
                    Objects.requireNonNull(provider.in(s), "provider"), b, Objects.requireNonNull(type.in(s), "type"),
                    status.in(s, AssistanceStatus.DELIVERED), date.in(s), l, consent.in(s),
                    objectiveSet(served));
        });
        t.extract((r, s) -> {
            Beneficiary b = r.beneficiary();
            id.out(s, r.id());
            provider.out(s, r.provider());
            person.out(s, b instanceof Beneficiary.Person ? ((Beneficiary.Person) b).migrant() : null);
            group.out(s, b instanceof Beneficiary.Group ? b.count() : null);
            type.out(s, r.type());
            status.out(s, r.status());
            date.out(s, r.date());
            location.out(s, r.location());
            consent.out(s, r.consentRecorded());
            objectives.out(s, r.objectives());
        });
        return t.build();
    }

    private static Table<Remittance, Remittance.Builder> remittances() {
        Table.Builder<Remittance, Remittance.Builder> t = Table.builder(Entity.REMITTANCE, Remittance::builder,
                Remittance.Builder::build);
        t.add(Field.id(col("id", ID, "The remittance's id.").hxl("#x_remittance+id").required().build(),
                Remittance::id, RemittanceId::toString, RemittanceId::lookup, RemittanceId::new,
                Remittance.Builder::id));
        t.add(country(col("from_country", COUNTRY, "The sending country.").hxl("#country+code+origin").required(),
                Remittance::from, Remittance.Builder::from));
        t.add(country(col("to_country", COUNTRY, "The receiving country.").hxl("#country+code+dest").required(),
                Remittance::to, Remittance.Builder::to));
        t.add(Field.decimal(col("amount", DECIMAL, "The amount sent, above zero, in the currency; written as "
                + "given (scale kept).").hxl("#value+amount").unit("currency").required().build(),
                Remittance::amount, Remittance.Builder::amount));
        t.add(Field.decimal(col("cost", DECIMAL, "The total cost of sending it (fees and the exchange-rate "
                + "margin), zero or more, in the currency.").hxl("#value+cost").unit("currency").required()
                .range(0L, null).build(), Remittance::cost, Remittance.Builder::cost));
        List<Currency> currencies = CurrencyCodes.all();
        t.add(Field.text(col("currency", CODE, "The ISO 4217 currency of amount and cost.").hxl("#currency+code")
                .required().allowedValues(currencies.stream().map(Currency::getCurrencyCode)
                        .collect(Collectors.toList())).build(), Remittance::currency, Currency::getCurrencyCode,
                CurrencyCodes::lookup, currencies, Remittance.Builder::currency));
        t.add(code(col("channel", CODE, "How the money was sent.").hxl("#channel+code").required(),
                RemittanceChannel.values(), RemittanceChannel::code, RemittanceChannel::lookup, Remittance::channel,
                Remittance.Builder::channel));
        t.add(date(col("date", DATE, "When it was sent, at the precision reported.").hxl("#date"), Remittance::date,
                Remittance.Builder::date));
        t.primaryKey("id");
        Table.Slot<RemittanceId> id = t.slot("id", RemittanceId.class);
        Table.Slot<CountryCode> from = t.slot("from_country", CountryCode.class);
        Table.Slot<CountryCode> to = t.slot("to_country", CountryCode.class);
        Table.Slot<BigDecimal> amount = t.slot("amount", BigDecimal.class);
        Table.Slot<BigDecimal> cost = t.slot("cost", BigDecimal.class);
        Table.Slot<Currency> currency = t.slot("currency", Currency.class);
        Table.Slot<RemittanceChannel> channel = t.slot("channel", RemittanceChannel.class);
        Table.Slot<ReportedDate> date = t.slot("date", ReportedDate.class);
        t.direct(s -> new Remittance(Objects.requireNonNull(id.in(s), "id"), Objects.requireNonNull(from.in(s), "from"),
                Objects.requireNonNull(to.in(s), "to"), Objects.requireNonNull(amount.in(s), "amount"),
                Objects.requireNonNull(cost.in(s), "cost"), Objects.requireNonNull(currency.in(s), "currency"),
                Objects.requireNonNull(channel.in(s), "channel"), date.in(s)));
        t.extract((r, s) -> {
            id.out(s, r.id());
            from.out(s, r.from());
            to.out(s, r.to());
            amount.out(s, r.amount());
            cost.out(s, r.cost());
            currency.out(s, r.currency());
            channel.out(s, r.channel());
            date.out(s, r.date());
        });
        return t.build();
    }
}
