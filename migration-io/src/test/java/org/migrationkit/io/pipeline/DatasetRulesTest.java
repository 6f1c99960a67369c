package org.migrationkit.io.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.io.report.ValidationReport;

/** The dataset rules on rows of legs.csv and the locations of record rules, as the report shows them. */
class DatasetRulesTest {
    @TempDir
    Path tmp;

    private ValidationReport validate(String name, String csv) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, csv);
        return DatasetValidator.builder().maxIssuesPerCode(0)
                .clock(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC)).build().validate(file);
    }

    private static String where(Issue i) {
        return i.code().code() + " #" + i.location().record() + " " + i.location().field() + ": " + i.message();
    }

    /** Pairs one or two edits apart (in the Missing Migrants Project's places, and our sample's): which are one place. */
    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            east azerbaijan province, iran | west azerbaijan province, iran | true
            fada, burkina faso | kaya, burkina faso | true
            rio bravo, near international bridge i, nuevo laredo | rio bravo, near international bridge iii, nuevo laredo | true
            migration response centre, obok | migration response centre, obock | false
            near la'anod, somalia | near las'anod, somalia | false
            unspecified location at the border | unspecified location on the border | true
            pima couny jurisdiction, arizona | pima county jurisdiction, arizona | false
            off the coast of garaboli, libya | off the coast of garabulli, libya | false
            subratah, libya | sabratha, libya | false
            near dewele, ethiopia | near negele, ethiopia | false
            rahkine state, myanmar | rakhine state, myanmar | false
            """)
    void editsInsideAShortWord_areAnotherWord_notAnotherSpelling(String a, String b, boolean otherWord) {
        assertThat(DatasetRules.differInAShortWord(a.strip(), b.strip())).isEqualTo(otherWord);
        assertThat(DatasetRules.differInAShortWord(b.strip(), a.strip())).isEqualTo(otherWord);
    }

    @Test
    void legsOfOneJourney_areCheckedAgainstThePreviousRow() throws IOException {
        ValidationReport r = validate("legs.csv", """
                journey_id,sequence,origin,destination,departed,arrived,transport,facilitation
                j-1,1,ETH,DJI,2021-03-01,2021-03-05,bus,
                j-1,2,SOM,YEM,2021-03-10,2021-03-12,boat,
                j-1,3,YEM,SAU,2021-03-11,2021-03-20,foot,
                j-1,5,SAU,SAU,2021-04-02,2021-04-01,car,
                j-1,4,SAU,ARE,2021-05-01,,car,
                j-2,1,AFG,IRN,2021-01-01,2021-01-03,car,
                j-2,3,TUR,GRC,2020-01-01,,boat,
                """);
        assertThat(r.issues()).extracting(DatasetRulesTest::where).containsExactly(
                "leg.disconnected #2 origin: This leg starts in SOM but the journey's previous leg ended in DJI: each "
                        + "leg starts where the previous one ended.",
                "leg.out-of-order #3 departed: This leg departs (2021-03-11) before the journey's previous leg departed "
                        + "or arrived: check the dates and the legs' numbering.",
                "leg.arrival-before-departure #4 arrived: This leg arrives (2021-04-01) before it departs (2021-04-02): "
                        + "check the dates and their day/month order.",
                "leg.out-of-order #5 sequence: This leg is numbered 4 but follows leg 5 of the same journey: number "
                        + "legs 1, 2, 3, ... in travel order.");
        // A gap in the numbering (a leg missing or rejected in between) is not compared.
        assertThat(r.rejected()).isEqualTo(4);
    }

    @Test
    void blankRequiredCell_isACsvMissingValueAtItsColumn() throws IOException {
        ValidationReport r = validate("assistance_events.csv", """
                id,provider,beneficiary_id,type,status
                e-1,,m-1,health,delivered
                """);
        assertThat(r.issues()).extracting(DatasetRulesTest::where).containsExactly("csv.missing-value #1 provider: "
                + "Column 2 (provider) is blank: it is required (The organisation that delivered the service or made the "
                + "referral, e.g. IOM (never a person).).");
    }

    @Test
    void recordRuleIssues_nameTheColumnNotTheComponent_andOutOfRangeValuesTheirColumn() throws IOException {
        ValidationReport r = validate("migrants.csv", """
                id,sex,age,birth_year
                m-1,female,30,1950
                m-2,male,150,
                """);
        assertThat(r.issues()).extracting(i -> i.code().code() + " #" + i.location().record() + " "
                + i.location().field() + " " + i.location().column()).containsExactly(
                        "age.birth-year-mismatch #1 birth_year 4",
                        "age.out-of-range #2 age 3");
        assertThat(List.copyOf(r.issues()).get(1).value()).isEqualTo("150");
    }
}
