package org.migrationkit.io.layout;

import static org.migrationkit.io.layout.Column.opt;
import static org.migrationkit.io.layout.Column.req;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.geo.GeoPoint;
import org.migrationkit.core.geo.Location;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.model.IncidentId;
import org.migrationkit.core.time.DateFormat;
import org.migrationkit.core.validation.Checkable;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;
import org.migrationkit.core.vocab.CauseCategory;
import org.migrationkit.core.vocab.IncidentType;
import org.migrationkit.core.vocab.MmpRegion;
import org.migrationkit.core.vocab.MmpRoute;
import org.migrationkit.core.vocab.NameMatch;
import org.migrationkit.core.vocab.OriginRegion;

/**
 * The four IOM Missing Migrants Project layouts (domain-standards §1.2): one schema each (the exact header
 * spellings, with the capitalisation drift of releases as aliases) and one mapper driven by the crosswalk of §1.2.
 */
final class MmpLayout extends PublicLayout<Incident> {
    /** The concepts of the crosswalk (domain-standards §1.2), each read from at most one column per layout. */
    enum Concept {
        ID, SUB_ID, TYPE, REGION, DATE, DEAD, MISSING, TOTAL, SURVIVORS, FEMALES, MALES, CHILDREN, ORIGIN_COUNTRY,
        ORIGIN_REGION, CAUSE, COUNTRY, ROUTE, PLACE, POINT, SOURCES, URLS, QUALITY
    }

    /** The incident table's columns each concept fills (the cause's depends on the layout: see the constructor). */
    private static final Map<Concept, List<String>> TABLE_COLUMNS = Map.ofEntries(Map.entry(Concept.ID, List.of("id")),
            Map.entry(Concept.SUB_ID, List.of("sub_id")), Map.entry(Concept.TYPE, List.of("kind")),
            Map.entry(Concept.REGION, List.of("region")), Map.entry(Concept.DATE, List.of("date")),
            Map.entry(Concept.DEAD, List.of("number_dead")), Map.entry(Concept.MISSING, List.of("number_missing")),
            Map.entry(Concept.TOTAL, List.of("total_dead_and_missing")),
            Map.entry(Concept.SURVIVORS, List.of("number_of_survivors")),
            Map.entry(Concept.FEMALES, List.of("number_of_females")),
            Map.entry(Concept.MALES, List.of("number_of_males")),
            Map.entry(Concept.CHILDREN, List.of("number_of_children")),
            Map.entry(Concept.ORIGIN_COUNTRY, List.of("origin_countries")),
            Map.entry(Concept.ORIGIN_REGION, List.of("origin_region")), Map.entry(Concept.COUNTRY, List.of("country")),
            Map.entry(Concept.ROUTE, List.of("route")), Map.entry(Concept.PLACE, List.of("place")),
            Map.entry(Concept.POINT, List.of("latitude", "longitude")), Map.entry(Concept.SOURCES, List.of("sources")),
            Map.entry(Concept.URLS, List.of("urls")), Map.entry(Concept.QUALITY, List.of("source_quality")));

    private final Map<Concept, Integer> at = new EnumMap<>(Concept.class);
    private final DateFormat[] dateFormats;
    private final boolean causeIsCategory;
    private final boolean splitsShareId;
    private final Map<String, Integer> repeats;

    private MmpLayout(Layout layout, List<Column> columns, Map<Concept, String> concepts, boolean causeIsCategory,
                      boolean splitsShareId, DateFormat... dateFormats) {
        this(layout, columns, concepts, causeIsCategory, splitsShareId, Map.of(), dateFormats);
    }

    private MmpLayout(Layout layout, List<Column> columns, Map<Concept, String> concepts, boolean causeIsCategory,
                      boolean splitsShareId, Map<String, Integer> repeats, DateFormat... dateFormats) {
        super(layout, columns);
        for (Map.Entry<Concept, String> e : concepts.entrySet()) {
            int i = names().indexOf(e.getValue());
            if (i < 0) {
                throw new IllegalStateException("no column " + e.getValue() + " in " + layout.id());
            }
            at.put(e.getKey(), i);
        }
        this.causeIsCategory = causeIsCategory;
        this.splitsShareId = splitsShareId;
        this.repeats = repeats;
        this.dateFormats = dateFormats.clone();
        rule("dead", Concept.DEAD);
        rule("missing", Concept.MISSING);
        rule("total", at.containsKey(Concept.TOTAL) ? Concept.TOTAL : Concept.DEAD);
        rule("females", Concept.FEMALES);
        rule("children", Concept.CHILDREN);
        rule("date", Concept.DATE);
        rule("location", Concept.POINT);
        TABLE_COLUMNS.forEach((concept, tableColumns) -> {
            for (String c : tableColumns) {
                tableColumn(c, col(concept));
            }
        });
        tableColumn(causeIsCategory ? "causes" : "reported_cause", col(Concept.CAUSE));
    }


