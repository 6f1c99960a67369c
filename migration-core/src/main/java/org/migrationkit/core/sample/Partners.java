package org.migrationkit.core.sample;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.geo.Location;
import org.migrationkit.core.model.AssistanceEvent;
import org.migrationkit.core.model.AssistanceStatus;
import org.migrationkit.core.model.Beneficiary;
import org.migrationkit.core.model.EventId;
import org.migrationkit.core.model.Journey;
import org.migrationkit.core.model.JourneyId;
import org.migrationkit.core.model.Leg;
import org.migrationkit.core.model.Migrant;
import org.migrationkit.core.model.MigrantId;
import org.migrationkit.core.people.Sex;
import org.migrationkit.core.vocab.AssistanceType;
import org.migrationkit.core.vocab.Facilitation;
import org.migrationkit.core.vocab.JourneyPurpose;
import org.migrationkit.core.vocab.JourneyStatus;
import org.migrationkit.core.vocab.PopulationType;
import org.migrationkit.core.vocab.SpecificNeed;
import org.migrationkit.core.vocab.TransportMode;

/**
 * Generates the partner tables one migrant at a time: migrant {@code i}'s bundle (the migrant, its journeys with
 * their legs, its assistance events) depends only on the seed and {@code i}, so each table's stream regenerates the
 * bundles it needs and all tables agree, in constant memory.
 *
 * <p>Each part of a bundle draws from its own generator ({@link SplitMix64#of(long, long, long)} with a stream number
 * per part): the profile (route, nationality, sex, age, journey status) first, which every table needs; the
 * migrant's other fields, the journeys and the events each from their own, so that a table draws only what it shows.
 */
final class Partners {
    private static final long PROFILE = 1;
    private static final long MIGRANT = 2;
    private static final long JOURNEYS = 3;
    private static final long EVENTS = 4;

    /** An IOM Migration Response Centre or similar service point, where the Eastern and Sahara routes pass. */
    private static final Map<String, Location> SERVICE_POINTS = Map.of(
            "DJI", point("DJI", "Migration Response Centre, Obock"),
            "SOM", point("SOM", "Migration Response Centre, Bossaso"),
            "ETH", point("ETH", "Migration Response Centre, Semera"),
            "YEM", point("YEM", "Migrant Response Point, Aden"),
            "NER", point("NER", "Migrant Transit Centre, Agadez"),
            "MLI", point("MLI", "Migrant Transit Centre, Gao"),
            "PAN", point("PAN", "Migrant Reception Station, Lajas Blancas"));

    // Service mixes by where the migrant is: on the way, arrived, stranded. The generator's heuristic.
    private static final Weighted<AssistanceType> IN_TRANSIT = Weighted.parse(
            "HEALTH:25,MHPSS:15,FOOD:12,NFI:10,WASH:8,INFORMATION:12,PROTECTION:10,REFERRAL:8",
            AssistanceType::valueOf);
    private static final Weighted<AssistanceType> ARRIVED = Weighted.parse(
            "RECEPTION:25,LEGAL_AID:20,HEALTH:20,MHPSS:10,INFORMATION:10,DOCUMENTATION:10,REFERRAL:5",
            AssistanceType::valueOf);
    private static final Weighted<AssistanceType> STRANDED = Weighted.parse(
            "PROTECTION:25,HEALTH:20,FOOD:15,SHELTER:15,MHPSS:10,COUNTER_TRAFFICKING:5,REFERRAL:10",
            AssistanceType::valueOf);
    private static final Map<AssistanceType, Weighted<String>> PROVIDERS = providers();

    private final SampleData config;

    Partners(SampleData config) {
        this.config = config;
    }

    /** What every table of migrant {@code i} needs to know. */
    private record Profile(long index, RouteProfile route, CountryCode nationality, int startStage,
            CountryCode origin, @Nullable Sex sex, int age, boolean unaccompanied, JourneyStatus status,
            boolean returns) {
        boolean isChild() {
            return age < 18;
        }
    }

