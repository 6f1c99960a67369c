package org.migrationkit.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.gcm.GcmObjective;
import org.migrationkit.core.geo.AdminArea;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.geo.GeoPoint;
import org.migrationkit.core.geo.Location;
import org.migrationkit.core.model.CurrencyCodes;
import org.migrationkit.core.model.AssistanceEvent;
import org.migrationkit.core.model.AssistanceStatus;
import org.migrationkit.core.model.Beneficiary;
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
import org.migrationkit.io.schema.Entity;

/**
 * Seeded random records of every entity, built with the records' builders, for the io round-trip tests. Every
 * component is exercised: unknown (null or empty) about a third of the time, texts with quotes, commas, line
 * breaks, non-ASCII and the CSV formula triggers. Valid by construction; rule checks are not the point here.
 * (Not the core sample-data generator: small on purpose, and it never puts {@code |} in list items, which the CSV
 * list cells cannot hold.)
 */
public final class TestRecords {
    private static final List<CountryCode> COUNTRIES = CountryCode.all();
    private static final List<Currency> CURRENCIES = currencies();
    private static final String[] TEXT_PIECES = {"Lesvos", "off \"Kos\"", "a, b", "São Tomé", "Ṣabrātah", "=SUM(A1)",
        "+1", "-5", "@home", "'quoted", "line\nbreak", "tab\there", "日本", "🙂 camp", "x;y", "  padded  "};
    private static final String[] ORIGIN_REGIONS = {"Eastern Africa", "Western Africa", "Southern Asia", "Mixed",
        "Unknown", "Latin America and the Caribbean", "Western Asia"};

    private final Random random;

    /**
     * Creates a factory.
     *
     * @param seed the seed; the same seed gives the same records
     */
    public TestRecords(long seed) {
        this.random = new Random(seed);
    }

