package org.migrationkit.core.vocab;

import org.migrationkit.core.internal.Vocabulary;
import java.util.List;
import java.util.Optional;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * The HXL hashtags this library knows: the core hashtags relevant to migration data, and the non-core hashtags
 * the public layouts it reads use.
 *
 * <p>Source: domain-standards §3.2 (HXL 1.1 dictionary and the hashtag chooser's knowledge base), §2.2 and §2.7
 * (DTM on HDX), §1.2 layout D (MMP on HDX). {@link #isCore()} tells the two kinds apart. Custom hashtags
 * ({@code #x_...}) and others are still valid in an {@link HxlTag}; this list is for recognising columns.
 */
public enum HxlHashtag {
    /** Country (default vocabulary ISO 3166-1 alpha-3). */
    COUNTRY("#country", "Country", true),
    /** Top-level subnational administrative area (default vocabulary P-codes). */
    ADM1("#adm1", "Administrative level 1", true),
    /** Second-level subnational administrative area. */
    ADM2("#adm2", "Administrative level 2", true),
    /** Third-level subnational administrative area. */
    ADM3("#adm3", "Administrative level 3", true),
    /** Fourth-level subnational administrative area. */
    ADM4("#adm4", "Administrative level 4", true),
    /** Fifth-level subnational administrative area. */
    ADM5("#adm5", "Administrative level 5", true),
    /** Point location: village, camp, clinic. */
    LOC("#loc", "Point location", true),
    /** Geographical coordinates or geometry. */
    GEO("#geo", "Geometry", true),
    /** Supra-national region, e.g. Horn of Africa. */
    REGION("#region", "Supra-national region", true),
    /** People or households affected. */
    AFFECTED("#affected", "Affected", true),
    /** People or households in need of assistance. */
    INNEED("#inneed", "In need", true),
    /** People or households targeted for assistance. */
    TARGETED("#targeted", "Targeted", true),
    /** People or households reached with assistance. */
    REACHED("#reached", "Reached", true),
    /** Population characteristics or baseline. */
    POPULATION("#population", "Population", true),
    /** Beneficiary information. */
    BENEFICIARY("#beneficiary", "Beneficiary", true),
    /** A single survey respondent (pre-release HXL 1.1). */
    RESPONDEE("#respondee", "Respondee", true),
    /** Organisation. */
    ORG("#org", "Organisation", true),
    /** Sector or cluster. */
    SECTOR("#sector", "Sector", true),
    /** Subsector. */
    SUBSECTOR("#subsector", "Subsector", true),
    /** Activity. */
    ACTIVITY("#activity", "Activity", true),
    /** Service. */
    SERVICE("#service", "Service", true),
    /** Need. */
    NEED("#need", "Need", true),
    /** Indicator value or text. */
    INDICATOR("#indicator", "Indicator", true),
    /** Output. */
    OUTPUT("#output", "Output", true),
    /** Item. */
    ITEM("#item", "Item", true),
    /** Modality. */
    MODALITY("#modality", "Modality", true),
    /** Channel. */
    CHANNEL("#channel", "Channel", true),
    /** Access. */
    ACCESS("#access", "Access", true),
    /** Capacity. */
    CAPACITY("#capacity", "Capacity", true),
    /** Operations. */
    OPERATIONS("#operations", "Operations", true),
    /** Contact. */
    CONTACT("#contact", "Contact", true),
    /** Currency. */
    CURRENCY("#currency", "Currency", true),
    /** Monetary value. */
    VALUE("#value", "Value", true),
    /** Frequency. */
    FREQUENCY("#frequency", "Frequency", true),
    /** Crisis (GLIDE number for +code). */
    CRISIS("#crisis", "Crisis", true),
    /** Event. */
    EVENT("#event", "Event", true),
    /** Cause. */
    CAUSE("#cause", "Cause", true),
    /** Impact. */
    IMPACT("#impact", "Impact", true),
    /** Severity. */
    SEVERITY("#severity", "Severity", true),
    /** Non-response group, e.g. an armed group. */
    GROUP("#group", "Group", true),
    /** Status. */
    STATUS("#status", "Status", true),
    /** Date. */
    DATE("#date", "Date", true),
    /** Metadata: source, URL. */
    META("#meta", "Metadata", true),
    /** Description. */
    DESCRIPTION("#description", "Description", true),
    /** Record identifier (DTM API #id+code; non-core). */
    ID("#id", "Record identifier", false),
    /** DTM operation (DTM API #operation+name; non-core, unlike #operations). */
    OPERATION("#operation", "DTM operation", false),
    /** Administrative level of a row (DTM on HDX #adm+level; non-core). */
    ADM("#adm", "Administrative level", false),
    /** Data-collection round (DTM #round+code; non-core). */
    ROUND("#round", "Data-collection round", false),
    /** Assessment type (DTM #assessment+type; non-core). */
    ASSESSMENT("#assessment", "Assessment", false),
    /** Displacement site (DTM/HDX #site+name; non-core). */
    SITE("#site", "Site", false),
    /** Web identifier (MMP on HDX #web+id; non-core). */
    WEB("#web", "Web identifier", false),
    /** Migration route (MMP on HDX #route+description; non-core). */
    ROUTE("#route", "Route", false);

    private static final Vocabulary<HxlHashtag> VOCABULARY = new Vocabulary<>(values(), "HXL hashtag",
            HxlHashtag::code, h -> List.of(h.code, h.code.substring(1), h.label), IssueCode.HXL_HASHTAG_UNKNOWN);

    private final String code;
    private final String label;
    private final boolean core;

    HxlHashtag(String code, String label, boolean core) {
        this.code = code;
        this.label = label;
        this.core = core;
    }

    /**
     * Returns the hashtag as written in an HXL row, the wire form.
     *
     * @return e.g. {@code #country}
     */
    public String code() {
        return code;
    }

    /**
     * Returns what the hashtag means, for people.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * Returns whether the hashtag is in the HXL 1.1 dictionary (or the hashtag chooser's knowledge base), as
     * opposed to a community hashtag that public layouts use.
     *
     * @return true for a core hashtag
     */
    public boolean isCore() {
        return core;
    }

    /**
     * Returns the hashtag with exactly this code.
     *
     * @param code the hashtag with its {@code #}, lower case, not null
     * @return the hashtag
     * @throws org.migrationkit.core.validation.InvalidValueException ({@code hxl.hashtag-unknown}) if no constant
     *     has this code; the message lists the codes
     */
    public static HxlHashtag ofCode(String code) {
        return VOCABULARY.ofCode(code);
    }

    /**
     * Finds the hashtag with exactly this code.
     *
     * @param code the hashtag with its {@code #}, lower case, not null
     * @return the hashtag, or empty
     */
    public static Optional<HxlHashtag> findByCode(String code) {
        return VOCABULARY.findByCode(code);
    }

    /**
     * Looks a hashtag up with or without its {@code #}, or by label, ignoring case.
     *
     * @param text any text, not null
     * @return the hashtag, or a miss with {@code hxl.hashtag-unknown} and a close one as suggestion
     */
    public static Lookup<HxlHashtag> lookup(CharSequence text) {
        return VOCABULARY.lookup(text);
    }

    /** Returns {@link #code()}. */
    @Override
    public String toString() {
        return code;
    }
}
