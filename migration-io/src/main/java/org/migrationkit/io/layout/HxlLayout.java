package org.migrationkit.io.layout;

import static org.migrationkit.io.layout.Column.opt;
import static org.migrationkit.io.layout.Column.req;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.geo.AdminArea;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.geo.Location;
import org.migrationkit.core.model.FigureId;
import org.migrationkit.core.model.FigureMeasure;
import org.migrationkit.core.model.FigureUnit;
import org.migrationkit.core.model.PopulationFigure;
import org.migrationkit.core.people.Breakdown;
import org.migrationkit.core.people.Sex;
import org.migrationkit.core.time.DateFormat;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.validation.Checkable;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;
import org.migrationkit.core.vocab.AssessmentType;
import org.migrationkit.core.vocab.DisplacementReason;
import org.migrationkit.core.vocab.HxlTag;
import org.migrationkit.core.vocab.PopulationType;
import org.migrationkit.io.csv.CsvHeader;
import org.migrationkit.io.internal.Tables;

/**
 * HXL-tagged tables (domain-standards §2.2, §3): the DTM API export read by its column names, and any table read by
 * its hashtags alone. Both give one population figure per count group of a row: a total column and its
 * {@code +f}/{@code +m} columns, with the row's round ({@code roundNumber}, {@code #round+code}), assessment type
 * ({@code assessmentType}, {@code #assessment+type}), displacement reasons ({@code displacementReason},
 * {@code #cause+type}) and operation ({@code operation}, {@code #operation+name}).
 */
final class HxlLayout extends PublicLayout<List<PopulationFigure>> {
    private static final DateFormat[] DATES = {DateFormat.ISO_DATE_TIME, DateFormat.ISO_DATE,
        DateFormat.ISO_DATE_TIME_SPACE, DateFormat.ISO_YEAR_MONTH, DateFormat.YEAR};

    /** Where the parts of a figure are in one header (-1: absent). */
    private static final class Plan {
        int id = -1;
        int country = -1;
        int countryName = -1;
        int level = -1;
        int date = -1;
        int round = -1;
        int assessment = -1;
        int reason = -1;
        int operation = -1;
        int[] admCode = {-1, -1, -1};
        int[] admName = {-1, -1, -1};
        /** Count groups: [total, female, male] columns per (hashtag, population type, unit). */
        final Map<String, int[]> groups = new LinkedHashMap<>();
    }

    private final boolean dtm;
    private final @Nullable Plan fixed;

    private HxlLayout(Layout layout, List<Column> columns, boolean dtm) {
        super(layout, columns);
        this.dtm = dtm;
        if (dtm) {
            Plan p = new Plan();
            List<String> n = names();
            p.id = n.indexOf("id");
            p.countryName = n.indexOf("admin0Name");
            p.country = n.indexOf("admin0Pcode");
            p.admName[1] = n.indexOf("admin1Name");
            p.admCode[1] = n.indexOf("admin1Pcode");
            p.admName[2] = n.indexOf("admin2Name");
            p.admCode[2] = n.indexOf("admin2Pcode");
            p.level = n.indexOf("adminLevel");
            p.date = n.indexOf("reportingDate");
            p.round = n.indexOf("roundNumber");
            p.assessment = n.indexOf("assessmentType");
            p.reason = n.indexOf("displacementReason");
            p.operation = n.indexOf("operation");
            p.groups.put("idps", new int[] {n.indexOf("numPresentIdpInd"), n.indexOf("numberFemales"),
                n.indexOf("numberMales")});
            fixed = p;
            ruleField("breakdown", p.groups.get("idps")[0]);
            ruleField("period", p.date);
            tableColumn("id", p.id);
            tableColumn("country", p.country);
            tableColumn("total", p.groups.get("idps")[0]);
            tableColumn(Tables.cellColumn(Sex.FEMALE, null), p.groups.get("idps")[1]);
            tableColumn(Tables.cellColumn(Sex.MALE, null), p.groups.get("idps")[2]);
            tableColumn("round", p.round);
        } else {
            fixed = null;
        }
    }

    /** The generic layout maps by tags; it has no fixed columns and is tried after every named layout. */
    @Override
    boolean matches(CsvHeader header, int[] index) {
        if (dtm) {
            return header.hasHxlRow() && super.matches(header, index);
        }
        if (!header.hasHxlRow()) {
            return false;
        }
        Plan p = plan(header);
        return (p.country >= 0 || p.countryName >= 0 || p.admCode[1] >= 0) && !p.groups.isEmpty();
    }

    @Override
    int specificity() {
        return dtm ? super.specificity() + 1 : 0;
    }