    /**
     * Returns this layout knowing which ids repeat in the file (a first pass over the ids): in layouts whose split
     * incidents share the published id (D), every row of a repeated id is a split incident.
     */
    MmpLayout withRepeats(Map<String, Integer> counts) {
        return new MmpLayout(layout, columns, conceptNames(), causeIsCategory, splitsShareId, counts, dateFormats);
    }

    boolean splitsShareId() {
        return splitsShareId;
    }

    int idColumn() {
        return at.get(Concept.ID);
    }

    private Map<Concept, String> conceptNames() {
        Map<Concept, String> m = new EnumMap<>(Concept.class);
        at.forEach((k, v) -> m.put(k, columns.get(v).name()));
        return m;
    }

    private void rule(String component, Concept concept) {
        Integer c = at.get(concept);
        if (c != null) {
            ruleField(component, c);
        }
    }

    private int col(Concept c) {
        return at.getOrDefault(c, -1);
    }

    private @Nullable Integer count(Cells cells, Concept c) {
        return at.containsKey(c) ? cells.count(at.get(c)) : null;
    }

    private @Nullable String clean(Cells cells, Concept c) {
        return at.containsKey(c) ? cells.clean(at.get(c)) : null;
    }

    @Override
    List<? extends Checkable> checkables(Incident value) {
        return List.of(value);
    }

    @Override
    @Nullable Incident map(Cells cells) {
        Incident.Builder b = Incident.builder();
        String id = cells.text(col(Concept.ID));
        String subId = clean(cells, Concept.SUB_ID);
        if (id == null) {
            id = subId; // a layout-B/C row with only an Incident ID is still one incident
        }
        boolean ok = true;
        if (id == null) {
            cells.issue(IssueCode.ID_MALFORMED, col(Concept.ID), "The incident id in " + cells.name(col(Concept.ID))
                    + " is blank: every Missing Migrants Project record has an id such as 2014.MMP00001.", null, null);
            ok = false;
        } else {
            ok &= id(cells, col(Concept.ID), id, b, false);
        }
        if (subId != null) {
            ok &= id(cells, col(Concept.SUB_ID), subId, b, true);
        }
        b.kind(kind(cells, id, subId));
        b.date(at.containsKey(Concept.DATE) ? cells.date(col(Concept.DATE), dateFormats) : null);
        MmpRegion region = region(cells);
        b.region(region);
        b.reportedRegion(region == null ? null : reported(clean(cells, Concept.REGION), region.code(),
                region.isLegacy()));
        MmpRoute route = route(cells);
        b.route(route);
        b.reportedRoute(route == null ? null : reported(clean(cells, Concept.ROUTE), route.code(), route.isLegacy()));
        cause(cells, b);
        Integer dead = count(cells, Concept.DEAD);
        Integer missing = count(cells, Concept.MISSING);
        b.dead(dead).missing(missing);
        if (at.containsKey(Concept.TOTAL)) {
            b.total(count(cells, Concept.TOTAL));
        } else if (dead != null || missing != null) {
            // Layout C has no total column: the total is derived, dead + missing with blanks as 0 (§1.4).
            b.total(Math.toIntExact((long) (dead == null ? 0 : dead) + (missing == null ? 0 : missing)));
        }
        b.survivors(count(cells, Concept.SURVIVORS)).females(count(cells, Concept.FEMALES))
                .males(count(cells, Concept.MALES)).children(count(cells, Concept.CHILDREN));
        origin(cells, b);
        CountryCode country = at.containsKey(Concept.COUNTRY) ? cells.country(col(Concept.COUNTRY)) : null;
        String place = placeText(cells);
        GeoPoint point = at.containsKey(Concept.POINT) ? cells.point(col(Concept.POINT)) : null;
        if (country != null || place != null || point != null) {
            b.location(Location.of(country, null, place, point));
        }
        b.sources(Texts.list(clean(cells, Concept.SOURCES)));
        b.urls(Texts.list(clean(cells, Concept.URLS)));
        b.sourceQuality(quality(cells));
        if (!ok || cells.hasErrors()) {
            return null;
        }
        return b.build();
    }

