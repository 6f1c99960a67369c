package org.migrationkit.core.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.model.AssistanceEvent;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.model.Journey;
import org.migrationkit.core.model.Leg;
import org.migrationkit.core.model.Migrant;
import org.migrationkit.core.model.PopulationFigure;
import org.migrationkit.core.model.Remittance;
import org.migrationkit.core.model.Route;
import org.migrationkit.core.time.Period;
import org.migrationkit.core.vocab.MmpRoute;

/**
 * Deterministic sample data that looks real: migrants travelling the known routes, their journeys, legs and
 * assistance events, Missing Migrants Project incidents, population figures and remittances (DESIGN §7).
 *
 * <pre>{@code
 * List<Journey> journeys = SampleData.seed(42).journeys().limit(1000).toList();
 * PartnerDataset partner = SampleData.seed(42).withRoutes(MmpRoute.EASTERN_ROUTE_TO_FROM_EHOA).partnerDataset(500);
 * partner.legs().filter(l -> l.destination().equals(CountryCode.of("YEM"))).count();
 * }</pre>
 *
 * <p><b>Deterministic.</b> The same seed and options give the same records on every JVM (17 and later) and platform:
 * the numbers come from our own SplitMix64, never from {@code java.util.Random} or {@code SplittableRandom}; no
 * hash order, default locale or time zone is consulted; decimals are built from integers at a fixed scale; the
 * few transcendental functions go through {@link StrictMath}. A test pins a SHA-256 of a seeded dataset.
 *
 * <p><b>Valid by construction.</b> Every record passes its structural checks and gives no issue from
 * {@code RecordRules.check} or Bean Validation when "today" is after the date range. The default range,
 * {@link #DEFAULT_DATE_RANGE} (2019-01-01 to 2025-12-31), ends well before any date the library is validated on;
 * with a range reaching into the future, records dated after today break {@code date.in-future}. The generator
 * never gives a migrant both an age and a birth year, because {@code age.birth-year-mismatch} compares them with the
 * validation run's year, which the generator cannot know.
 *
 * <p><b>Streams.</b> Every stream is sequential, ordered and effectively infinite (about 2^63 records, use
 * {@code limit}); record {@code n} of each is computed from the seed and {@code n} alone, in constant memory, so
 * streams can be made parallel and any prefix is the same whatever is read after it. The partner tables
 * ({@link #migrants()}, {@link #journeys()}, {@link #legs()}, {@link #assistanceEvents()}) are the tables of
 * {@link #partnerDataset(int)} without an end: the first {@code n} migrants' journeys come first in
 * {@code journeys()}, and every reference resolves within them.
 *
 * <p><b>Ratios</b> (defaults, measured on 100,000 migrants of seed 42; a test keeps them within tolerance):
 * 1.12 journeys per migrant (every migrant has one; half of the interrupted journeys are followed by an assisted
 * return, a second journey); 1.54 legs per journey (1 to 6: the route's stages, fewer when the journey stopped on
 * the way; most routes have two or three stages); 0.92 assistance events per migrant (0 to 6: a service at each stop
 * with probability 0.35, 0.55 on arrival, family tracing for 80 % of unaccompanied children, AVRR before and after
 * an assisted return).
 *
 * <p><b>Distributions</b> (the generator's documented heuristic, not published figures; see also the incident and
 * remittance notes of {@link #incidents()} and {@link #remittances()}):
 * <ul>
 *   <li>routes: the supported ones ({@link #supportedRoutes()}), journeys weighted toward the Eastern Route (18 %),
 *       Central Mediterranean (15 %), US–Mexico (12 %) and Afghanistan–Iran (10 %);</li>
 *   <li>countries: each leg between usual countries of its route ({@link Route#usualCountries()}), in travel order
 *       (Ethiopia → Djibouti or Somalia → Yemen → Saudi Arabia; Nigeria → Niger → Libya or Tunisia → Italy or
 *       Malta; ...); travellers from beyond a route (Guineans on the Central Mediterranean) join it at its hub;</li>
 *   <li>sex and age by route: women from 5 % (Route to Southern Africa) and 8 % (Afghanistan–Iran, Atlantic) to
 *       35 % (Darién) and 65 % (Ukraine); children from 8 % (Sahara) to 35 % (Ukraine, Bay of Bengal), or
 *       {@link #withChildShare(double)} for all; sex unrecorded for 2 %;</li>
 *   <li>children: under 18; unaccompanied or separated ones ({@link #withUnaccompaniedShare(double)}, default 25 % of
 *       children) are 10 to 17, flagged and given UNHCR need {@code SC-UC} or {@code SC-SC}; adults 18 to 65, most
 *       18 to 36;</li>
 *   <li>journeys: 60 % completed, 15 % in progress, 25 % interrupted; transport by land or sea as the route goes
 *       (boats across the Gulf of Aden and the Mediterranean, trucks in the Sahara, on foot into Saudi Arabia), mostly
 *       with smugglers; assisted returns by plane or bus with a regular carrier;</li>
 *   <li>assistance: health, MHPSS, food, NFI, information at Migration Response Centres on the way; reception,
 *       legal aid, documentation on arrival; protection and shelter where stranded; AVRR for returns; GCM objectives
 *       from {@link org.migrationkit.core.gcm.ObjectiveMapping#defaults()}; referrals always with consent.</li>
 * </ul>
 *
 * <p>Instances are immutable; {@code with..} returns a changed copy.
 */
