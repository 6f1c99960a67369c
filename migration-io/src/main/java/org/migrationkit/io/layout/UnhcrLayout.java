package org.migrationkit.io.layout;

import static org.migrationkit.io.layout.Column.opt;
import static org.migrationkit.io.layout.Column.req;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
import org.migrationkit.core.validation.Checkable;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;
import org.migrationkit.core.vocab.PopulationType;

/**
 * UNHCR population statistics (domain-standards §4): end-year totals (one figure per population-type column of a
 * row) and demographics (one figure per row, with its sex × age breakdown), each in the HDX and the API layout;
 * the API layouts read CSV and the API's JSON alike. Countries are ISO3 codes; UNHCR's own codes that differ from
 * ISO (GFR, ANG, GAZ, TIB, ...) are read as documented or reported, never skipped silently.
 */
final class UnhcrLayout extends PublicLayout<List<PopulationFigure>> {
    private static final String SOURCE = "UNHCR";
    // UNHCR demographics age bands, in column order (domain-standards §2.5, §4.2); null = the unknown-age column.
    private static final AgeBand[] BANDS = {AgeBand.of(0, 4), AgeBand.of(5, 11), AgeBand.of(12, 17),
        AgeBand.of(18, 59), AgeBand.atLeast(60), null};

    /**
     * UNHCR country codes that differ from ISO 3166 (domain-standards §4.2, "UNHCR country codes differ from
     * ISO3"): the ISO3 code each stands for, or null when there is no ISO country (Tibetan). {@code ARE} is Egypt
     * in UNHCR's codes but the United Arab Emirates in ISO: it is read this way only in UNHCR-code columns
     * ({@code coo}, {@code coa}). {@code UKN} and {@code STA} are codes of the library's own ({@link CountryCode}).
     */
    private static final Map<String, Optional<String>> UNHCR_CODES = Map.of("GFR", Optional.of("DEU"),
            "ANG", Optional.of("AGO"), "GAZ", Optional.of("PSE"), "ARE", Optional.of("EGY"), "TIB", Optional.empty());
    private static final Map<String, String> UNHCR_NAMES = Map.of("GFR", "Germany", "ANG", "Angola",
            "GAZ", "Palestinian", "ARE", "Egypt", "TIB", "Tibetan");

    private final int year;
    private final int origin;
    private final int asylum;
    /** The UNHCR-code columns of the API layouts ({@code coo}, {@code coa}); -1 in the HDX layouts. */
    private final int originUnhcr;
    private final int asylumUnhcr;
    private final int type;
    private final int place;
    private final int firstCount;
    private final boolean demographics;

    private UnhcrLayout(Layout layout, List<Column> columns, boolean demographics, String year, String origin,
                        String asylum, @Nullable String type, @Nullable String place, String firstCount) {
        super(layout, columns);
        List<String> names = names();
        this.year = names.indexOf(year);
        this.origin = names.indexOf(origin);
        this.asylum = names.indexOf(asylum);
        this.type = type == null ? -1 : names.indexOf(type);
        this.place = place == null ? -1 : names.indexOf(place);
        this.firstCount = names.indexOf(firstCount);
        this.originUnhcr = names.indexOf("coo");
        this.asylumUnhcr = names.indexOf("coa");
        this.demographics = demographics;
        ruleField("breakdown", demographics ? columns.size() - 1 : this.firstCount);
        ruleField("period", this.year);
        tableColumn("country", this.asylum);
        tableColumn("place", this.place);
        if (demographics) {
            tableColumn("total", columns.size() - 1); // one figure a row; in the totals layouts, one a count column
        }
    }

    /** The API layouts also read the API's JSON, {@code {"page", "maxPages", "items": [...]}} (§4.2). */
    @Override
    boolean readsJson() {
        return originUnhcr >= 0;
    }

    @Override
    List<? extends Checkable> checkables(List<PopulationFigure> value) {
        return value;
    }

    @Override
    @Nullable List<PopulationFigure> map(Cells cells) {
        Integer y = cells.count(year);
        if (y == null && cells.text(year) == null) {
            cells.issue(IssueCode.DATE_UNPARSEABLE, year, "The year in " + cells.name(year)
                    + " is blank: every UNHCR figure is for a year, e.g. 2019.", null, null);
        }
        CountryCode coa = country(cells, asylum, asylumUnhcr, "country of asylum", true);
        CountryCode coo = country(cells, origin, originUnhcr, "country of origin", false);
        if (cells.hasErrors() || y == null || coa == null) {
            return null;
        }
        Location where = Location.of(coa, null, place < 0 ? null : cells.clean(place), null);
        List<PopulationFigure> out = new ArrayList<>();
        if (demographics) {
            PopulationFigure f = demographic(cells, y, coo, where);
            if (f != null) {
                out.add(f);
            }
        } else {
            for (int c = firstCount; c < columns.size(); c++) {
                Lookup<PopulationType> pt = PopulationType.lookup(columns.get(c).name());
                Integer n = cells.count(c);
                if (n == null || !pt.isFound()) {
                    continue; // blank or NA: that population was not reported for this row
                }
                PopulationType t = pt.value();
                out.add(figure(t, y, coo, coa, where, Breakdown.builder().total(n).build()));
            }
        }
        return cells.hasErrors() ? null : out;
    }

