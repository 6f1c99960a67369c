package org.migrationkit.core.sample;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.time.ReportedDate;

/** Turns the generator's exact days into reported dates at the precision partners report them. */
final class Dates {
    private Dates() {
    }

    /**
     * The day as a reported date: a day with probability {@code dayShare}, its month with {@code monthShare}, else
     * not reported. A month holds the day, so coarsening keeps every "certainly before" of the exact days.
     */
    static @Nullable ReportedDate report(long epochDay, SplitMix64 rng, double dayShare, double monthShare) {
        return report(epochDay, rng.nextDouble(), dayShare, monthShare);
    }

    /** As {@link #report(long, SplitMix64, double, double)}, with the draw {@code r} in [0, 1) already made. */
    static @Nullable ReportedDate report(long epochDay, double r, double dayShare, double monthShare) {
        if (r < dayShare) {
            return ReportedDate.ofDay(LocalDate.ofEpochDay(epochDay));
        }
        if (r < dayShare + monthShare) {
            LocalDate day = LocalDate.ofEpochDay(epochDay);
            return ReportedDate.ofMonth(day.getYear(), day.getMonthValue());
        }
        return null;
    }

    static ReportedDate day(long epochDay) {
        return ReportedDate.ofDay(LocalDate.ofEpochDay(epochDay));
    }
}
