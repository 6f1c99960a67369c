package org.migrationkit.core.sample;

import java.time.LocalDate;
import java.util.List;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.geo.Location;
import org.migrationkit.core.model.FigureId;
import org.migrationkit.core.model.FigureMeasure;
import org.migrationkit.core.model.PopulationFigure;
import org.migrationkit.core.people.AgeBand;
import org.migrationkit.core.people.AgeBandSet;
import org.migrationkit.core.people.Breakdown;
import org.migrationkit.core.people.Sex;
import org.migrationkit.core.time.Period;
import org.migrationkit.core.vocab.MmpRoute;
import org.migrationkit.core.vocab.PopulationType;

/**
 * Generates population figures, each from the seed and its index alone. Complete breakdowns are split with integer
 * arithmetic (largest remainder), so their cells add up to the total exactly.
 */
final class Figures {
    private static final long STREAM = 11;
    private static final AgeBand CHILDREN = AgeBand.of(0, 17);
    private static final AgeBand ADULTS = AgeBand.atLeast(18);
    // Afghans return from Pakistan and Iran (domain-standards §11): Pakistan is on no route's usual countries.
    private static final Weighted<CountryCode> AFGHAN_RETURNS_FROM = Weighted.parse("PAK:60,IRN:40", CountryCode::of);
    private static final CountryCode AFG = CountryCode.of("AFG");
    private static final CountryCode PAK = CountryCode.of("PAK");

    private enum Kind { FLOW, STOCK, RETURNS, DETAINED }

    private static final Weighted<Kind> KINDS = Weighted.parse("FLOW:35,STOCK:30,RETURNS:20,DETAINED:15",
            Kind::valueOf);

    private final SampleData config;

    Figures(SampleData config) {
        this.config = config;
    }

    PopulationFigure figure(long i) {
        SplitMix64 rng = SplitMix64.of(config.seed(), STREAM, i);
        Kind kind = KINDS.pick(rng);
        RouteProfile route = config.journeyRoutes().pick(rng);
        List<RouteProfile.Stage> stages = route.stages();
        CountryCode home = stages.get(0).countries().pick(rng);
        CountryCode transit = stages.get(1 + rng.nextInt(stages.size() - 1)).countries().pick(rng);
        CountryCode destination = stages.get(stages.size() - 1).countries().pick(rng);
        Weighted<CountryCode> nationalities = route.nationalities();
        CountryCode nationality = nationalities != null ? nationalities.pick(rng) : home;
        double female = jitter(route.femaleShare(), rng);
        double child = jitter(config.childShare().isPresent() ? config.childShare().getAsDouble()
                : route.childShare(), rng);
        LocalDate day = LocalDate.ofEpochDay(config.day(rng));
        Period month = Period.ofMonth(day.getYear(), day.getMonthValue());
        PopulationFigure.Builder b = PopulationFigure.builder().id(FigureId.of(SampleIds.of("f-", i, "")));
        switch (kind) {
            case FLOW: {
                // DTM flow monitoring: arrivals by women, men, girls and boys (the Yemen arrivals post).
                int total = logUniform(rng, 200, 20_000);
                int females = share(total, female);
                int girls = share(females, child);
                int boys = share(total - females, child);
                b.populationType(PopulationType.MIGRANT).measure(FigureMeasure.ARRIVED).location(Location.of(transit))
                        .origin(nationality.equals(transit) ? null : nationality).period(month).source("IOM DTM")
                        .breakdown(Breakdown.builder().total(total).complete(true).bandSet(AgeBandSet.ADULT_CHILD)
                                .cell(Sex.FEMALE, CHILDREN, girls).cell(Sex.FEMALE, ADULTS, females - girls)
                                .cell(Sex.MALE, CHILDREN, boys).cell(Sex.MALE, ADULTS, total - females - boys)
                                .build());
                break;
            }
            case STOCK: {
                // UNHCR: refugees and asylum-seekers in the destination, by sex and the UNHCR age bands.
                int total = logUniform(rng, 1_000, 500_000);
                int females = share(total, female);
                Breakdown.Builder bd = Breakdown.builder().total(total).complete(true).bandSet(AgeBandSet.UNHCR);
                bands(bd, Sex.FEMALE, females, child);
                bands(bd, Sex.MALE, total - females, child);
                b.populationType(rng.chance(0.6) ? PopulationType.REF : PopulationType.ASY)
                        .location(Location.of(destination))
                        .origin(nationality.equals(destination) ? null : nationality)
                        .period(Period.ofYear(day.getYear())).source("UNHCR").breakdown(bd.build());
                break;
            }
            case RETURNS: {
                boolean afghans = route.route() == MmpRoute.AFGHANISTAN_TO_IRAN;
                CountryCode from = afghans ? AFGHAN_RETURNS_FROM.pick(rng) : transit;
                CountryCode to = afghans ? AFG : home;
                int total = logUniform(rng, 1_000, 80_000);
                int females = share(total, female);
                b.populationType(PopulationType.RETURNEE).measure(FigureMeasure.RETURNED).location(Location.of(to))
                        .origin(from.equals(to) ? null : from).period(month).source("IOM DTM")
                        .breakdown(Breakdown.builder().total(total).complete(true)
                                .cell(Sex.FEMALE, null, females).cell(Sex.MALE, null, total - females).build());
                break;
            }
            default: {
                // Detentions: a total only (the "31,000 detained" of the Afghan returns post).
                boolean afghans = route.route() == MmpRoute.AFGHANISTAN_TO_IRAN;
                CountryCode where = afghans ? PAK : transit;
                CountryCode who = afghans ? AFG : nationality;
                b.populationType(PopulationType.MIGRANT).measure(FigureMeasure.DETAINED).location(Location.of(where))
                        .origin(who.equals(where) ? null : who).period(month).source("IOM DTM")
                        .total(logUniform(rng, 100, 5_000));
                break;
            }
        }
        return b.build();
    }