    private Profile profile(long i) {
        SplitMix64 rng = SplitMix64.of(config.seed(), PROFILE, i);
        RouteProfile route = config.journeyRoutes().pick(rng);
        List<RouteProfile.Stage> stages = route.stages();
        Weighted<CountryCode> nationalities = route.nationalities();
        CountryCode nationality;
        int start;
        CountryCode origin;
        if (nationalities == null) {
            start = 0;
            origin = stages.get(0).countries().pick(rng);
            nationality = origin;
        } else {
            nationality = nationalities.pick(rng);
            start = -1;
            for (int k = 0; k < stages.size() - 1 && start < 0; k++) {
                if (stages.get(k).countries().contains(nationality)) {
                    start = k;
                }
            }
            if (start >= 0) {
                origin = nationality;
            } else {
                // Travellers from beyond the route join it at its hub (Agadez, Nouadhibou, Calais, ...).
                start = route.entryStage();
                origin = stages.get(start).countries().pick(rng);
            }
        }
        double r = rng.nextDouble();
        Sex sex = r < 0.02 ? null : r < 0.02 + 0.98 * route.femaleShare() ? Sex.FEMALE : Sex.MALE;
        double childShare = config.childShare().isPresent() ? config.childShare().getAsDouble() : route.childShare();
        boolean child = rng.chance(childShare);
        boolean unaccompanied = child && rng.chance(config.unaccompaniedShare());
        int age;
        if (unaccompanied) {
            age = rng.between(10, 17); // unaccompanied children are mostly adolescents
        } else if (child) {
            age = rng.between(0, 17);
        } else {
            age = 18 + rng.nextInt(10) + rng.nextInt(10) + (rng.chance(0.2) ? rng.nextInt(30) : 0);
        }
        double s = rng.nextDouble();
        JourneyStatus status = s < 0.60 ? JourneyStatus.COMPLETED
                : s < 0.75 ? JourneyStatus.IN_PROGRESS : JourneyStatus.INTERRUPTED;
        boolean returns = status == JourneyStatus.INTERRUPTED && rng.chance(SampleData.RETURN_SHARE);
        return new Profile(i, route, nationality, start, origin, sex, age, unaccompanied, status, returns);
    }

    static MigrantId migrantId(long i) {
        return MigrantId.of(SampleIds.of("m-", i, ""));
    }

    Migrant migrant(long i) {
        return migrant(profile(i));
    }

    private Migrant migrant(Profile p) {
        SplitMix64 rng = SplitMix64.of(config.seed(), MIGRANT, p.index());
        Migrant.Builder b = Migrant.builder().id(migrantId(p.index())).sex(p.sex()).nationality(p.nationality());
        double r = rng.nextDouble();
        if (p.isChild() || r < 0.80) {
            b.age(p.age());
        } else if (r < 0.92) {
            // Never both age and birth year: the mismatch rule compares them with the validation run's year.
            b.birthYear(config.lastDay().getYear() - p.age());
        }
        if (rng.chance(0.7)) {
            b.countryOfBirth(p.nationality());
        }
        b.populationType(p.route().populationTypes().pick(rng));
        if (p.returns()) {
            b.populationType(PopulationType.RETURNEE);
        }
        if (p.unaccompanied()) {
            b.unaccompanied(true).specificNeed(rng.chance(0.7) ? SpecificNeed.SC_UC : SpecificNeed.SC_SC);
        } else if (p.isChild()) {
            b.unaccompanied(rng.chance(0.8) ? Boolean.FALSE : null);
        }
        if (p.sex() == Sex.FEMALE && !p.isChild() && rng.chance(0.05)) {
            b.specificNeed(SpecificNeed.WR);
        }
        if (p.sex() == Sex.FEMALE && p.age() >= 16 && p.age() <= 45 && rng.chance(0.04)) {
            b.specificNeed(SpecificNeed.PG);
        }
        if (rng.chance(0.03)) {
            b.specificNeed(SpecificNeed.SM);
        }
        if (rng.chance(0.02)) {
            b.specificNeed(SpecificNeed.DS);
        }
        if (rng.chance(0.03)) {
            b.specificNeed(SpecificNeed.LP_VF);
        }
        return b.build();
    }