    private static boolean id(Cells cells, int column, String text, Incident.Builder b, boolean sub) {
        Lookup<IncidentId> found = IncidentId.lookup(text);
        if (!found.isFound()) {
            // Ids are raw identifiers: never echoed (DESIGN §10, sensitive values).
            cells.issue(found.code(), column, "The incident id in " + cells.name(column) + " is not a valid "
                    + "identifier: 1 to 128 printable characters without leading or trailing spaces.", null, null);
            return false;
        }
        if (sub) {
            b.subId(found.value());
        } else {
            b.id(found.value());
        }
        return true;
    }

    private IncidentType kind(Cells cells, @Nullable String id, @Nullable String subId) {
        if (at.containsKey(Concept.TYPE)) {
            String t = cells.text(col(Concept.TYPE));
            if (t != null) {
                Lookup<IncidentType> found = IncidentType.lookup(t);
                if (found.isFound()) {
                    return found.value();
                }
                cells.issue(found.code(), col(Concept.TYPE), "Unknown incident type \"" + t + "\" in "
                        + cells.name(col(Concept.TYPE)) + ": use Incident, Split Incident or Cumulative Incident.",
                        t, found.suggestion());
            }
        }
        String place = cells.text(col(Concept.PLACE));
        // A period total (e.g. a medical examiner's yearly figure) says so in its text in layouts without a type
        // column: "Cumulative total 1 Jan - 20 Dec 2019 for Webb County" (domain-standards §1.3).
        if (place != null && place.toLowerCase(Locale.ROOT).startsWith("cumulative")) {
            return IncidentType.CUMULATIVE_INCIDENT;
        }
        if (subId != null && id != null && !subId.equals(id)) {
            return IncidentType.SPLIT_INCIDENT; // B/C: rows of one event share the Main ID (§1.3)
        }
        if (splitsShareId && id != null && repeats.getOrDefault(id, 1) > 1) {
            return IncidentType.SPLIT_INCIDENT; // D: split incidents repeat web_id (§1.3)
        }
        return IncidentType.INCIDENT;
    }

    /**
     * The text as published, kept when it is not the current name it was read as: a legacy alias
     * ({@code North Africa} → Northern Africa), a legacy value kept as given ({@code Middle East}), or another
     * spelling (domain-standards §1.3, legacy → current names).
     */
    private static @Nullable String reported(@Nullable String text, String code, boolean legacy) {
        return text == null || text.equals(code) && !legacy ? null : text;
    }

    private @Nullable MmpRegion region(Cells cells) {
        String s = clean(cells, Concept.REGION);
        if (s == null) {
            return null;
        }
        int c = col(Concept.REGION);
        NameMatch<MmpRegion> m = MmpRegion.match(s);
        if (!m.isFound()) {
            cells.issue(IssueCode.REGION_UNKNOWN, c, "Unknown Missing Migrants Project region \"" + s + "\" in "
                    + cells.name(c) + ": use a region of incident such as Mediterranean or Southern Asia"
                    + (m.suggestion() == null ? "." : "; did you mean \"" + m.suggestion() + "\"?"), s, m.suggestion());
            return null;
        }
        MmpRegion r = m.value();
        if (r != null && r.isLegacy()) {
            cells.issue(IssueCode.REGION_LEGACY, c, "Legacy region \"" + s + "\" in " + cells.name(c)
                    + " straddles " + r.candidates() + " and the record does not settle which: kept as given.", s,
                    null);
        }
        return r;
    }

    private @Nullable MmpRoute route(Cells cells) {
        String s = clean(cells, Concept.ROUTE);
        if (s == null) {
            return null;
        }
        int c = col(Concept.ROUTE);
        NameMatch<MmpRoute> m = MmpRoute.match(s);
        if (!m.isFound()) {
            cells.issue(IssueCode.ROUTE_UNKNOWN, c, "Unknown migration route \"" + s + "\" in " + cells.name(c)
                    + ": use a Missing Migrants Project route name such as Central Mediterranean"
                    + (m.suggestion() == null ? "; the record is kept without a route." : "; did you mean \""
                    + m.suggestion() + "\"?"), s, m.suggestion());
            return null;
        }
        MmpRoute r = m.value();
        if (r != null && r.isLegacy()) {
            cells.issue(IssueCode.ROUTE_LEGACY, c, "Legacy route \"" + s + "\" in " + cells.name(c)
                    + " has no current equivalent: kept as given.", s, null);
        }
        return r;
    }

