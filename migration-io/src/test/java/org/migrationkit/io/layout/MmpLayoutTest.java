package org.migrationkit.io.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationkit.io.layout.Fixtures.all;
import static org.migrationkit.io.layout.Fixtures.codes;
import static org.migrationkit.io.layout.Fixtures.path;
import static org.migrationkit.io.layout.Fixtures.reader;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.time.DatePrecision;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.vocab.CauseCategory;
import org.migrationkit.core.vocab.IncidentType;
import org.migrationkit.core.vocab.MmpRegion;
import org.migrationkit.core.vocab.MmpRoute;
import org.migrationkit.core.vocab.OriginRegion;
import org.migrationkit.io.ReadResult;

class MmpLayoutTest {
    private static final String C = "mmp-layout-c.csv";
    private static final String B = "mmp-layout-b.csv";

    @Test
    void layoutC_readsTheVerbatimRowOfTheStandard() {
        LayoutRecords<Incident> records = reader().readIncidents(path(C));
        List<ReadResult<Incident>> rs = all(records);
        assertThat(records.layout()).isEqualTo(Layouts.byId("mmp-web-2026"));
        Incident i = rs.get(0).value();
        assertThat(rs.get(0).issues()).isEmpty();
        assertThat(i.id().value()).isEqualTo("2026.MMP0001");
        assertThat(i.kind()).isEqualTo(IncidentType.INCIDENT);
        assertThat(i.date()).isEqualTo(ReportedDate.of(2026, 1, 1));
        assertThat(i.date().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(i.dead()).isEqualTo(1);
        assertThat(i.missing()).isZero();
        assertThat(i.total()).isEqualTo(1);
        assertThat(i.causes()).containsExactly(CauseCategory.HARSH_ENVIRONMENTAL_CONDITIONS);
        assertThat(i.originCountries()).containsExactly(CountryCode.of("IRQ"));
        assertThat(i.originRegion()).isEqualTo(OriginRegion.of("Western Asia", false));
        assertThat(i.region()).isEqualTo(MmpRegion.WESTERN_ASIA);
        assertThat(i.route()).isEqualTo(MmpRoute.TURKIYE_EUROPE_LAND_ROUTE);
        assertThat(i.sources()).containsExactly("964media", "Rudaw");
        assertThat(i.sourceQuality()).isEqualTo(3);
        assertThat(i.location().point().latitude()).isEqualTo(37.34265178);
    }

    @Test
    void layoutC_handlesTheQuirks() {
        List<ReadResult<Incident>> rs = all(reader().readIncidents(path(C)));
        assertThat(rs).hasSize(12);
        Incident mixed = rs.get(1).value();
        assertThat(mixed.originCountries()).isEmpty(); // "Mixed" is an answer, not an error
        assertThat(mixed.originRegion()).isEqualTo(OriginRegion.of("Sub-Saharan Africa", true));
        assertThat(mixed.total()).isEqualTo(15);
        assertThat(rs.get(2).value().kind()).isEqualTo(IncidentType.SPLIT_INCIDENT);
        assertThat(rs.get(3).value().kind()).isEqualTo(IncidentType.SPLIT_INCIDENT);
        assertThat(rs.get(3).value().subId().value()).isEqualTo("2026.MMP00079");
        assertThat(rs.get(2).value().causes()).containsExactly(CauseCategory.DROWNING, CauseCategory.MIXED_OR_UNKNOWN);
        Incident cumulative = rs.get(4).value();
        assertThat(cumulative.kind()).isEqualTo(IncidentType.CUMULATIVE_INCIDENT);
        assertThat(cumulative.causes()).containsExactly(CauseCategory.HARSH_ENVIRONMENTAL_CONDITIONS,
                CauseCategory.VIOLENCE);
        assertThat(cumulative.originCountries()).isEmpty();
        assertThat(rs.get(5).value().dead()).isNull(); // blank is unknown, never 0
        assertThat(rs.get(5).value().total()).isEqualTo(4);
        assertThat(rs.get(6).value().originCountries()).containsExactly(CountryCode.of("SEN"), CountryCode.of("GMB"));
        assertThat(rs.get(7).value().route()).isEqualTo(MmpRoute.ENGLISH_CHANNEL_TO_THE_UK);
        assertThat(rs.get(7).value().originCountries()).containsExactly(CountryCode.of("IRN"));
    }

    @Test
    void layoutC_countRulesRun_warningsKeepTheRecord() {
        List<ReadResult<Incident>> rs = all(reader().readIncidents(path(C)));
        ReadResult<Incident> sexes = rs.get(8);
        assertThat(sexes.isRejected()).isFalse();
        assertThat(codes(sexes)).containsExactly("count.partial-exceeds-total");
        assertThat(sexes.issues().get(0).location()).isEqualTo(new IssueLocation(path(C).toString(), 9L, 10L, 10,
                "Number of Females"));
        assertThat(codes(rs.get(9))).containsExactly("count.children-exceed-total");
        assertThat(rs.get(9).isRejected()).isFalse();
    }

    @Test
    void layoutC_rejectsNegativeCountAndUnknownCause() {
        List<ReadResult<Incident>> rs = all(reader().readIncidents(path(C)));
        Issue negative = rs.get(10).issues().get(0);
        assertThat(rs.get(10).isRejected()).isTrue();
        assertThat(negative.code()).isEqualTo(IssueCode.COUNT_NEGATIVE);
        assertThat(negative.location()).isEqualTo(new IssueLocation(path(C).toString(), 11L, 12L, 7, "Number Dead"));
        assertThat(negative.value()).isEqualTo("-2");
        assertThat(negative.message()).isEqualTo("Negative count -2 in column Number Dead: a count of people is zero "
                + "or more; leave the cell blank when it is not reported.");
        assertThat(rs.get(11).isRejected()).isTrue();
        assertThat(codes(rs.get(11))).containsExactly("cause.unknown");
    }

    @Test
    void layoutB_readsTypesSplitsThousandsAndEntities() {
        LayoutRecords<Incident> records = reader().readIncidents(path(B));
        List<ReadResult<Incident>> rs = all(records);
        assertThat(records.layout().id()).isEqualTo("mmp-alldata-2022");
        assertThat(rs).hasSize(12);
        Incident first = rs.get(0).value();
        assertThat(first.causes()).containsExactly(CauseCategory.HARSH_ENVIRONMENTAL_CONDITIONS);
        assertThat(first.location().country()).isEqualTo(CountryCode.of("USA"));
        assertThat(first.date()).isEqualTo(ReportedDate.of(2014, 1, 6));
        assertThat(rs.get(1).value().originCountries()).containsExactly(CountryCode.of("ERI"), CountryCode.of("ETH"));
        assertThat(rs.get(1).value().sources()).containsExactly("IOM Italy", "UNHCR");
        assertThat(rs.get(2).value().kind()).isEqualTo(IncidentType.SPLIT_INCIDENT);
        assertThat(rs.get(3).value().id()).isEqualTo(rs.get(2).value().id());
        assertThat(rs.get(3).value().subId().value()).isEqualTo("2014.MMP00004");
        Incident cumulative = rs.get(4).value();
        assertThat(cumulative.kind()).isEqualTo(IncidentType.CUMULATIVE_INCIDENT);
        assertThat(cumulative.dead()).isEqualTo(1022);
        assertThat(cumulative.total()).isEqualTo(1022);
        assertThat(rs.get(7).value().originCountries()).containsExactly(CountryCode.of("LAO"));
        assertThat(rs.get(7).value().sources()).containsExactly("L'Unione Sarda");
        assertThat(rs.get(7).value().route()).isEqualTo(MmpRoute.ENGLISH_CHANNEL_TO_THE_UK);
    }

    @Test
    void layoutB_totalThatDoesNotAddUpIsRejected() {
        List<ReadResult<Incident>> rs = all(reader().readIncidents(path(B)));
        ReadResult<Incident> mismatch = rs.get(10);
        assertThat(mismatch.isRejected()).isTrue();
        assertThat(codes(mismatch)).containsExactly("count.total-mismatch");
        assertThat(mismatch.issues().get(0).location()).isEqualTo(new IssueLocation(path(B).toString(), 11L, 12L, 10,
                "Total Number of Dead and Missing"));
        assertThat(mismatch.issues().get(0).value()).isEqualTo("9");
        assertThat(codes(rs.get(11))).containsExactly("count.negative");
        assertThat(rs.subList(0, 10)).allSatisfy(r -> assertThat(r.isRejected()).isFalse());
    }

    @Test
    void apiJson_readsAllStringObjectsSplitsAndRules() {
        LayoutRecords<Incident> records = reader().readIncidents(path("mmp-api.json"));
        List<ReadResult<Incident>> rs = all(records);
        assertThat(records.layout().id()).isEqualTo("mmp-api");
        assertThat(rs).hasSize(5);
        assertThat(records.records()).isEqualTo(records.valid() + records.rejected());
        Incident first = rs.get(0).value();
        assertThat(first.date()).isEqualTo(ReportedDate.of(2026, 2, 28));
        assertThat(first.reportedCause()).isEqualTo("Drowning (P)");
        assertThat(first.location().place()).isEqualTo("Off Lampedusa");
        assertThat(first.location().point().longitude()).isEqualTo(12.6);
        assertThat(first.originRegion().presumed()).isTrue();
        assertThat(first.kind()).isEqualTo(IncidentType.INCIDENT);
        assertThat(rs.get(1).value().kind()).isEqualTo(IncidentType.SPLIT_INCIDENT);
        assertThat(rs.get(2).value().kind()).isEqualTo(IncidentType.SPLIT_INCIDENT);
        Issue mismatch = rs.get(3).issues().get(0);
        assertThat(mismatch.code()).isEqualTo(IssueCode.COUNT_TOTAL_MISMATCH);
        assertThat(mismatch.location()).isEqualTo(new IssueLocation(path("mmp-api.json").toString(), 4L, 5L, null,
                "/total_dead_and_missing"));
        assertThat(rs.get(4).isRejected()).isTrue();
        assertThat(codes(rs.get(4))).containsExactly("json.wrong-type");
        assertThat(records.rejected()).isEqualTo(2);
    }
}