    /**
     * Migrant {@code i}'s travel as drawn, before any record is built: the journeys table builds its records from it,
     * the events table needs only its places and days. Draws happen in one fixed order whichever table asks.
     */
    private static final class Plan {
        final CountryCode[] path;
        final int legCount;
        /** The index in {@code path} of the journey's intended destination, reached or not. */
        int lastStop;
        final long[] departed;
        final long[] arrived;
        boolean origin;
        boolean destination;
        boolean route;
        @Nullable JourneyPurpose purpose;
        boolean status;
        final boolean[] stillTravelling;
        final @Nullable TransportMode[] modes;
        final double[] departedReport;
        final double[] arrivedReport;
        final @Nullable Facilitation[] facilitation;
        /** The assisted return home, when the profile returns: the days it left and arrived, and how. */
        long leave = -1;
        long back = -1;
        @Nullable TransportMode returnMode;

        Plan(CountryCode[] path, int legCount) {
            this.path = path;
            this.legCount = legCount;
            departed = new long[legCount];
            arrived = new long[legCount];
            stillTravelling = new boolean[legCount];
            modes = new TransportMode[legCount];
            departedReport = new double[legCount];
            arrivedReport = new double[legCount];
            facilitation = new Facilitation[legCount];
        }

        boolean returns() {
            return leave >= 0;
        }

        /** Where the journey stopped: the destination of its last leg. */
        CountryCode stopped() {
            return path[legCount];
        }
    }

    private Plan plan(Profile p) {
        SplitMix64 rng = SplitMix64.of(config.seed(), JOURNEYS, p.index());
        RouteProfile route = p.route();
        List<RouteProfile.Stage> stages = route.stages();
        CountryCode[] path = new CountryCode[stages.size() - p.startStage()];
        int size = 0;
        path[size++] = p.origin();
        for (int k = p.startStage() + 1; k < stages.size(); k++) {
            RouteProfile.Stage stage = stages.get(k);
            boolean taken = rng.chance(stage.probability());
            CountryCode c = stage.countries().pick(rng);
            if (taken && !c.equals(path[size - 1])) {
                path[size++] = c;
            }
        }
        int legCount = size - 1;
        int lastStop = legCount;
        if (p.status() != JourneyStatus.COMPLETED && legCount > 1) {
            legCount = rng.between(1, legCount - 1); // stopped on the way: stranded in Yemen, Libya, Niger, ...
        }
        Plan plan = new Plan(path, legCount);
        plan.lastStop = lastStop;
        TransportMode[] modes = new TransportMode[legCount];
        long total = 0;
        for (int k = 0; k < legCount; k++) {
            modes[k] = route.isSeaCrossing(path[k], path[k + 1]) ? route.seaModes().pick(rng)
                    : route.landModes().pick(rng);
            if (k > 0) {
                total += rng.between(3, 120); // waiting to move on: work, detention, money for the smuggler
            }
            plan.departed[k] = total;
            total += travelDays(modes[k], rng);
            plan.arrived[k] = total;
        }
        long start = config.firstDay().toEpochDay() + rng.nextInt((int) Math.max(1, config.days() - total));
        long end = config.lastDay().toEpochDay();
        plan.origin = rng.chance(0.97);
        plan.destination = rng.chance(0.97);
        plan.route = rng.chance(0.97);
        plan.purpose = rng.chance(0.95) ? route.purposes().pick(rng) : null;
        plan.status = rng.chance(0.97);
        for (int k = 0; k < legCount; k++) {
            plan.departed[k] = Math.min(end, start + plan.departed[k]);
            plan.arrived[k] = Math.min(end, start + plan.arrived[k]);
            plan.stillTravelling[k] = p.status() == JourneyStatus.IN_PROGRESS && k == legCount - 1 && rng.chance(0.6);
            TransportMode mode = rng.chance(0.95) ? modes[k] : null;
            plan.modes[k] = mode;
            plan.departedReport[k] = rng.nextDouble();
            plan.arrivedReport[k] = plan.stillTravelling[k] ? Double.NaN : rng.nextDouble();
            plan.facilitation[k] = facilitation(mode, route, rng);
        }
        if (p.returns()) {
            // Assisted voluntary return from where the journey stopped, home: one flight (or bus), no smuggler.
            plan.leave = Math.min(end, plan.arrived[legCount - 1] + rng.between(14, 180));
            plan.returnMode = rng.chance(0.8) ? TransportMode.PLANE : TransportMode.BUS;
            plan.back = Math.min(end, plan.leave + (plan.returnMode == TransportMode.PLANE ? 0 : rng.between(1, 3)));
        }
        return plan;
    }