    private void cause(Cells cells, Incident.Builder b) {
        String s = clean(cells, Concept.CAUSE);
        if (s == null) {
            return;
        }
        // Categories contain commas themselves: split only on the known list (domain-standards §1.3).
        Lookup<List<CauseCategory>> found = CauseCategory.lookupList(s);
        if (causeIsCategory) {
            if (found.isFound()) {
                b.causes(found.value());
            } else {
                int c = col(Concept.CAUSE);
                cells.issue(found.code(), c, "Unknown cause of death \"" + s + "\" in " + cells.name(c)
                        + ": use one or more of the 7 categories, e.g. Drowning, Violence, Mixed or unknown"
                        + (found.suggestion() == null ? "." : "; did you mean \"" + found.suggestion() + "\"?"), s,
                        found.suggestion());
            }
        } else {
            // A and D carry the reported cause as free text; a text that is a category list also gives categories.
            b.reportedCause(s);
            if (found.isFound()) {
                b.causes(found.value());
            }
        }
    }

    private void origin(Cells cells, Incident.Builder b) {
        String region = clean(cells, Concept.ORIGIN_REGION);
        if (region != null) {
            int c = col(Concept.ORIGIN_REGION);
            Lookup<OriginRegion> found = OriginRegion.lookup(region);
            if (found.isFound()) {
                b.originRegion(found.value());
            } else {
                cells.issue(found.code(), c, "Unknown region of origin \"" + region + "\" in " + cells.name(c)
                        + ": use a UN M49 region, Sub-Saharan Africa, Latin America / Caribbean, Mixed or Unknown, "
                        + "optionally followed by (P) for presumed.", region, found.suggestion());
            }
        }
        String country = clean(cells, Concept.ORIGIN_COUNTRY);
        if (country == null) {
            return;
        }
        int c = col(Concept.ORIGIN_COUNTRY);
        List<CountryCode> origins = new ArrayList<>();
        String name = stripPresumed(country);
        if (Cells.isMixedOrUnknown(name)) {
            b.originCountries(origins); // Mixed and Unknown are answers of their own, not countries (§1.3)
            return;
        }
        Lookup<CountryCode> whole = CountryCode.lookup(name);
        if (whole.isFound()) {
            origins.add(whole.value());
        } else {
            // Layout B joins several origins with commas (§1.3).
            for (String piece : name.split(",")) {
                String p = stripPresumed(piece);
                if (!p.isEmpty() && !Cells.isMixedOrUnknown(p)) {
                    CountryCode cc = cells.country(c, p);
                    if (cc != null && !origins.contains(cc)) {
                        origins.add(cc);
                    }
                }
            }
        }
        b.originCountries(origins);
    }

    private static String stripPresumed(String s) {
        String t = s.strip();
        return t.endsWith("(P)") ? t.substring(0, t.length() - 3).strip() : t;
    }

    private @Nullable String placeText(Cells cells) {
        String s = clean(cells, Concept.PLACE);
        return s; // clean() strips the trailing "\n" the API text carries (§1.2)
    }

