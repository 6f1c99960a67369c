package org.migrationkit.core.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * A named set of non-overlapping {@link AgeBand}s, the way a source breaks counts down by age. Age is modelled
 * as a band keyed by its band set, never as a fixed enum, because every source uses its own bands.
 *
 * <p>Source: domain-standards §2.5 (UNHCR demographics and proGres, UNHCR UASC, CTDC 2024 codebook
 * {@code ageBroad}, DTM flow monitoring adult/child). The named sets are contiguous from age 0; custom sets made
 * with {@link #of(String, AgeBand...)} may leave gaps.
 *
 * <pre>{@code
 * AgeBandSet.UNHCR.bandOf(7);                   // 5-11
 * AgeBandSet.UNHCR.lookup("60").value();        // 60+ (UNHCR's "Female_60" column)
 * AgeBandSet.of("dtm-site", AgeBand.of(0, 0), AgeBand.of(1, 5), AgeBand.of(6, 17), AgeBand.atLeast(18));
 * }</pre>
 */
public final class AgeBandSet {
    /** UNHCR demographics: 0-4, 5-11, 12-17, 18-59, 60+ (id {@code unhcr}). */
    public static final AgeBandSet UNHCR = of("unhcr",
            AgeBand.of(0, 4), AgeBand.of(5, 11), AgeBand.of(12, 17), AgeBand.of(18, 59), AgeBand.atLeast(60));
    /** UNHCR proGres "Detailed" aggregation: 0-4, 5-11, 12-17, 18-24, 25-49, 50-59, 60+ (id {@code unhcr-detailed}). */
    public static final AgeBandSet UNHCR_DETAILED = of("unhcr-detailed",
            AgeBand.of(0, 4), AgeBand.of(5, 11), AgeBand.of(12, 17), AgeBand.of(18, 24), AgeBand.of(25, 49),
            AgeBand.of(50, 59), AgeBand.atLeast(60));
    /** UNHCR unaccompanied and separated children: 0-4, 5-11, 12-14, 15-17 (id {@code unhcr-uasc}). */
    public static final AgeBandSet UNHCR_UASC = of("unhcr-uasc",
            AgeBand.of(0, 4), AgeBand.of(5, 11), AgeBand.of(12, 14), AgeBand.of(15, 17));
    /** CTDC {@code ageBroad}: 0-8, 9-17, 18-20, 21-23, 24-26, 27-29, 30-38, 39-47, 48+ (id {@code ctdc}). */
    public static final AgeBandSet CTDC = of("ctdc",
            AgeBand.of(0, 8), AgeBand.of(9, 17), AgeBand.of(18, 20), AgeBand.of(21, 23), AgeBand.of(24, 26),
            AgeBand.of(27, 29), AgeBand.of(30, 38), AgeBand.of(39, 47), AgeBand.atLeast(48));
    /** Children and adults: 0-17, 18+ (id {@code adult-child}; DTM flow monitoring). */
    public static final AgeBandSet ADULT_CHILD = of("adult-child", AgeBand.of(0, 17), AgeBand.atLeast(18));

    private static final List<AgeBandSet> NAMED = List.of(UNHCR, UNHCR_DETAILED, UNHCR_UASC, CTDC, ADULT_CHILD);

    private final String id;
    private final List<AgeBand> bands;

    private AgeBandSet(String id, List<AgeBand> bands) {
        this.id = id;
        this.bands = bands;
    }

    /**
     * Returns a custom band set.
     *
     * @param id a stable id such as {@code dtm-site}, not blank
     * @param bands the bands, at least one, none overlapping another; kept sorted by {@link AgeBand}'s order
     * @return the band set
     * @throws IllegalArgumentException if the id is blank, there is no band, or two bands overlap
     */
    public static AgeBandSet of(String id, AgeBand... bands) {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("Age band set id is blank: give a stable id such as \"dtm-site\".");
        }
        List<AgeBand> sorted = new ArrayList<>(List.of(bands));
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("Age band set " + id + " has no band: give at least one.");
        }
        Collections.sort(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException("Age band set " + id + " has overlapping bands "
                        + sorted.get(i - 1) + " and " + sorted.get(i) + ": each age belongs to at most one band.");
            }
        }
        return new AgeBandSet(id, List.copyOf(sorted));
    }

    /**
     * Returns the named band sets.
     *
     * @return UNHCR, UNHCR_DETAILED, UNHCR_UASC, CTDC, ADULT_CHILD
     */
    public static List<AgeBandSet> all() {
        return NAMED;
    }

    /**
     * Finds a named band set by id.
     *
     * @param id {@code unhcr}, {@code unhcr-detailed}, {@code unhcr-uasc}, {@code ctdc} or {@code adult-child}
     * @return the band set, or empty
     */
    public static Optional<AgeBandSet> findById(String id) {
        return NAMED.stream().filter(s -> s.id.equals(id)).findFirst();
    }

    /**
     * Returns the named band set with the given id.
     *
     * @param id {@code unhcr}, {@code unhcr-detailed}, {@code unhcr-uasc}, {@code ctdc} or {@code adult-child}
     * @return the band set
     * @throws IllegalArgumentException if no named set has that id; the message lists the ids
     */
    public static AgeBandSet ofId(String id) {
        Objects.requireNonNull(id, "id");
        return findById(id).orElseThrow(() -> new IllegalArgumentException("Unknown age band set \"" + id
                + "\": use one of " + NAMED.stream().map(AgeBandSet::id).collect(Collectors.joining(", ")) + "."));
    }

    /**
     * Returns the id.
     *
     * @return e.g. {@code unhcr}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the bands, youngest first.
     *
     * @return an unmodifiable list, not empty
     */
    public List<AgeBand> bands() {
        return bands;
    }

    /**
     * Returns the band holding the age.
     *
     * @param age an age in years
     * @return the band, or null when no band of this set holds it
     */
    public @Nullable AgeBand bandOf(int age) {
        for (AgeBand b : bands) {
            if (b.contains(age)) {
                return b;
            }
        }
        return null;
    }

    /**
     * Returns whether the band is one of this set's.
     *
     * @param band a band, not null
     * @return true when it is
     */
    public boolean contains(AgeBand band) {
        return bands.contains(band);
    }

    /**
     * Looks up one of this set's bands as the set's source spells it, without throwing. Besides the spellings
     * {@link AgeBand#lookup(CharSequence)} reads, a bare number names the set's open-ended band starting at that
     * age: in UNHCR demographics {@code Female_60} means 60 and over.
     *
     * @param text any text, not null
     * @return the band, or a miss with {@code age.band-not-in-set} (a band, but not one of this set's) or the codes
     *     of {@link AgeBand#lookup(CharSequence)}
     */
    public Lookup<AgeBand> lookup(CharSequence text) {
        Lookup<AgeBand> l = AgeBand.lookup(text);
        if (l.isFound()) {
            return contains(l.value()) ? l : Lookup.miss(IssueCode.AGE_BAND_NOT_IN_SET, suggest(l.value()));
        }
        String s = text.toString().strip();
        if (l.code() == IssueCode.AGE_UNPARSEABLE && !s.isEmpty() && s.length() <= 3
                && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int min = Integer.parseInt(s);
            AgeBand last = bands.get(bands.size() - 1);
            if (last.isOpenEnded() && last.min() == min) {
                return Lookup.found(last);
            }
        }
        return l;
    }

    private @Nullable String suggest(AgeBand band) {
        AgeBand b = bandOf(band.min());
        return b == null ? null : b.toString();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof AgeBandSet && ((AgeBandSet) o).id.equals(id) && ((AgeBandSet) o).bands.equals(bands);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + bands.hashCode();
    }

    /**
     * Returns the id and the bands.
     *
     * @return e.g. {@code unhcr[0-4, 5-11, 12-17, 18-59, 60+]}
     */
    @Override
    public String toString() {
        return id + bands;
    }
}