    List<Journey> journeys(long i) {
        Profile p = profile(i);
        Plan plan = plan(p);
        RouteProfile route = p.route();
        CountryCode[] path = plan.path;
        JourneyId id = JourneyId.of(SampleIds.of("j-", p.index(), "-1"));
        Journey.Builder journey = Journey.builder().id(id).migrant(migrantId(p.index()))
                .origin(plan.origin ? path[0] : null)
                .destination(plan.destination ? path[plan.lastStop] : null)
                .route(plan.route ? route.route() : null)
                .purpose(plan.purpose)
                .status(plan.status ? p.status() : null);
        for (int k = 0; k < plan.legCount; k++) {
            journey.leg(Leg.builder().journey(id).sequence(k + 1).origin(path[k]).destination(path[k + 1])
                    .departed(Dates.report(plan.departed[k], plan.departedReport[k], 0.80, 0.15))
                    .arrived(plan.stillTravelling[k] ? null
                            : Dates.report(plan.arrived[k], plan.arrivedReport[k], 0.75, 0.15))
                    .transport(plan.modes[k]).facilitation(plan.facilitation[k]).build());
        }
        if (!plan.returns()) {
            return List.of(journey.build());
        }
        CountryCode stranded = plan.stopped();
        JourneyId rid = JourneyId.of(SampleIds.of("j-", p.index(), "-2"));
        Journey ret = Journey.builder().id(rid).migrant(migrantId(p.index())).origin(stranded)
                .destination(p.origin()).route(route.route()).purpose(JourneyPurpose.RETURN)
                .status(JourneyStatus.COMPLETED)
                .leg(Leg.builder().journey(rid).sequence(1).origin(stranded).destination(p.origin())
                        .departed(Dates.day(plan.leave)).arrived(Dates.day(plan.back)).transport(plan.returnMode)
                        .facilitation(Facilitation.REGULAR_CARRIER).build())
                .build();
        return List.of(journey.build(), ret);
    }

    private static int travelDays(TransportMode mode, SplitMix64 rng) {
        switch (mode) {
            case FOOT:
                return rng.between(2, 25);
            case TRUCK:
                return rng.between(2, 10);
            case BOAT:
            case SMALL_BOAT:
            case SHIP:
                return rng.between(1, 4);
            case PLANE:
                return 0;
            default:
                return rng.between(1, 5);
        }
    }

    private static @Nullable Facilitation facilitation(@Nullable TransportMode mode, RouteProfile route,
            SplitMix64 rng) {
        boolean reported = rng.chance(0.92);
        boolean smuggled = rng.chance(route.smugglerShare());
        boolean carrier = rng.chance(0.5);
        if (!reported) {
            return null;
        }
        if (mode == TransportMode.PLANE || mode == TransportMode.TRAIN || mode == TransportMode.SHIP) {
            return Facilitation.REGULAR_CARRIER;
        }
        if (smuggled) {
            return Facilitation.SMUGGLER;
        }
        return mode == TransportMode.BUS && carrier ? Facilitation.REGULAR_CARRIER : Facilitation.SELF;
    }

    List<AssistanceEvent> events(long i) {
        Profile p = profile(i);
        return events(p, plan(p));
    }

    private List<AssistanceEvent> events(Profile p, Plan plan) {
        SplitMix64 rng = SplitMix64.of(config.seed(), EVENTS, p.index());
        long end = config.lastDay().toEpochDay();
        List<AssistanceEvent> events = new ArrayList<>(4);
        int last = plan.legCount - 1;
        if (p.unaccompanied() && rng.chance(0.8)) {
            // Unaccompanied children are referred to family tracing where they are first met.
            events.add(event(p, events.size(), AssistanceType.FAMILY_TRACING, plan.path[1],
                    plan.arrived[0], rng));
        }
        for (int k = 0; k <= last; k++) {
            boolean arrived = k == last && p.status() == JourneyStatus.COMPLETED;
            boolean stranded = k == last && !arrived;
            boolean served = rng.chance(arrived ? 0.55 : 0.35);
            AssistanceType type = (arrived ? ARRIVED : stranded ? STRANDED : IN_TRANSIT).pick(rng);
            if (arrived && p.isChild() && rng.chance(0.3)) {
                type = AssistanceType.EDUCATION;
            }
            if (served) {
                long day = Math.min(end, plan.arrived[k] + rng.between(0, 14));
                events.add(event(p, events.size(), type, plan.path[k + 1], day, rng));
            }
        }
        if (plan.returns()) {
            CountryCode stranded = plan.stopped();
            long before = Math.max(plan.arrived[last], plan.leave - rng.between(1, 10));
            events.add(event(p, events.size(), AssistanceType.AVRR, stranded, before, rng));
            if (rng.chance(0.6)) {
                // Reintegration support after the return, also under AVRR.
                long after = Math.min(end, plan.back + rng.between(7, 90));
                events.add(event(p, events.size(), AssistanceType.AVRR, p.origin(), after, rng));
            }
        }
        return events;
    }