    /** A share moved by up to ±30 % of itself, kept in [0, 1]. */
    private static double jitter(double share, SplitMix64 rng) {
        return Math.min(1.0, share * (0.7 + 0.6 * rng.nextDouble()));
    }

    /** {@code floor(n × share)}: never more than n. */
    private static int share(int n, double share) {
        return (int) Math.min(n, (long) (n * share));
    }

    /** A total between lo and hi, uniform on a log scale: a few large figures, many small ones. */
    private static int logUniform(SplitMix64 rng, int lo, int hi) {
        double x = lo * StrictMath.exp(rng.nextDouble() * StrictMath.log((double) hi / lo));
        return (int) Math.max(lo, Math.min(hi, x));
    }

    /** Splits {@code n} people of one sex over the UNHCR bands, children first, by largest remainder. */
    private static void bands(Breakdown.Builder bd, Sex sex, int n, double child) {
        List<AgeBand> bands = AgeBandSet.UNHCR.bands(); // 0-4, 5-11, 12-17, 18-59, 60+
        // Weights per 10,000: children spread over three bands, adults mostly 18-59.
        long c = Math.round(child * 10_000);
        long[] weights = {c * 30 / 100, c * 35 / 100, c - c * 30 / 100 - c * 35 / 100,
            (10_000 - c) * 93 / 100, (10_000 - c) - (10_000 - c) * 93 / 100};
        long[] cells = new long[weights.length];
        long assigned = 0;
        long[] remainders = new long[weights.length];
        for (int k = 0; k < weights.length; k++) {
            cells[k] = n * weights[k] / 10_000;
            remainders[k] = n * weights[k] % 10_000;
            assigned += cells[k];
        }
        for (long left = n - assigned; left > 0; left--) {
            int best = 0;
            for (int k = 1; k < weights.length; k++) {
                if (remainders[k] > remainders[best]) {
                    best = k;
                }
            }
            cells[best]++;
            remainders[best] = -1;
        }
        for (int k = 0; k < bands.size(); k++) {
            bd.cell(sex, bands.get(k), (int) cells[k]);
        }
    }
}
