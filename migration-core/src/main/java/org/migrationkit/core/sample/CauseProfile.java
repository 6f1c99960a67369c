package org.migrationkit.core.sample;

import java.util.List;
import org.migrationkit.core.vocab.CauseCategory;

/**
 * How people die at one kind of place, as the generator draws Missing Migrants Project incidents there: the causes'
 * weights, the tail of the number of dead and missing, and how often the missing and the survivors are reported.
 *
 * <p>The generator's documented heuristic, shaped by domain-standards §1.3–§1.4 (drowning dominates sea crossings,
 * harsh conditions the Sahara, violence the Afghanistan–Iran border; the number missing is blank in 85 % of rows,
 * the number dead in about 5 %), not a published distribution.
 */
enum CauseProfile {
    /** Shipwrecks and capsizings: mostly drowning, heavy tail, often with missing and survivors. */
    SEA("DROWNING:88,VEHICLE_ACCIDENT:2,HARSH_ENVIRONMENTAL_CONDITIONS:2,SICKNESS:1,VIOLENCE:1,ACCIDENTAL_DEATH:1,"
            + "MIXED_OR_UNKNOWN:5", 0.9, 0.45, 0.5, false),
    /** Desert crossings: harsh conditions and vehicle accidents. */
    DESERT("DROWNING:1,VEHICLE_ACCIDENT:20,HARSH_ENVIRONMENTAL_CONDITIONS:55,SICKNESS:10,VIOLENCE:7,"
            + "ACCIDENTAL_DEATH:2,MIXED_OR_UNKNOWN:5", 1.4, 0.06, 0.1, false),
    /** Guarded land borders (Afghanistan–Iran, Yemen–Saudi Arabia): violence first, then vehicle accidents. */
    BORDER_VIOLENCE("DROWNING:2,VEHICLE_ACCIDENT:22,HARSH_ENVIRONMENTAL_CONDITIONS:10,SICKNESS:5,VIOLENCE:50,"
            + "ACCIDENTAL_DEATH:3,MIXED_OR_UNKNOWN:8", 1.8, 0.02, 0.05, false),
    /** The US–Mexico border: heat exposure, the Rio Grande, vehicles, remains of unknown cause. */
    US_MEXICO("DROWNING:18,VEHICLE_ACCIDENT:12,HARSH_ENVIRONMENTAL_CONDITIONS:40,SICKNESS:4,VIOLENCE:4,"
            + "ACCIDENTAL_DEATH:8,MIXED_OR_UNKNOWN:14", 2.2, 0.03, 0.02, false),
    /** European land borders: cold, vehicles, rivers. */
    LAND_EUROPE("DROWNING:15,VEHICLE_ACCIDENT:25,HARSH_ENVIRONMENTAL_CONDITIONS:30,SICKNESS:8,VIOLENCE:8,"
            + "ACCIDENTAL_DEATH:8,MIXED_OR_UNKNOWN:6", 2.0, 0.04, 0.1, true),
    /** The Darién jungle: rivers, exhaustion, sickness. */
    JUNGLE("DROWNING:30,VEHICLE_ACCIDENT:1,HARSH_ENVIRONMENTAL_CONDITIONS:30,SICKNESS:15,VIOLENCE:10,"
            + "ACCIDENTAL_DEATH:5,MIXED_OR_UNKNOWN:9", 1.6, 0.15, 0.1, false),
    /** Long truck journeys (the Southern Route): suffocation and crashes. */
    TRUCK("VEHICLE_ACCIDENT:60,HARSH_ENVIRONMENTAL_CONDITIONS:15,SICKNESS:10,VIOLENCE:5,MIXED_OR_UNKNOWN:10", 1.3,
            0.03, 0.3, false);

    private final Weighted<CauseCategory> causes;
    private final double tail;
    private final double missingShare;
    private final double survivorsShare;
    private final boolean cold;

    CauseProfile(String causes, double tail, double missingShare, double survivorsShare, boolean cold) {
        this.causes = Weighted.parse(causes, CauseCategory::valueOf);
        this.tail = tail;
        this.missingShare = missingShare;
        this.survivorsShare = survivorsShare;
        this.cold = cold;
    }

    CauseCategory cause(SplitMix64 rng) {
        return causes.pick(rng);
    }

    /** The exponent α of the discrete Pareto tail: P(dead + missing ≥ k) = k^-α. */
    double tail() {
        return tail;
    }

    /** The share of incidents with a number missing (the rest leave it blank). */
    double missingShare() {
        return missingShare;
    }

    double survivorsShare() {
        return survivorsShare;
    }

    /** A free-text cause in the style of the MMP API's {@code cause_death} (domain-standards §1.3). */
    String reportedCause(CauseCategory cause, SplitMix64 rng, String violence) {
        List<String> texts;
        switch (cause) {
            case DROWNING:
                texts = List.of("Drowning", "Presumed drowning", "Drowning (P)");
                break;
            case VEHICLE_ACCIDENT:
                texts = List.of("Vehicle accident", "Suffocation in truck", "Fell from vehicle");
                break;
            case HARSH_ENVIRONMENTAL_CONDITIONS:
                texts = cold ? List.of("Hypothermia", "Exposure to cold")
                        : List.of("Dehydration", "Environmental Exposure-Heat");
                break;
            case SICKNESS:
                texts = List.of("Sickness", "Lack of access to medicines");
                break;
            case VIOLENCE:
                texts = List.of(violence, "Violence");
                break;
            case ACCIDENTAL_DEATH:
                texts = List.of("Fall", "Train accident");
                break;
            default:
                texts = List.of("Unknown (skeletal remains)", "Unknown");
                break;
        }
        return texts.get(rng.nextInt(texts.size()));
    }
}
