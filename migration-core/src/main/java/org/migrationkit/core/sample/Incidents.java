package org.migrationkit.core.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.geo.Region;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.model.IncidentId;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.vocab.CauseCategory;
import org.migrationkit.core.vocab.IncidentType;
import org.migrationkit.core.vocab.MmpRoute;
import org.migrationkit.core.vocab.OriginRegion;

/** Generates Missing Migrants Project incidents, each from the seed and its index alone. */
final class Incidents {
    private static final long STREAM = 10;
    private static final int SEA_CAP = 1_000;
    private static final int LAND_CAP = 300;
    private static final List<String> MEDIA = List.of("Reuters", "Associated Press", "Agence France-Presse");

    private final SampleData config;

    Incidents(SampleData config) {
        this.config = config;
    }

    Incident incident(long i) {
        SplitMix64 rng = SplitMix64.of(config.seed(), STREAM, i);
        RouteProfile route = config.incidentRoutes().pick(rng);
        RouteProfile.Place place = route.places().pick(rng);
        CauseProfile profile = place.causes();
        long epochDay = config.day(rng);
        ReportedDate date = Dates.report(epochDay, rng, 0.92, 0.07);
        int year = LocalDate.ofEpochDay(epochDay).getYear();
        // MMP ids: year, "MMP", a number (domain-standards §1.5); the record number keeps them unique.
        String number = Long.toString(i + 1);
        String id = year + ".MMP" + "000000".substring(Math.min(6, number.length())) + number;
        boolean cumulative = profile == CauseProfile.US_MEXICO && rng.chance(0.03);
        // Some incidents have no route assigned in MMP (15 % of rows); they keep the place.
        MmpRoute mmpRoute = rng.chance(0.9) ? route.route() : null;

        CauseCategory cause = profile.cause(rng);
        List<CauseCategory> causes = cause != CauseCategory.MIXED_OR_UNKNOWN && rng.chance(0.03)
                ? List.of(cause, CauseCategory.MIXED_OR_UNKNOWN) : List.of(cause);
        String reported = rng.chance(0.6) ? profile.reportedCause(cause, rng, place.violence()) : null;

        int cap = profile == CauseProfile.SEA ? SEA_CAP : LAND_CAP;
        int n = pareto(rng, profile.tail(), cap);
        if (cumulative) {
            n = Math.min(cap, n * rng.between(5, 40)); // a medical examiner's period total
        }
        Integer dead;
        Integer missing = null;
        if (rng.chance(profile.missingShare())) {
            // Missing people are reported from survivors' accounts: at least two people were involved.
            n = Math.max(n, 2);
            int m = Math.min(n - 1, Math.max(1, (int) (n * (0.2 + 0.7 * rng.nextDouble()))));
            if (rng.chance(0.35)) {
                dead = null; // missing-only: no body recovered
                missing = n;
            } else {
                dead = n - m;
                missing = m;
            }
        } else {
            dead = n;
        }
        Integer total = rng.chance(0.95) ? Integer.valueOf(n) : null;
        Integer survivors = rng.chance(profile.survivorsShare()) ? Integer.valueOf(rng.between(1, 3 * n + 2)) : null;
        Integer females = null;
        Integer males = null;
        if (rng.chance(0.3)) {
            int known = rng.between(1, n);
            int f = count(rng, known, route.femaleShare());
            females = f;
            males = known - f;
        }
        Integer children = rng.chance(0.2) ? Integer.valueOf(count(rng, rng.between(1, n), route.childShare())) : null;

        List<CountryCode> origins = new ArrayList<>(2); // copied by the record
        double o = rng.nextDouble();
        if (o < 0.65) {
            origins.add(nationality(route, rng));
            if (o < 0.05) {
                CountryCode second = nationality(route, rng);
                if (!second.equals(origins.get(0))) {
                    origins.add(second);
                }
            }
        }
        OriginRegion originRegion = origins.isEmpty() || !rng.chance(0.8) ? null
                : originRegion(origins.get(0), rng.chance(0.4));

        Integer quality = rng.chance(0.97) ? route.quality().pick(rng) : null;
        List<String> sources = sources(quality, place, rng);
        // The canonical constructor rather than the builder: it spares two list copies per record.
        return new Incident(IncidentId.of(id), null,
                cumulative ? IncidentType.CUMULATIVE_INCIDENT : IncidentType.INCIDENT, date, place.location(),
                place.region(), mmpRoute, null, null, causes, reported, dead, missing, total, survivors, females, males,
                children, origins, originRegion, sources, List.of(), quality);
    }

    /**
     * A discrete Pareto draw: {@code floor(U^(-1/α))} with U uniform in (0, 1], so P(n ≥ k) = k^-α; StrictMath so
     * that the same U gives the same n on every JVM.
     */
    static int pareto(SplitMix64 rng, double alpha, int cap) {
        double u = 1.0 - rng.nextDouble();
        double x = StrictMath.pow(u, -1.0 / alpha);
        return x >= cap ? cap : (int) x;
    }

    /** How many of {@code n} people have a trait of probability {@code share}: exact draws for small n. */
    private static int count(SplitMix64 rng, int n, double share) {
        if (n <= 64) {
            int c = 0;
            for (int k = 0; k < n; k++) {
                c += rng.chance(share) ? 1 : 0;
            }
            return c;
        }
        double s = share * (0.8 + 0.4 * rng.nextDouble());
        return Math.min(n, (int) (n * s));
    }

    private static CountryCode nationality(RouteProfile route, SplitMix64 rng) {
        Weighted<CountryCode> nationalities = route.nationalities();
        return nationalities != null ? nationalities.pick(rng) : route.stages().get(0).countries().pick(rng);
    }

    private static @Nullable OriginRegion originRegion(CountryCode country, boolean presumed) {
        Region r = country.intermediateRegion() != null ? country.intermediateRegion() : country.subRegion();
        return r == null ? null : OriginRegion.of(r.name(), presumed);
    }

    private static List<String> sources(@Nullable Integer quality, RouteProfile.Place place, SplitMix64 rng) {
        int level = quality == null ? 1 + rng.nextInt(5) : quality;
        switch (level) {
            case 1:
                return List.of(MEDIA.get(rng.nextInt(MEDIA.size())));
            case 2:
                return List.of("Mixed Migration Monitoring Mechanism Initiative (4Mi)");
            case 3:
                int a = rng.nextInt(MEDIA.size());
                return List.of(MEDIA.get(a), MEDIA.get((a + 1) % MEDIA.size()));
            case 4:
                return List.of(place.office());
            default:
                return List.of(place.authority());
        }
    }
}