    private @Nullable PopulationFigure demographic(Cells cells, int y, @Nullable CountryCode coo, Location where) {
        String t = cells.text(type);
        if (t == null) {
            cells.issue(IssueCode.POPULATION_TYPE_UNKNOWN, type, "The population type in " + cells.name(type)
                    + " is blank: use a UNHCR code such as REF, ASY, IDP, RET, RDP or OOC.", null, null);
            return null;
        }
        Lookup<PopulationType> pt = PopulationType.lookup(t);
        if (!pt.isFound()) {
            cells.issue(pt.code(), type, "Unknown population type \"" + t + "\" in " + cells.name(type)
                    + ": use a UNHCR code such as REF, ASY, IDP, RET, RDP or OOC.", t, pt.suggestion());
            return null;
        }
        // Columns after the type: [location, loc type, acc type,] F bands (6), F total, M bands (6), M total, Total.
        int f0 = firstCount;
        int m0 = f0 + BANDS.length + 1;
        int totalColumn = columns.size() - 1;
        Integer total = cells.count(totalColumn);
        Integer fTotal = cells.count(f0 + BANDS.length);
        Integer mTotal = cells.count(m0 + BANDS.length);
        Breakdown.Builder b = Breakdown.builder().total(total).bandSet(AgeBandSet.UNHCR);
        long fSum = sex(cells, b, Sex.FEMALE, f0, fTotal);
        long mSum = sex(cells, b, Sex.MALE, m0, mTotal);
        if (cells.hasErrors()) {
            return null;
        }
        long known = (fTotal == null ? fSum : fTotal) + (mTotal == null ? mSum : mTotal);
        if (known == 0 && total != null && total > 0) {
            // Only Total given: the zeros of the bands mean "not broken down", a partial breakdown (§4.2).
            b = Breakdown.builder().total(total).bandSet(AgeBandSet.UNHCR);
        } else {
            // Female + male equal to the total make a complete breakdown; otherwise it is partial, and
            // Breakdown.check reports it only when the known cells exceed the total.
            b.complete(total != null && known == total);
        }
        return figure(pt.value(), y, coo, where.country(), where, b.build());
    }

    /** Reads the bands of one sex into the builder; reports bands that do not add up to the sex total. */
    private static long sex(Cells cells, Breakdown.Builder b, Sex sex, int first, @Nullable Integer sexTotal) {
        long sum = 0;
        for (int i = 0; i < BANDS.length; i++) {
            Integer n = cells.count(first + i);
            if (n != null) {
                sum += n;
                b.cell(sex, BANDS[i], n);
            }
        }
        if (sexTotal != null && sum != sexTotal) {
            int c = first + BANDS.length;
            cells.issue(IssueCode.COUNT_SEX_TOTAL_MISMATCH, c, "The " + sex.code() + " age bands add up to " + sum
                    + " but " + cells.name(c) + " is " + sexTotal
                    + ": the bands of one sex, with its unknown-age column, add up to that sex's total.",
                    sexTotal.toString(), Long.toString(sum));
        }
        return sum;
    }

    /**
     * Reads a country from its ISO3 column, or, when that is blank, from the API's UNHCR-code column; UNHCR's own
     * codes are read as documented (GFR → DEU, with an info) or reported (TIB has no ISO country).
     */
    private static @Nullable CountryCode country(Cells cells, int iso, int unhcr, String what, boolean required) {
        String s = cells.clean(iso);
        int column = iso;
        boolean unhcrColumn = false;
        if ((s == null || Cells.notReported(s)) && unhcr >= 0) {
            s = cells.clean(unhcr);
            column = unhcr;
            unhcrColumn = true;
        }
        if (s == null || Cells.notReported(s)) {
            if (required) {
                cells.issue(IssueCode.COUNTRY_UNKNOWN, iso, "The " + what + " in " + cells.name(iso)
                        + " is blank: a UNHCR figure is counted in a country; write its ISO3 code.", null, null);
            }
            return null;
        }
        if (Cells.isMixedOrUnknown(s)) {
            return null;
        }
        String key = s.toUpperCase(java.util.Locale.ROOT);
        Optional<String> unhcrCode = UNHCR_CODES.get(key);
        // In an ISO column an ISO code wins (ARE is the United Arab Emirates there); in a UNHCR column, UNHCR's.
        if (unhcrCode != null && (unhcrColumn || !CountryCode.lookup(s).isFound())) {
            if (unhcrCode.isEmpty()) {
                IssueCode code = required ? IssueCode.COUNTRY_UNKNOWN : IssueCode.COUNTRY_UNHCR_CODE_NO_ISO;
                cells.issue(code, column, "UNHCR code " + key + " (" + UNHCR_NAMES.get(key) + ") in "
                        + cells.name(column) + " has no ISO 3166 country: the " + what + " is left "
                        + (required ? "unread and the row rejected." : "unknown and the figure kept."), s, null);
                return null;
            }
            CountryCode mapped = CountryCode.of(unhcrCode.get());
            cells.issue(IssueCode.COUNTRY_UNHCR_CODE, column, "UNHCR code " + key + " (" + UNHCR_NAMES.get(key)
                    + ") in " + cells.name(column) + " is not its ISO 3166 code: read as " + mapped + ".", s,
                    mapped.toString());
            return mapped;
        }
        return cells.country(column, s);
    }

