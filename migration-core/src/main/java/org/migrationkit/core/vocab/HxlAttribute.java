package org.migrationkit.core.vocab;

import org.migrationkit.core.internal.Vocabulary;
import java.util.List;
import java.util.Optional;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * The HXL attributes this library knows: the core attributes of the HXL 1.1 dictionary relevant to migration
 * data, and the community attributes the public layouts use.
 *
 * <p>Source: domain-standards §3.3 (core and community attributes), §3.1 (vocabulary prefixes), §2.7 and §4.1
 * (DTM and UNHCR on HDX), §1.2 layout D (MMP on HDX). {@link #isCore()} tells the two kinds apart. Other
 * attributes are still valid in an {@link HxlTag}; this list is for recognising columns.
 */
public enum HxlAttribute {
    /** Female. */
    F("+f", "Female", true),
    /** Male. */
    M("+m", "Male", true),
    /** Intersex or non-binary. */
    I("+i", "Intersex or non-binary", true),
    /** Infants (age range varies by source). */
    INFANTS("+infants", "Infants", true),
    /** Children (age range varies by source). */
    CHILDREN("+children", "Children", true),
    /** Adolescents (age range varies by source). */
    ADOLESCENTS("+adolescents", "Adolescents", true),
    /** Adults (age range varies by source). */
    ADULTS("+adults", "Adults", true),
    /** Elderly people (age range varies by source). */
    ELDERLY("+elderly", "Elderly", true),
    /** Displaced people. */
    DISPLACED("+displaced", "Displaced", true),
    /** Internally displaced persons. */
    IDPS("+idps", "Internally displaced persons", true),
    /** Refugees. */
    REFUGEES("+refugees", "Refugees", true),
    /** People in camps. */
    INCAMP("+incamp", "In camps", true),
    /** People not in camps. */
    NONCAMP("+noncamp", "Not in camps", true),
    /** Counted in individuals. */
    IND("+ind", "Individuals", true),
    /** Counted in households. */
    HH("+hh", "Households", true),
    /** Abducted. */
    ABDUCTED("+abducted", "Abducted", true),
    /** Killed. */
    KILLED("+killed", "Killed", true),
    /** Injured. */
    INJURED("+injured", "Injured", true),
    /** Infected. */
    INFECTED("+infected", "Infected", true),
    /** Place of origin. */
    ORIGIN("+origin", "Origin", true),
    /** Destination. */
    DEST("+dest", "Destination", true),
    /** Incoming movement. */
    INCOMING("+incoming", "Incoming", true),
    /** Outgoing movement. */
    OUTGOING("+outgoing", "Outgoing", true),
    /** Start date. */
    START("+start", "Start date", true),
    /** End date. */
    END("+end", "End date", true),
    /** Date reported. */
    REPORTED("+reported", "Reported date", true),
    /** Date occurred. */
    OCCURRED("+occurred", "Occurred date", true),
    /** Date approved. */
    APPROVED("+approved", "Approved date", true),
    /** Date canceled (HXL's spelling). */
    CANCELED("+canceled", "Canceled date", true),
    /** Date converted. */
    CONVERTED("+converted", "Converted date", true),
    /** A code. */
    CODE("+code", "Code", true),
    /** A name. */
    NAME("+name", "Name", true),
    /** A type. */
    TYPE("+type", "Type", true),
    /** A label. */
    LABEL("+label", "Label", true),
    /** A number. */
    NUM("+num", "Number", true),
    /** Free text. */
    TEXT("+text", "Text", true),
    /** A URL. */
    URL("+url", "URL", true),
    /** An email address. */
    EMAIL("+email", "Email address", true),
    /** A phone number. */
    PHONE("+phone", "Phone number", true),
    /** A source. */
    SOURCE("+source", "Source", true),
    /** An identifier (hashtag chooser). */
    ID("+id", "Identifier", true),
    /** A percentage (hashtag chooser). */
    PCT("+pct", "Percentage", true),
    /** Latitude (#geo). */
    LAT("+lat", "Latitude", true),
    /** Longitude (#geo). */
    LON("+lon", "Longitude", true),
    /** Coordinates (#geo). */
    COORD("+coord", "Coordinates", true),
    /** Elevation (#geo). */
    ELEVATION("+elevation", "Elevation", true),
    /** Bounds (#geo). */
    BOUNDS("+bounds", "Bounds", true),
    /** Cluster (#sector). */
    CLUSTER("+cluster", "Cluster", true),
    /** Values are P-codes. */
    V_PCODE("+v_pcode", "P-code vocabulary", true),
    /** Values are ISO 3166-1 alpha-3 codes. */
    V_ISO3("+v_iso3", "ISO 3166-1 alpha-3 vocabulary", true),
    /** Values are ISO 3166-1 alpha-2 codes. */
    V_ISO2("+v_iso2", "ISO 3166-1 alpha-2 vocabulary", true),
    /** Returnees (UNHCR and DTM on HDX). */
    RETURNEES("+returnees", "Returnees", false),
    /** Asylum-seekers (UNHCR on HDX). */
    ASYLUM_SEEKERS("+asylum_seekers", "Asylum-seekers", false),
    /** Stateless persons (UNHCR on HDX). */
    STATELESS("+stateless", "Stateless persons", false),
    /** Other people in need of international protection (UNHCR on HDX). */
    OIP("+oip", "Other people in need of international protection", false),
    /** Host community (UNHCR on HDX). */
    HST("+hst", "Host community", false),
    /** Others of concern (UNHCR on HDX). */
    OTHERS("+others", "Others of concern", false),
    /** Naturalised (UNHCR on HDX). */
    NATURALIZED("+naturalized", "Naturalised", false),
    /** Resettled (UNHCR on HDX). */
    RESETTLED("+resettled", "Resettled", false),
    /** Country of asylum (UNHCR on HDX #country+code+asylum). */
    ASYLUM("+asylum", "Country of asylum", false),
    /** Missing people (MMP on HDX). */
    MISSING("+missing", "Missing", false),
    /** Survivors (MMP on HDX). */
    SURVIVORS("+survivors", "Survivors", false),
    /** All groups (UNHCR on HDX #affected+all+total). */
    ALL("+all", "All", false),
    /** A total. */
    TOTAL("+total", "Total", false),
    /** Age unknown (UNHCR on HDX). */
    UNKNOWN_AGE("+unknown_age", "Unknown age", false),
    /** Aged 0 to 4 (UNHCR on HDX). */
    AGE_0_4("+age_0_4", "Aged 0 to 4", false),
    /** Aged 5 to 11 (UNHCR on HDX). */
    AGE_5_11("+age_5_11", "Aged 5 to 11", false),
    /** Aged 12 to 17 (UNHCR on HDX). */
    AGE_12_17("+age_12_17", "Aged 12 to 17", false),
    /** Aged 18 to 59 (UNHCR on HDX). */
    AGE_18_59("+age_18_59", "Aged 18 to 59", false),
    /** Aged 60 and over (UNHCR on HDX). */
    AGE_60("+age_60", "Aged 60 and over", false),
    /** A P-code (DTM on HDX, in place of +code). */
    PCODE("+pcode", "P-code", false),
    /** Administrative level (DTM on HDX #adm+level). */
    LEVEL("+level", "Level", false),
    /** Year (#date+year). */
    YEAR("+year", "Year", false),
    /** Month (#date+month+reported). */
    MONTH("+month", "Month", false),
    /** Where the event happened (MMP on HDX #country+event). */
    EVENT("+event", "Event location", false),
    /** Description (MMP on HDX #loc+description). */
    DESCRIPTION("+description", "Description text", false),
    /** Source quality (MMP on HDX #meta+source+quality). */
    QUALITY("+quality", "Quality", false),
    /** UN Statistics Division grouping (MMP on HDX #region+unsd+name). */
    UNSD("+unsd", "UNSD grouping", false);

    private static final Vocabulary<HxlAttribute> VOCABULARY = new Vocabulary<>(values(), "HXL attribute",
            HxlAttribute::code, h -> List.of(h.code, h.code.substring(1), h.label), IssueCode.HXL_ATTRIBUTE_UNKNOWN);

    private final String code;
    private final String label;
    private final boolean core;

    HxlAttribute(String code, String label, boolean core) {
        this.code = code;
        this.label = label;
        this.core = core;
    }

    /**
     * Returns the attribute as written in an HXL row, the wire form.
     *
     * @return e.g. {@code +f}
     */
    public String code() {
        return code;
    }

    /**
     * Returns what the attribute means, for people.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * Returns whether the attribute is in the HXL 1.1 dictionary (or the hashtag chooser's knowledge base), as
     * opposed to a community attribute that public layouts use.
     *
     * @return true for a core attribute
     */
    public boolean isCore() {
        return core;
    }

    /**
     * Returns the attribute with exactly this code.
     *
     * @param code the attribute with its {@code +}, lower case, not null
     * @return the attribute
     * @throws org.migrationkit.core.validation.InvalidValueException ({@code hxl.attribute-unknown}) if no constant
     *     has this code; the message lists the codes
     */
    public static HxlAttribute ofCode(String code) {
        return VOCABULARY.ofCode(code);
    }

    /**
     * Finds the attribute with exactly this code.
     *
     * @param code the attribute with its {@code +}, lower case, not null
     * @return the attribute, or empty
     */
    public static Optional<HxlAttribute> findByCode(String code) {
        return VOCABULARY.findByCode(code);
    }

    /**
     * Looks a attribute up with or without its {@code +}, or by label, ignoring case.
     *
     * @param text any text, not null
     * @return the attribute, or a miss with {@code hxl.attribute-unknown} and a close one as suggestion
     */
    public static Lookup<HxlAttribute> lookup(CharSequence text) {
        return VOCABULARY.lookup(text);
    }

    /** Returns {@link #code()}. */
    @Override
    public String toString() {
        return code;
    }
}