    private AssistanceEvent event(Profile p, int n, AssistanceType type, CountryCode where, long day,
            SplitMix64 rng) {
        boolean referral = type == AssistanceType.REFERRAL;
        AssistanceStatus status;
        Boolean consent;
        double r = rng.nextDouble();
        if (referral) {
            // A referral needs recorded consent (IOM Data Protection Principles; the consent rule).
            status = r < 0.7 ? AssistanceStatus.REFERRED : AssistanceStatus.ACCEPTED;
            consent = Boolean.TRUE;
        } else {
            status = r < 0.85 ? AssistanceStatus.DELIVERED : AssistanceStatus.COMPLETED;
            double c = rng.nextDouble();
            consent = c < 0.80 ? Boolean.TRUE : c < 0.95 ? null : Boolean.FALSE;
        }
        Location point = SERVICE_POINTS.get(where.alpha3());
        Location location = rng.chance(0.05) ? null
                : point != null && type != AssistanceType.AVRR ? point : Location.of(where);
        EventId id = EventId.of(SampleIds.of("e-", p.index(), "-" + (n + 1)));
        return AssistanceEvent.builder().id(id).provider(PROVIDERS.get(type).pick(rng))
                .beneficiary(Beneficiary.person(migrantId(p.index()))).type(type).status(status)
                .date(rng.chance(0.92) ? Dates.day(day) : Dates.report(day, rng, 0, 1)).location(location)
                .consentRecorded(consent).build();
    }

    private static Location point(String country, String place) {
        return Location.of(CountryCode.of(country), null, place, null);
    }

    private static Map<AssistanceType, Weighted<String>> providers() {
        Map<AssistanceType, Weighted<String>> m = new EnumMap<>(AssistanceType.class);
        for (AssistanceType t : AssistanceType.values()) {
            m.put(t, Weighted.parse("IOM", s -> s));
        }
        m.put(AssistanceType.HEALTH, Weighted.of(List.of("IOM", "MSF"), List.of(6, 4)));
        m.put(AssistanceType.LEGAL_AID, Weighted.of(List.of("UNHCR", "NRC"), List.of(7, 3)));
        m.put(AssistanceType.RECEPTION, Weighted.of(List.of("UNHCR", "IOM"), List.of(5, 5)));
        m.put(AssistanceType.FAMILY_TRACING, Weighted.of(List.of("ICRC", "UNICEF"), List.of(5, 5)));
        m.put(AssistanceType.EDUCATION, Weighted.parse("UNICEF", s -> s));
        m.put(AssistanceType.FOOD, Weighted.of(List.of("WFP", "IFRC", "IOM"), List.of(4, 3, 3)));
        m.put(AssistanceType.NFI, Weighted.of(List.of("IFRC", "IOM"), List.of(5, 5)));
        m.put(AssistanceType.SHELTER, Weighted.of(List.of("IFRC", "IOM", "UNHCR"), List.of(3, 4, 3)));
        m.put(AssistanceType.PROTECTION, Weighted.of(List.of("UNHCR", "DRC", "IOM"), List.of(4, 3, 3)));
        m.put(AssistanceType.REFERRAL, Weighted.of(List.of("IOM", "UNHCR"), List.of(6, 4)));
        m.put(AssistanceType.DOCUMENTATION, Weighted.parse("UNHCR", s -> s));
        m.put(AssistanceType.WASH, Weighted.of(List.of("UNICEF", "IOM"), List.of(5, 5)));
        return m;
    }
}