    /** Plans a header by its tags: the first column with each tag wins. */
    static Plan plan(CsvHeader header) {
        Plan p = new Plan();
        for (int i = 0; i < header.size(); i++) {
            Optional<HxlTag> t = header.tag(i);
            if (t.isEmpty()) {
                continue;
            }
            HxlTag tag = t.get();
            String h = tag.hashtag();
            boolean origin = tag.has("origin") || tag.has("dest");
            if (origin) {
                continue; // origin and destination places are not where the figure is counted
            }
            switch (h) {
                case "#country":
                    if (tag.has("name")) {
                        p.countryName = first(p.countryName, i);
                    } else {
                        p.country = first(p.country, i);
                    }
                    break;
                case "#adm1":
                case "#adm2":
                    int level = h.charAt(4) - '0';
                    if (tag.has("name")) {
                        p.admName[level] = first(p.admName[level], i);
                    } else {
                        p.admCode[level] = first(p.admCode[level], i);
                    }
                    break;
                case "#adm":
                    p.level = tag.has("level") ? first(p.level, i) : p.level;
                    break;
                case "#date":
                    if (!tag.has("year") && !tag.has("month")) {
                        p.date = first(p.date, i);
                    }
                    break;
                case "#round":
                    p.round = first(p.round, i);
                    break;
                case "#assessment":
                    p.assessment = tag.has("type") ? first(p.assessment, i) : p.assessment;
                    break;
                case "#cause":
                    p.reason = tag.has("type") ? first(p.reason, i) : p.reason;
                    break;
                case "#operation":
                    p.operation = tag.has("name") ? first(p.operation, i) : p.operation;
                    break;
                case "#id":
                    p.id = first(p.id, i);
                    break;
                case "#affected":
                case "#population":
                case "#inneed":
                case "#targeted":
                case "#reached":
                    group(p, tag, i);
                    break;
                default:
                    break;
            }
        }
        return p;
    }

    private static int first(int current, int i) {
        return current >= 0 ? current : i;
    }

    private static void group(Plan p, HxlTag tag, int column) {
        // Age attributes make age cells, which this mapping does not split further: such columns are left out.
        for (String a : List.of("children", "adults", "infants", "adolescents", "elderly")) {
            if (tag.has(a)) {
                return;
            }
        }
        TreeSet<String> rest = new TreeSet<>(tag.attributes());
        int slot = rest.remove("f") ? 1 : rest.remove("m") ? 2 : 0;
        rest.remove("ind");
        rest.remove("total");
        String key = tag.hashtag() + "+" + String.join("+", rest);
        int[] slots = p.groups.computeIfAbsent(key, k -> new int[] {-1, -1, -1});
        if (slots[slot] < 0) {
            slots[slot] = column;
        }
    }

    @Override
    List<? extends Checkable> checkables(List<PopulationFigure> value) {
        return value;
    }

