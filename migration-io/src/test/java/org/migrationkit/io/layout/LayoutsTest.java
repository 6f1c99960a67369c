package org.migrationkit.io.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.migrationkit.io.layout.Fixtures.all;
import static org.migrationkit.io.layout.Fixtures.path;
import static org.migrationkit.io.layout.Fixtures.reader;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;

class LayoutsTest {
    @Test
    void all_listsEveryLayoutIdOfDesign10() {
        assertThat(Layouts.all()).extracting(Layout::id).contains("entity:migrant", "entity:population-figure",
                "mmp-web-2017", "mmp-alldata-2022", "mmp-web-2026", "mmp-api", "unhcr-population-hdx",
                "unhcr-population-api", "unhcr-demographics-hdx", "unhcr-demographics-api", "dtm-api-hxl", "hxl");
        assertThat(Layouts.publicLayouts()).hasSize(10);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", textBlock = """
            MMP layout A, lower case    | web id,region of incident,reported date,number dead,minimum estimated number of missing,total dead and missing,cause of death,location coordinates | mmp-web-2017
            MMP layout C                | Main ID,Incident ID,Region,Incident Date,Number Dead,Minimum Estimated Number of Missing,Cause of Death | mmp-web-2026
            MMP layout B, 2023 spelling | Main ID,Incident ID,Incident Type,Region of Incident,Incident Date,Incident year,Reported Month,Number of Dead,Minimum Estimated Number of Missing,Total Number of Dead and Missing,Cause of Death,Location of death | mmp-alldata-2022
            MMP layout D                | web_id,region,reported_date,number_dead,number_missing,total_dead_and_missing,cause_death | mmp-api
            UNHCR population API        | year,coo_name,coo,coo_iso,coa_name,coa,coa_iso,refugees,asylum_seekers,returned_refugees,idps,returned_idps,stateless,ooc,oip,hst | unhcr-population-api
            """)
    void detect_recognisesHeadersIgnoringCaseAndSpaces(String what, String header, String id) {
        Detection d = Layouts.detect(List.of(header.split(",")));
        assertThat(d.isRecognised()).isTrue();
        assertThat(d.layout().id()).isEqualTo(id);
    }

    @Test
    void unrecognisedHeader_isAFileIssueNamingTheClosestLayoutAndTheDifferences() {
        LayoutRecords<Incident> records = reader().readIncidents(path("unknown-header.csv"));
        assertThat(all(records)).isEmpty();
        assertThat(records.layout()).isNull();
        Issue issue = records.fileIssues().get(0);
        assertThat(issue.code()).isEqualTo(IssueCode.LAYOUT_UNRECOGNISED);
        assertThat(issue.location()).isEqualTo(new IssueLocation(path("unknown-header.csv").toString(), null, null,
                null, null));
        assertThat(issue.suggestion()).isEqualTo("mmp-api");
        assertThat(issue.message()).isEqualTo("The header matches no known layout; the closest is mmp-api (incident): "
                + "missing \"number_dead\", \"number_missing\", \"total_dead_and_missing\", \"cause_death\"; "
                + "unexpected \"dead\", \"missing\", \"total\". Rename the columns, or choose a layout with --layout "
                + "(see `migration layouts`).");
    }

    @Test
    void chosenLayout_overridesDetection_andReportsMissingColumns() {
        LayoutRecords<Incident> records = LayoutReader.builder().layout("mmp-api").today(Fixtures.TODAY).build()
                .readIncidents(path("unknown-header.csv"));
        var rs = all(records);
        assertThat(records.layout().id()).isEqualTo("mmp-api");
        assertThat(rs).hasSize(1);
        assertThat(records.fileIssues()).extracting(Issue::code).containsExactly(IssueCode.LAYOUT_COLUMNS_MISSING);
        assertThat(records.fileIssues().get(0).message()).startsWith("The header lacks columns of layout mmp-api: "
                + "[number_dead, number_missing, total_dead_and_missing, cause_death]");
    }

    @Test
    void figuresOfAnIncidentFile_areAnIssueNotAnException() {
        var records = reader().readFigures(path("mmp-layout-c.csv"));
        assertThat(all(records)).isEmpty();
        assertThat(records.fileIssues()).extracting(Issue::code).containsExactly(IssueCode.LAYOUT_UNRECOGNISED);
    }

    @Test
    void byId_namesTheValidIds() {
        assertThat(Layouts.byId("hxl").entity()).isEqualTo("population-figure");
        assertThatIllegalArgumentException().isThrownBy(() -> Layouts.byId("mmp-2099"))
                .withMessageStartingWith("Unknown layout \"mmp-2099\": use auto or one of entity:migrant, ");
        assertThatIllegalArgumentException().isThrownBy(() -> LayoutReader.builder().layout("entity:leg"))
                .withMessageContaining("not a public-dataset layout");
    }
}