    private @Nullable Integer quality(Cells cells) {
        String s = clean(cells, Concept.QUALITY);
        if (s == null) {
            return null;
        }
        int c = col(Concept.QUALITY);
        try {
            int q = Integer.parseInt(s);
            if (q >= Incident.MIN_SOURCE_QUALITY && q <= Incident.MAX_SOURCE_QUALITY) {
                return q;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        cells.issue(IssueCode.QUALITY_OUT_OF_RANGE, c, "Source quality \"" + s + "\" in " + cells.name(c)
                + " is not 1 to 5: a Missing Migrants Project source quality is a whole number from 1 to 5.", s, null);
        return null;
    }

    // ---- the four layouts (domain-standards §1.2; exact header spellings)

    /** Layout A, website download 2017–2020. */
    static MmpLayout web2017() {
        List<Column> cols = List.of(req("Web ID"), req("Region of Incident"), req("Reported Date"),
                opt("Reported Year"), opt("Reported Month"), req("Number Dead"),
                req("Minimum Estimated Number of Missing"), req("Total Dead and Missing"), opt("Number of Survivors"),
                opt("Number of Females"), opt("Number of Males"), opt("Number of Children"), req("Cause of Death"),
                opt("Location Description"), opt("Information Source"), req("Location Coordinates"),
                opt("Migration Route"), opt("URL"), opt("UNSD Geographical Grouping"), opt("Source Quality"));
        Map<Concept, String> m = new EnumMap<>(Concept.class);
        m.put(Concept.ID, "Web ID");
        m.put(Concept.REGION, "Region of Incident");
        m.put(Concept.DATE, "Reported Date");
        common(m, "Number Dead", "Total Dead and Missing", "Number of Survivors", "Number of Females",
                "Number of Males", "Number of Children");
        m.put(Concept.CAUSE, "Cause of Death");
        m.put(Concept.PLACE, "Location Description");
        m.put(Concept.SOURCES, "Information Source");
        m.put(Concept.POINT, "Location Coordinates");
        m.put(Concept.ROUTE, "Migration Route");
        m.put(Concept.URLS, "URL");
        m.put(Concept.QUALITY, "Source Quality");
        return new MmpLayout(new Layout("mmp-web-2017", "incident",
                "MMP website download 2017-2020 (layout A): header has \"Web ID\", \"Reported Date\" "
                        + "(January 05, 2020), \"Total Dead and Missing\", \"Location Coordinates\""),
                cols, m, false, false, DateFormat.MMP_WEB_2017);
    }

    /** Layout B, website "allData" CSV 2022–2026. */
    static MmpLayout allData2022() {
        List<Column> cols = List.of(req("Main ID"), req("Incident ID"), req("Incident Type"),
                req("Region of Incident"), req("Incident Date"), opt("Incident Year"), opt("Month", "Reported Month"),
                req("Number of Dead"), req("Minimum Estimated Number of Missing"),
                req("Total Number of Dead and Missing"), opt("Number of Survivors"), opt("Number of Females"),
                opt("Number of Males"), opt("Number of Children"), opt("Country of Origin"), opt("Region of Origin"),
                req("Cause of Death"), opt("Country of Incident"), opt("Migration Route"),
                opt("Location of Incident", "Location of death"), opt("Coordinates"),
                opt("UNSD Geographical Grouping"), opt("Information Source"), opt("URL"), opt("Source Quality"));
        Map<Concept, String> m = new EnumMap<>(Concept.class);
        m.put(Concept.ID, "Main ID");
        m.put(Concept.SUB_ID, "Incident ID");
        m.put(Concept.TYPE, "Incident Type");
        m.put(Concept.REGION, "Region of Incident");
        m.put(Concept.DATE, "Incident Date");
        common(m, "Number of Dead", "Total Number of Dead and Missing", "Number of Survivors", "Number of Females",
                "Number of Males", "Number of Children");
        m.put(Concept.ORIGIN_COUNTRY, "Country of Origin");
        m.put(Concept.ORIGIN_REGION, "Region of Origin");
        m.put(Concept.CAUSE, "Cause of Death");
        m.put(Concept.COUNTRY, "Country of Incident");
        m.put(Concept.ROUTE, "Migration Route");
        m.put(Concept.PLACE, "Location of Incident");
        m.put(Concept.POINT, "Coordinates");
        m.put(Concept.SOURCES, "Information Source");
        m.put(Concept.URLS, "URL");
        m.put(Concept.QUALITY, "Source Quality");
        return new MmpLayout(new Layout("mmp-alldata-2022", "incident",
                "MMP website allData CSV 2022+ (layout B): header has \"Main ID\", \"Incident ID\", \"Incident Type\", "
                        + "\"Total Number of Dead and Missing\""),
                cols, m, true, false, DateFormat.ISO_DATE);
    }

    /** Layout C, website download 2026 (no type, no total, no incident country). */
    static MmpLayout web2026() {
        List<Column> cols = List.of(req("Main ID"), req("Incident ID"), req("Region"), req("Incident Date"),
                opt("Year"), opt("Reported Month"), req("Number Dead"), req("Minimum Estimated Number of Missing"),
                opt("Number of Survivors"), opt("Number of Females"), opt("Number of Males"),
                opt("Number of Children"), opt("Region of Origin"), req("Cause of Death"), opt("Country of Origin"),
                opt("Location of death"), opt("Information Source"), opt("Coordinates"), opt("Migration route"),
                opt("URL"), opt("UNSD Geographical Grouping"), opt("Source Quality"));
        Map<Concept, String> m = new EnumMap<>(Concept.class);
        m.put(Concept.ID, "Main ID");
        m.put(Concept.SUB_ID, "Incident ID");
        m.put(Concept.REGION, "Region");
        m.put(Concept.DATE, "Incident Date");
        m.put(Concept.DEAD, "Number Dead");
        m.put(Concept.MISSING, "Minimum Estimated Number of Missing");
        m.put(Concept.SURVIVORS, "Number of Survivors");
        m.put(Concept.FEMALES, "Number of Females");
        m.put(Concept.MALES, "Number of Males");
        m.put(Concept.CHILDREN, "Number of Children");
        m.put(Concept.ORIGIN_REGION, "Region of Origin");
        m.put(Concept.CAUSE, "Cause of Death");
        m.put(Concept.ORIGIN_COUNTRY, "Country of Origin");
        m.put(Concept.PLACE, "Location of death");
        m.put(Concept.SOURCES, "Information Source");
        m.put(Concept.POINT, "Coordinates");
        m.put(Concept.ROUTE, "Migration route");
        m.put(Concept.URLS, "URL");
        m.put(Concept.QUALITY, "Source Quality");
        return new MmpLayout(new Layout("mmp-web-2026", "incident",
                "MMP website download 2026 (layout C): header has \"Main ID\", \"Incident ID\", \"Region\", "
                        + "\"Incident Date\" (Thu, 01/01/2026 - 12:00) and no total column"),
                cols, m, true, false, DateFormat.MMP_WEB_2026);
    }

    /** Layout D, API JSON and HDX CSV, snake_case with the misspelt {@code location_coodinates}. */
    static MmpLayout api() {
        List<Column> cols = List.of(req("web_id"), req("region"), req("reported_date"), req("number_dead"),
                req("number_missing"), req("total_dead_and_missing"), opt("number_of_survivors"),
                opt("number_of_female"), opt("number_of_male"), opt("number_of_children"), req("cause_death"),
                opt("country_of_incident"), opt("location_description"), opt("unsd_geographic_grouping"),
                opt("location_coodinates", "location_coordinates"), opt("migration_route"),
                opt("information_source"), opt("url"), opt("source_quality"), opt("region_origin"),
                opt("country_origin"));
        Map<Concept, String> m = new EnumMap<>(Concept.class);
        m.put(Concept.ID, "web_id");
        m.put(Concept.REGION, "region");
        m.put(Concept.DATE, "reported_date");
        common(m, "number_dead", "total_dead_and_missing", "number_of_survivors", "number_of_female",
                "number_of_male", "number_of_children");
        m.put(Concept.MISSING, "number_missing");
        m.put(Concept.CAUSE, "cause_death");
        m.put(Concept.COUNTRY, "country_of_incident");
        m.put(Concept.PLACE, "location_description");
        m.put(Concept.POINT, "location_coodinates");
        m.put(Concept.ROUTE, "migration_route");
        m.put(Concept.SOURCES, "information_source");
        m.put(Concept.URLS, "url");
        m.put(Concept.QUALITY, "source_quality");
        m.put(Concept.ORIGIN_REGION, "region_origin");
        m.put(Concept.ORIGIN_COUNTRY, "country_origin");
        return new MmpLayout(new Layout("mmp-api", "incident",
                "MMP API JSON or HDX CSV (layout D): snake_case header with web_id, reported_date, number_dead, "
                        + "total_dead_and_missing (JSON: a top-level array of objects with these keys)"),
                cols, m, false, true, DateFormat.ISO_DATE_TIME_SPACE, DateFormat.ISO_DATE);
    }

    private static void common(Map<Concept, String> m, String dead, String total, String survivors, String females,
                               String males, String children) {
        m.put(Concept.DEAD, dead);
        m.putIfAbsent(Concept.MISSING, "Minimum Estimated Number of Missing");
        m.put(Concept.TOTAL, total);
        m.put(Concept.SURVIVORS, survivors);
        m.put(Concept.FEMALES, females);
        m.put(Concept.MALES, males);
        m.put(Concept.CHILDREN, children);
    }

    @Override
    boolean readsJson() {
        return splitsShareId;
    }
}