    @Override
    @Nullable List<PopulationFigure> map(Cells cells) {
        Plan p = fixed;
        if (p == null) {
            return null; // the generic layout is bound to a header before it maps (see bind)
        }
        CountryCode country = p.country >= 0 ? cells.country(p.country) : null;
        if (country == null && p.countryName >= 0) {
            country = cells.country(p.countryName);
        }
        Integer level = p.level >= 0 ? cells.count(p.level) : null;
        AdminArea area = null;
        if (country != null) {
            for (int l = 2; l >= 1 && area == null; l--) {
                if (level != null && l > level) {
                    continue;
                }
                String code = p.admCode[l] >= 0 ? cells.clean(p.admCode[l]) : null;
                String name = p.admName[l] >= 0 ? cells.clean(p.admName[l]) : null;
                code = code == null || Cells.notReported(code) ? null : code;
                name = name == null || Cells.notReported(name) ? null : name;
                if (code != null || name != null) {
                    area = AdminArea.of(country, l, code, name);
                }
            }
            if (level != null && level > 0 && area == null) {
                cells.issue(IssueCode.ADMIN_LEVEL_INVALID, p.level, "Admin level " + level + " in "
                        + cells.name(p.level) + " but the row has no admin " + level + " p-code or name: give the "
                        + "area's p-code, or level 0 for a country figure.", level.toString(), null);
            } else if (level != null && level > 2) {
                cells.issue(IssueCode.ADMIN_LEVEL_INVALID, p.level, "Admin level " + level + " in "
                        + cells.name(p.level) + " is not 0, 1 or 2, the levels this table has.", level.toString(),
                        null);
            }
        } else if (!cells.hasErrors()) {
            int c = p.country >= 0 ? p.country : p.countryName;
            cells.issue(IssueCode.COUNTRY_UNKNOWN, c, "The country in " + cells.name(c)
                    + " is blank: a figure is counted in a country; write its ISO3 code or UN name.", null, null);
        }
        ReportedDate date = p.date >= 0 ? cells.date(p.date, DATES) : null;
        if (date == null && !cells.hasErrors()) {
            cells.issue(IssueCode.DATE_UNPARSEABLE, p.date, "The reporting date in " + cells.name(p.date)
                    + " is blank: every figure is for a date, e.g. 2017-03-30.", null, null);
        }
        Integer round = p.round >= 0 ? round(cells, p.round) : null;
        AssessmentType assessment = p.assessment >= 0 ? assessment(cells, p.assessment) : null;
        List<DisplacementReason> reasons = p.reason >= 0 ? reasons(cells, p.reason) : List.of();
        String operation = p.operation >= 0 ? cells.clean(p.operation) : null;
        operation = operation == null || Cells.notReported(operation) ? null : operation;
        String id = p.id >= 0 ? cells.clean(p.id) : null;
        List<PopulationFigure> out = new ArrayList<>();
        for (Map.Entry<String, int[]> g : p.groups.entrySet()) {
            int[] cols = g.getValue();
            Integer total = cols[0] >= 0 ? cells.count(cols[0]) : null;
            Integer f = cols[1] >= 0 ? cells.count(cols[1]) : null;
            Integer m = cols[2] >= 0 ? cells.count(cols[2]) : null;
            if (total == null && f == null && m == null || cells.hasErrors() || country == null || date == null) {
                continue;
            }
            String key = g.getKey();
            PopulationType type = type(key);
            // DTM numbers its rows per admin level (admin 1 and admin 2 both have an id 36077) and leaves them blank
            // at admin 0: the level keeps the ids unique, the record number stands in for a blank one.
            String figureId = (id == null ? "row" + cells.record : level == null ? id : "adm" + level + "-" + id)
                    + (p.groups.size() > 1 ? ":" + key : "");
            out.add(PopulationFigure.builder()
                    .id(FigureId.of(figureId.length() > 128 ? figureId.substring(0, 128) : figureId))
                    .populationType(type)
                    .location(area != null ? Location.of(area) : Location.of(country))
                    .date(date)
                    // DTM counts sex only, without ages: partial cells of unknown age (domain-standards §2.5).
                    .breakdown(Breakdown.builder().total(total).cell(Sex.FEMALE, null, f).cell(Sex.MALE, null, m)
                            .build())
                    .unit(key.contains("+hh") ? FigureUnit.HOUSEHOLDS : FigureUnit.INDIVIDUALS)
                    .measure(measure(key))
                    .source(dtm ? "IOM DTM" : "HXL")
                    .round(round).assessmentType(assessment).displacementReasons(reasons).operation(operation)
                    .build());
        }
        if (cells.hasErrors()) {
            return null;
        }
        if (out.isEmpty()) {
            cells.issue(IssueCode.COUNT_UNPARSEABLE, p.groups.values().iterator().next()[0], "The row has no count "
                    + "in its #affected/#population columns: a figure needs a total or a female or male count.",
                    null, null);
            return null;
        }
        return out;
    }

    /** The data-collection round: 1 or more; DTM's round 0 is no numbered round (domain-standards §2.2). */
    private static @Nullable Integer round(Cells cells, int column) {
        String s = cells.text(column);
        if (s == null || Cells.notReported(s)) {
            return null;
        }
        Integer n = null;
        if (s.matches("-?\\d{1,9}")) {
            n = Integer.valueOf(s);
        } else if (s.matches("-?\\d{1,9}\\.0+")) {
            n = Integer.valueOf(s.substring(0, s.indexOf('.'))); // a round written as a decimal, 12.0
        }
        if (n != null && n == 0) {
            cells.issue(IssueCode.ROUND_NOT_NUMBERED, column, "Round 0 in " + cells.name(column) + " is not a numbered "
                    + "data-collection round (DTM numbers rounds from 1): the figure is kept without a round.", s,
                    null);
            return null;
        }
        if (n == null || n < PopulationFigure.MIN_ROUND) {
            cells.issue(IssueCode.ROUND_OUT_OF_RANGE, column, "Round \"" + s + "\" in " + cells.name(column)
                    + " is not a data-collection round: write a whole number from 1, or leave the cell blank.", s,
                    null);
            return null;
        }
        return n;
    }