public final class SampleData {
    /** The default date range: 2019-01-01 to 2025-12-31. */
    public static final Period DEFAULT_DATE_RANGE = Period.of(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 12, 31));
    /** The default share of children who are unaccompanied or separated: 0.25. */
    public static final double DEFAULT_UNACCOMPANIED_SHARE = 0.25;
    /** The share of interrupted journeys followed by an assisted return: 0.5. */
    static final double RETURN_SHARE = 0.5;

    private final long seed;
    private final List<MmpRoute> routes;
    private final Period dateRange;
    private final @Nullable Double childShare;
    private final double unaccompaniedShare;

    private final Weighted<RouteProfile> journeyRoutes;
    private final Weighted<RouteProfile> incidentRoutes;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final long days;

    private SampleData(long seed, List<MmpRoute> routes, Period dateRange, @Nullable Double childShare,
            double unaccompaniedShare) {
        this.seed = seed;
        this.routes = routes;
        this.dateRange = dateRange;
        this.childShare = childShare;
        this.unaccompaniedShare = unaccompaniedShare;
        List<RouteProfile> profiles = new ArrayList<>();
        List<Integer> journeyWeights = new ArrayList<>();
        List<Integer> incidentWeights = new ArrayList<>();
        for (MmpRoute r : routes) {
            RouteProfile p = Objects.requireNonNull(RouteProfile.find(r));
            profiles.add(p);
            journeyWeights.add(p.journeyWeight());
            incidentWeights.add(p.incidentWeight());
        }
        this.journeyRoutes = Weighted.of(profiles, journeyWeights);
        this.incidentRoutes = Weighted.of(profiles, incidentWeights);
        this.firstDay = dateRange.firstDay();
        this.lastDay = dateRange.lastDay();
        this.days = ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
    }

    /**
     * Returns the generator for a seed, with the defaults: every supported route, {@link #DEFAULT_DATE_RANGE}, the
     * routes' own shares of children, {@link #DEFAULT_UNACCOMPANIED_SHARE}.
     *
     * @param seed any number; the same seed gives the same data
     * @return the generator
     */
    public static SampleData seed(long seed) {
        return new SampleData(seed, RouteProfile.supported(), DEFAULT_DATE_RANGE, null, DEFAULT_UNACCOMPANIED_SHARE);
    }

    /**
     * Returns the routes the generator can draw journeys and incidents on.
     *
     * @return the routes, in {@link MmpRoute} declaration order
     */
    public static List<MmpRoute> supportedRoutes() {
        return RouteProfile.supported();
    }

    /**
     * Returns a copy drawing only from the given routes, with their relative default weights.
     *
     * @param routes one or more supported routes, not null
     * @return the changed copy
     * @throws IllegalArgumentException if no route is given or a route is not supported; the message lists the
     *     supported routes
     */
    public SampleData withRoutes(MmpRoute... routes) {
        return withRoutes(List.of(routes));
    }

    /**
     * Returns a copy drawing only from the given routes, with their relative default weights.
     *
     * @param routes one or more supported routes, not null; duplicates count once
     * @return the changed copy
     * @throws IllegalArgumentException if no route is given or a route is not supported; the message lists the
     *     supported routes
     */
    public SampleData withRoutes(Collection<MmpRoute> routes) {
        Objects.requireNonNull(routes, "routes");
        EnumSet<MmpRoute> set = EnumSet.noneOf(MmpRoute.class);
        for (MmpRoute r : routes) {
            set.add(Objects.requireNonNull(r, "routes contains null"));
        }
        if (set.isEmpty()) {
            throw new IllegalArgumentException("No route given: give at least one of " + supportedNames() + ".");
        }
        for (MmpRoute r : set) {
            if (RouteProfile.find(r) == null) {
                throw new IllegalArgumentException("Route \"" + r.code() + "\" is not supported by the sample-data "
                        + "generator: use one of " + supportedNames() + ".");
            }
        }
        return new SampleData(seed, List.copyOf(set), dateRange, childShare, unaccompaniedShare);
    }

    /**
     * Returns a copy whose records are dated within the range.
     *
     * @param dateRange the range, not null; the records are valid when checked after its last day
     * @return the changed copy
     */
    public SampleData withDateRange(Period dateRange) {
        return new SampleData(seed, routes, Objects.requireNonNull(dateRange, "dateRange"), childShare,
                unaccompaniedShare);
    }

    /**
     * Returns a copy in which this share of migrants are children (under 18) on every route, instead of each route's
     * own share.
     *
     * @param share 0 to 1
     * @return the changed copy
     * @throws IllegalArgumentException if the share is outside 0 to 1 or not a number
     */
    public SampleData withChildShare(double share) {
        return new SampleData(seed, routes, dateRange, share(share, "Child share"), unaccompaniedShare);
    }

    /**
     * Returns a copy in which this share of children are unaccompanied or separated.
     *
     * @param share 0 to 1
     * @return the changed copy
     * @throws IllegalArgumentException if the share is outside 0 to 1 or not a number
     */
    public SampleData withUnaccompaniedShare(double share) {
        return new SampleData(seed, routes, dateRange, childShare, share(share, "Unaccompanied share"));
    }

    private static double share(double share, String name) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(name + " " + share + " is outside 0 to 1: give a fraction such as "
                    + "0.2.");
        }
        return share;
    }

    private static String supportedNames() {
        return RouteProfile.supported().stream().map(r -> "\"" + r.code() + "\"").collect(Collectors.joining(", "));
    }

    /**
     * Returns the seed.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns the routes drawn from.
     *
     * @return the routes, in {@link MmpRoute} declaration order; unmodifiable
     */
    public List<MmpRoute> routes() {
        return routes;
    }

    /**
     * Returns the range the records are dated in.
     *
     * @return the range
     */
    public Period dateRange() {
        return dateRange;
    }

    /**
     * Returns the share of children set with {@link #withChildShare(double)}.
     *
     * @return the share, or empty when each route's own share applies (the default)
     */
    public OptionalDouble childShare() {
        return childShare == null ? OptionalDouble.empty() : OptionalDouble.of(childShare);
    }

    /**
     * Returns the share of children who are unaccompanied or separated.
     *
     * @return the share, 0 to 1
     */
    public double unaccompaniedShare() {
        return unaccompaniedShare;
    }

    /**
     * Returns migrants, one per index: the migrants table of {@link #partnerDataset(int)} without an end.
     *
     * @return an effectively infinite, ordered stream; ids {@code m-0000001}, {@code m-0000002}, ...
     */
    public Stream<Migrant> migrants() {
        Partners partners = new Partners(this);
        return indices().mapToObj(partners::migrant);
    }

    /**
     * Returns the journeys of {@link #migrants()}, migrant by migrant (about 1.12 per migrant, 1.54 legs each).
     *
     * @return an effectively infinite, ordered stream; ids {@code j-0000001-1} (the migrant's number, the journey's)
     */
    public Stream<Journey> journeys() {
        Partners partners = new Partners(this);
        return indices().mapToObj(partners::journeys).flatMap(List::stream);
    }

    /**
     * Returns the legs of {@link #journeys()}, journey by journey, in travel order.
     *
     * @return an effectively infinite, ordered stream
     */
    public Stream<Leg> legs() {
        return journeys().flatMap(j -> j.legs().stream());
    }

    /**
     * Returns the assistance events of {@link #migrants()}, migrant by migrant (about 0.92 per migrant), each for one
     * migrant, dated within or after that migrant's first journey.
     *
     * @return an effectively infinite, ordered stream; ids {@code e-0000001-1} (the migrant's number, the event's)
     */
    public Stream<AssistanceEvent> assistanceEvents() {
        Partners partners = new Partners(this);
        return indices().mapToObj(partners::events).flatMap(List::stream);
    }

    /**
     * Returns Missing Migrants Project incidents on the routes, weighted as MMP records them (US–Mexico,
     * Afghanistan–Iran, Sahara and Central Mediterranean first).
     *
     * <p>Counts as MMP has them (domain-standards §1.4): the dead and missing follow a discrete power law (mostly
     * one person, rarely hundreds; heavier at sea); the number missing is blank in about 85 % of incidents, the
     * number dead in about 5 % (missing-only shipwrecks); the total is dead + missing with a blank as 0, given in
     * 95 %; the female, male and children counts are partial (30 % and 20 % of incidents) and never exceed the
     * total. Causes fit the place: drowning at sea, harsh conditions in the Sahara, violence on the Afghanistan–Iran
     * border. Source quality and sources as MMP's levels read (medical examiners at 5 on the US–Mexico border).
     *
     * @return an effectively infinite, ordered stream; ids {@code YYYY.MMP} + the record number
     */
    public Stream<Incident> incidents() {
        Incidents incidents = new Incidents(this);
        return indices().mapToObj(incidents::incident);
    }

    /**
     * Returns population figures: DTM flow monitoring arrivals on the routes (women, men, girls, boys), UNHCR stocks
     * of refugees and asylum-seekers in the destinations (by sex and the UNHCR age bands), returns (Afghans from
     * Pakistan and Iran, Ethiopians from Yemen and Saudi Arabia, ...) by sex, and detentions (a total only).
     * Complete breakdowns add up to their totals; the sex and age shares follow the route.
     *
     * @return an effectively infinite, ordered stream; ids {@code f-0000001}, ...
     */
    public Stream<PopulationFigure> populationFigures() {
        Figures figures = new Figures(this);
        return indices().mapToObj(figures::figure);
    }

    /**
     * Returns remittances on common corridors (US to Mexico and Central America, the Gulf to South Asia and the Horn
     * of Africa, Europe to West Africa, South Africa to Malawi, ...), in the sender's currency at scale 2. The cost
     * is drawn around each corridor's level (from about 2.5 % for the UAE to India to 15 % for South Africa to
     * Malawi), cheaper by mobile money or informally, dearer by bank, with a log-normal spread: a minority of
     * transfers meets the SDG 10.c target of 3 %, most do not (the generator's heuristic, not World Bank figures).
     *
     * @return an effectively infinite, ordered stream; ids {@code r-0000001}, ...
     */
    public Stream<Remittance> remittances() {
        Remittances remittances = new Remittances(this);
        return indices().mapToObj(remittances::remittance);
    }

    /**
     * Returns a consistent partner dataset of {@code migrants} migrants with their journeys, legs and assistance
     * events (the first {@code migrants} of {@link #migrants()} and theirs).
     *
     * @param migrants how many migrants, zero or more
     * @return the dataset; its tables are generated again each time they are streamed
     * @throws IllegalArgumentException if {@code migrants} is negative
     */
    public PartnerDataset partnerDataset(int migrants) {
        if (migrants < 0) {
            throw new IllegalArgumentException("Partner dataset size " + migrants + " is negative: give the number "
                    + "of migrants, zero or more.");
        }
        return new PartnerDataset(this, migrants);
    }

    private static LongStream indices() {
        return LongStream.range(0, Long.MAX_VALUE);
    }

    Weighted<RouteProfile> journeyRoutes() {
        return journeyRoutes;
    }

    Weighted<RouteProfile> incidentRoutes() {
        return incidentRoutes;
    }

    LocalDate firstDay() {
        return firstDay;
    }

    LocalDate lastDay() {
        return lastDay;
    }

    /** The number of days in the range, at least 1. */
    long days() {
        return days;
    }

    /** A day of the range, uniformly. */
    long day(SplitMix64 rng) {
        return firstDay.toEpochDay() + rng.nextInt((int) Math.min(Integer.MAX_VALUE, days));
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof SampleData)) {
            return false;
        }
        SampleData s = (SampleData) o;
        return seed == s.seed && routes.equals(s.routes) && dateRange.equals(s.dateRange)
                && Objects.equals(childShare, s.childShare) && unaccompaniedShare == s.unaccompaniedShare;
    }

    @Override
    public int hashCode() {
        return Objects.hash(seed, routes, dateRange, childShare, unaccompaniedShare);
    }

    /**
     * Returns the options, with the defaults named.
     *
     * @return e.g. {@code SampleData[seed=42, routes=all 15 supported, dateRange=2019-01-01/2025-12-31, childShare=per
     *     route, unaccompaniedShare=0.25]}
     */
    @Override
    public String toString() {
        return "SampleData[seed=" + seed + ", routes="
                + (routes.equals(RouteProfile.supported()) ? "all " + routes.size() + " supported" : routes)
                + ", dateRange=" + dateRange + ", childShare=" + (childShare == null ? "per route" : childShare)
                + ", unaccompaniedShare=" + unaccompaniedShare + "]";
    }
}