    private PopulationFigure figure(PopulationType t, int y, @Nullable CountryCode coo, @Nullable CountryCode coa,
                                    Location where, Breakdown breakdown) {
        // Returns are flows during the year; the other types are year-end stocks (domain-standards §4.2).
        FigureMeasure measure = t == PopulationType.RET || t == PopulationType.RDP
                ? FigureMeasure.RETURNED : FigureMeasure.PRESENT;
        String id = "unhcr:" + y + ":" + (coo == null ? "-" : coo.alpha3()) + ":" + coa + ":" + t.code()
                + (where.place() == null ? "" : ":" + where.place());
        return PopulationFigure.builder().id(FigureId.of(id.length() > 128 ? id.substring(0, 128) : id))
                .populationType(t).location(where).origin(coo).period(Period.ofYear(y)).breakdown(breakdown)
                .measure(measure).source(SOURCE).edition(layout.id()).build();
    }

    // ---- the layouts (domain-standards §4.2, §9; shared/datasets/HDX_*.csv)

    static UnhcrLayout populationHdx() {
        return new UnhcrLayout(new Layout("unhcr-population-hdx", "population-figure",
                "UNHCR end-year population totals, HDX layout: header Year, ISO3CoO, ISO3CoA and population-type "
                        + "code columns (REF, IDP, ASY, OOC, STA, OIP)"),
                List.of(req("Year"), req("ISO3CoO"), req("ISO3CoA"), req("REF"), opt("IDP"), opt("ASY"), opt("OOC"),
                        opt("STA"), opt("OIP"), opt("HST")),
                false, "Year", "ISO3CoO", "ISO3CoA", null, null, "REF");
    }

    static UnhcrLayout populationApi() {
        return new UnhcrLayout(new Layout("unhcr-population-api", "population-figure",
                "UNHCR population API/download, snake_case: header year, coo_iso, coa_iso, refugees, asylum_seekers, "
                        + "idps, ... (JSON: the API's {\"items\": [...]} with these keys)"),
                List.of(req("year"), opt("coo_name"), opt("coo"), req("coo_iso"), opt("coa_name"), opt("coa"),
                        req("coa_iso"), req("refugees"), req("asylum_seekers"), opt("returned_refugees"),
                        opt("idps"), opt("returned_idps"), opt("stateless"), opt("ooc"), opt("oip"), opt("hst")),
                false, "year", "coo_iso", "coa_iso", null, null, "refugees");
    }

    static UnhcrLayout demographicsHdx() {
        List<Column> cols = new ArrayList<>(List.of(req("Year"), req("ISO3CoO"), req("ISO3CoA"), req("PT"),
                opt("location"), opt("urbanRural"), opt("accommodationType")));
        bands(cols, "Female_", "Unknown", "total");
        bands(cols, "Male_", "Unknown", "total");
        cols.add(req("Total"));
        return new UnhcrLayout(new Layout("unhcr-demographics-hdx", "population-figure",
                "UNHCR demographics, HDX layout: header Year, ISO3CoO, ISO3CoA, PT, Female_0_4 ... Female_total, "
                        + "Male_0_4 ... Male_total, Total"),
                cols, true, "Year", "ISO3CoO", "ISO3CoA", "PT", "location", "Female_0_4");
    }

    static UnhcrLayout demographicsApi() {
        List<Column> cols = new ArrayList<>(List.of(req("year"), opt("coo_name"), opt("coo"), req("coo_iso"),
                opt("coa_name"), opt("coa"), req("coa_iso"), req("pop_type"), opt("location"), opt("loc_type"),
                opt("acc_type")));
        bands(cols, "f_", "other", "total");
        bands(cols, "m_", "other", "total");
        cols.add(req("total"));
        return new UnhcrLayout(new Layout("unhcr-demographics-api", "population-figure",
                "UNHCR demographics API/download, snake_case: header year, coo_iso, coa_iso, pop_type, f_0_4 ... "
                        + "f_total, m_0_4 ... m_total, total (JSON: the API's {\"items\": [...]} with these keys)"),
                cols, true, "year", "coo_iso", "coa_iso", "pop_type", "location", "f_0_4");
    }

    private static void bands(List<Column> cols, String prefix, String unknown, String total) {
        for (String band : new String[] {"0_4", "5_11", "12_17", "18_59", "60", unknown, total}) {
            cols.add(req(prefix + band));
        }
    }
}