    private static @Nullable AssessmentType assessment(Cells cells, int column) {
        String s = cells.clean(column);
        if (s == null || Cells.notReported(s)) {
            return null;
        }
        Lookup<AssessmentType> found = AssessmentType.lookup(s);
        if (found.isFound()) {
            return found.value();
        }
        cells.issue(found.code(), column, "Unknown DTM assessment type \"" + s + "\" in " + cells.name(column)
                + ": use BA, ETT or SA; the figure is kept without an assessment type"
                + (found.suggestion() == null ? "." : "; did you mean \"" + found.suggestion() + "\"?"), s,
                found.suggestion());
        return null;
    }

    private static List<DisplacementReason> reasons(Cells cells, int column) {
        String s = cells.clean(column);
        if (s == null || Cells.notReported(s)) {
            return List.of();
        }
        // "Conflict; Natural disaster", "conflict", "No reason for displacement reported" (domain-standards §2.2).
        Lookup<List<DisplacementReason>> found = DisplacementReason.lookupList(s);
        if (found.isFound()) {
            return found.value();
        }
        cells.issue(found.code(), column, "Unknown DTM displacement reason in \"" + s + "\" in " + cells.name(column)
                + ": use Conflict, Natural disaster, Insecurity or Other reason, joined by \"; \"; the figure is kept "
                + "without reasons" + (found.suggestion() == null ? "." : "; did you mean \"" + found.suggestion()
                + "\"?"), s, found.suggestion());
        return List.of();
    }

    private static PopulationType type(String key) {
        // HXL population attributes (domain-standards §3.3, §4.1).
        boolean returnees = key.contains("+returnees");
        if (key.contains("+idps")) {
            return returnees ? PopulationType.RDP : PopulationType.IDP;
        }
        if (key.contains("+refugees")) {
            return returnees ? PopulationType.RET : PopulationType.REF;
        }
        if (returnees) {
            return PopulationType.RETURNEE;
        }
        String[][] more = {{"+asylum_seekers", "ASY"}, {"+stateless", "STA"}, {"+oip", "OIP"}, {"+hst", "HST"},
            {"+others", "OOC"}, {"+resettled", "RST"}, {"+naturalized", "NAT"}};
        for (String[] m : more) {
            if (key.contains(m[0])) {
                return PopulationType.ofCode(m[1]);
            }
        }
        return PopulationType.MIGRANT;
    }

    private static FigureMeasure measure(String key) {
        if (key.startsWith("#inneed")) {
            return FigureMeasure.IN_NEED;
        }
        if (key.startsWith("#targeted")) {
            return FigureMeasure.TARGETED;
        }
        if (key.startsWith("#reached")) {
            return FigureMeasure.REACHED;
        }
        return key.contains("+incoming") ? FigureMeasure.ARRIVED
                : key.contains("+outgoing") ? FigureMeasure.DEPARTED : FigureMeasure.PRESENT;
    }

    /** The generic layout reads by the tags of one header: bind it to that header's plan. */
    @Override
    PublicLayout<List<PopulationFigure>> bind(CsvHeader header) {
        return dtm ? this : new HxlLayout(layout, plan(header));
    }

    private HxlLayout(Layout layout, Plan plan) {
        super(layout, List.of());
        this.dtm = false;
        this.fixed = plan;
        for (int[] g : plan.groups.values()) {
            ruleField("breakdown", g[0] >= 0 ? g[0] : g[1] >= 0 ? g[1] : g[2]);
            break;
        }
        ruleField("period", plan.date);
    }

    static HxlLayout dtm() {
        return new HxlLayout(new Layout("dtm-api-hxl", "population-figure",
                "IOM DTM API export with an HXL row: header has admin0Pcode, adminLevel, numPresentIdpInd, "
                        + "reportingDate, roundNumber; tags #country+code, #affected+idps"),
                List.of(opt("id"), opt("operation"), opt("admin0Name"), req("admin0Pcode"), opt("admin1Name"),
                        opt("admin1Pcode"), opt("admin2Name"), opt("admin2Pcode"), req("adminLevel"),
                        req("numPresentIdpInd"), req("reportingDate"), opt("yearReportingDate"),
                        opt("monthReportingDate"), opt("roundNumber"), opt("displacementReason"),
                        opt("numberMales"), opt("numberFemales"), opt("idpOriginAdmin1Name"),
                        opt("idpOriginAdmin1Pcode"), opt("assessmentType"), opt("operationStatus")),
                true);
    }

    static HxlLayout generic() {
        return new HxlLayout(new Layout("hxl", "population-figure",
                "any table with an HXL row under the header tagging a place (#country, #adm1+code, ...), a date "
                        + "(#date+reported) and counts (#affected+idps, #affected+idps+f, #population, ...)"),
                List.of(), false);
    }

    boolean isGeneric() {
        return !dtm;
    }
}