    /**
     * Returns {@code n} records of an entity.
     *
     * @param entity the entity
     * @param n how many
     * @return the records, of {@code entity.recordType()}
     */
    public List<Object> records(Entity entity, int n) {
        List<Object> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(record(entity, i));
        }
        return list;
    }

    /**
     * Returns one record of an entity.
     *
     * @param entity the entity
     * @param i the record's number, used in its id
     * @return the record
     */
    public Object record(Entity entity, int i) {
        switch (entity) {
            case MIGRANT:
                return migrant(i);
            case JOURNEY:
                return journey(i);
            case LEG:
                return leg(JourneyId.of(id("j", i)), 1 + random.nextInt(5));
            case INCIDENT:
                return incident(i);
            case POPULATION_FIGURE:
                return figure(i);
            case ASSISTANCE_EVENT:
                return event(i);
            default:
                return remittance(i);
        }
    }

    private static List<Currency> currencies() {
        return CurrencyCodes.all();
    }

    private boolean known() {
        return random.nextInt(3) != 0;
    }

    private <E> E pick(E[] values) {
        return values[random.nextInt(values.length)];
    }

    private <E> E pick(List<E> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <E> @Nullable E maybe(E[] values) {
        return known() ? pick(values) : null;
    }

    private @Nullable Integer count(int bound) {
        return known() ? random.nextInt(bound) : null;
    }

    private String id(String prefix, int i) {
        // Ids carry the characters that need care in CSV and JSON, and sometimes a formula trigger first.
        String[] odd = {"", "\"", ",", "'", "é", " x"};
        String start = random.nextInt(10) == 0 ? pick(new String[] {"=", "-", "+", "@", "'"}) : "";
        return start + prefix + "-" + Long.toHexString(random.nextLong() & 0xffffffffL) + pick(odd) + i;
    }

    private String text() {
        String t = pick(TEXT_PIECES);
        return random.nextBoolean() ? t : t + " " + random.nextInt(1000);
    }

    private @Nullable String maybeText() {
        return known() ? text() : null;
    }

    private CountryCode country() {
        return pick(COUNTRIES);
    }

    private @Nullable CountryCode maybeCountry() {
        return known() ? country() : null;
    }

    private List<CountryCode> countries() {
        List<CountryCode> list = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            list.add(country());
        }
        return list;
    }

    private <E extends Enum<E>> Set<E> subset(Class<E> type, int max) {
        EnumSet<E> set = EnumSet.noneOf(type);
        E[] values = type.getEnumConstants();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            set.add(pick(values));
        }
        return set;
    }

    private ReportedDate date() {
        int year = 1990 + random.nextInt(36);
        int month = 1 + random.nextInt(12);
        switch (random.nextInt(3)) {
            case 0:
                return ReportedDate.ofYear(year);
            case 1:
                return ReportedDate.ofMonth(year, month);
            default:
                return ReportedDate.of(year, month, 1 + random.nextInt(28));
        }
    }

    private @Nullable ReportedDate maybeDate() {
        return known() ? date() : null;
    }

    private Period period() {
        ReportedDate a = date();
        if (random.nextBoolean()) {
            return a.toPeriod();
        }
        ReportedDate b = date();
        return b.isBefore(a) ? Period.of(b, a) : a.isBefore(b) ? Period.of(a, b) : a.toPeriod();
    }

    private double coordinate(int range) {
        // Decimals as sources give them: a few to fifteen digits.
        double v = (random.nextDouble() * 2 - 1) * range;
        return random.nextBoolean() ? Math.round(v * 1e4) / 1e4 : v;
    }

    private @Nullable Location location(boolean countryRequired) {
        if (!countryRequired && !known()) {
            return null;
        }
        CountryCode country = countryRequired || known() ? country() : null;
        AdminArea admin = null;
        if (country != null && random.nextBoolean()) {
            String pcode = random.nextBoolean() ? country.alpha3().substring(0, 2) + random.nextInt(100) : null;
            String name = pcode == null || random.nextBoolean() ? text() : null;
            admin = AdminArea.of(country, 1 + random.nextInt(5), pcode, name);
        }
        String place = random.nextBoolean() ? text() : null;
        GeoPoint point = random.nextBoolean() ? GeoPoint.of(coordinate(90), coordinate(180)) : null;
        if (country == null && place == null && point == null) {
            place = text();
        }
        return Location.of(country, admin, place, point);
    }

    private Migrant migrant(int i) {
        return Migrant.builder().id(MigrantId.of(id("m", i))).sex(maybe(Sex.values()))
                .age(count(131)).birthYear(known() ? 1900 + random.nextInt(126) : null).nationalities(countries())
                .countryOfBirth(maybeCountry()).populationTypes(subset(PopulationType.class, 2))
                .specificNeeds(subset(SpecificNeed.class, 3)).unaccompanied(known() ? random.nextBoolean() : null)
                .build();
    }

    private Leg leg(JourneyId journey, int sequence) {
        return Leg.builder().journey(journey).sequence(sequence).origin(country()).destination(country())
                .departed(maybeDate()).arrived(maybeDate()).transport(maybe(TransportMode.values()))
                .facilitation(maybe(Facilitation.values())).build();
    }

    private Journey journey(int i) {
        JourneyId id = JourneyId.of(id("j", i));
        List<Leg> legs = new ArrayList<>();
        int n = random.nextInt(4);
        for (int s = 1; s <= n; s++) {
            legs.add(leg(id, s));
        }
        return Journey.builder().id(id).migrant(MigrantId.of(id("m", i))).origin(maybeCountry())
                .destination(maybeCountry()).legs(legs).route(maybe(MmpRoute.values()))
                .purpose(maybe(JourneyPurpose.values())).status(maybe(JourneyStatus.values())).build();
    }

    private Incident incident(int i) {
        List<CauseCategory> causes = new ArrayList<>(subset(CauseCategory.class, 2));
        List<String> sources = new ArrayList<>();
        for (int k = random.nextInt(3); k > 0; k--) {
            sources.add(text());
        }
        List<String> urls = new ArrayList<>();
        for (int k = random.nextInt(3); k > 0; k--) {
            urls.add("https://example.org/news/" + random.nextInt(100_000) + "?a=1&b=%7C");
        }
        return Incident.builder().id(IncidentId.of(id("2014.MMP", i))).subId(known() ? IncidentId.of(id("s", i)) : null)
                .kind(pick(IncidentType.values())).date(maybeDate()).location(location(false))
                .region(maybe(MmpRegion.values())).route(maybe(MmpRoute.values()))
                .reportedRegion(known() ? pick(new String[] {"North Africa", "Middle East", "Horn of Africa"}) : null)
                .reportedRoute(known() ? pick(new String[] {"Darien Gap", "Calais to United Kingdom",
                    "From Haiti to Dajabon, Dominican Republic"}) : null).causes(causes)
                .reportedCause(maybeText()).dead(count(500)).missing(count(500)).total(count(1000))
                .survivors(count(100)).females(count(50)).males(count(50)).children(count(50))
                .originCountries(countries())
                .originRegion(known() ? OriginRegion.of(pick(ORIGIN_REGIONS), random.nextBoolean()) : null)
                .sources(sources).urls(urls).sourceQuality(known() ? 1 + random.nextInt(5) : null).build();
    }

    private Breakdown breakdown() {
        AgeBandSet set = random.nextBoolean() ? AgeBandSet.UNHCR : null;
        Breakdown.Builder b = Breakdown.builder().total(count(100_000)).complete(random.nextBoolean()).bandSet(set);
        for (Sex sex : Sex.values()) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            for (AgeBand band : AgeBandSet.UNHCR.bands()) {
                if (random.nextBoolean()) {
                    b.cell(sex, band, random.nextInt(10_000));
                }
            }
            if (random.nextBoolean()) {
                b.cell(sex, null, random.nextInt(10_000));
            }
        }
        return b.build();
    }

    private PopulationFigure figure(int i) {
        return PopulationFigure.builder().id(FigureId.of(id("f", i))).populationType(pick(PopulationType.values()))
                .location(location(true)).origin(maybeCountry()).period(period()).breakdown(breakdown())
                .unit(pick(FigureUnit.values())).measure(pick(FigureMeasure.values()))
                .source(pick(new String[] {"UNHCR", "IOM DTM", "UN DESA", "=cmd|' /C calc'!A0"}))
                .edition(known() ? "IMS " + (2000 + random.nextInt(25)) : null)
                .round(known() ? 1 + random.nextInt(40) : null).assessmentType(maybe(AssessmentType.values()))
                .displacementReasons(List.copyOf(subset(DisplacementReason.class, 3)))
                .operation(known() ? pick(new String[] {"Lake Chad Basin Crisis", "Haiti Earthquake",
                    "Returns and displacement in Afghanistan"}) : null).build();
    }

    private AssistanceEvent event(int i) {
        Beneficiary beneficiary = random.nextInt(4) == 0 ? Beneficiary.group(1 + random.nextInt(500))
                : Beneficiary.person(MigrantId.of(id("m", i)));
        return AssistanceEvent.builder().id(EventId.of(id("e", i))).provider(pick(new String[] {"IOM", "UNHCR",
            "Red Crescent, Libya", "-MSF-"})).beneficiary(beneficiary).type(pick(AssistanceType.values()))
                .status(pick(AssistanceStatus.values())).date(maybeDate()).location(location(false))
                .consentRecorded(known() ? random.nextBoolean() : null)
                .objectives(subset(GcmObjective.class, 3)).build();
    }

    private Remittance remittance(int i) {
        BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(1_000_000), random.nextInt(4));
        BigDecimal cost = BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(4));
        return Remittance.builder().id(RemittanceId.of(id("r", i))).from(country()).to(country()).amount(amount)
                .cost(cost).currency(pick(CURRENCIES)).channel(pick(RemittanceChannel.values())).date(maybeDate())
                .build();
    }
}
