package org.migrationkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationkit.core.geo.AdminArea;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.geo.GeoPoint;
import org.migrationkit.core.geo.Location;
import org.migrationkit.core.model.Beneficiary;
import org.migrationkit.core.model.FigureId;
import org.migrationkit.core.model.Migrant;
import org.migrationkit.core.model.MigrantId;
import org.migrationkit.core.model.PopulationFigure;
import org.migrationkit.core.people.AgeBand;
import org.migrationkit.core.people.AgeBandSet;
import org.migrationkit.core.people.Breakdown;
import org.migrationkit.core.people.Sex;
import org.migrationkit.core.time.Period;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.vocab.MmpRoute;
import org.migrationkit.core.vocab.PopulationType;

class MigrationKitModuleTest {
    private final ObjectMapper mapper = MigrationJson.mapper();

    @Test
    void findAndRegisterModules_findsTheModuleThroughServiceLoader() throws Exception {
        ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
        assertThat(plain.getRegisteredModuleIds()).contains("MigrationKitModule");
        assertThat(plain.writeValueAsString(ReportedDate.ofMonth(2023, 5))).isEqualTo("\"2023-05\"");
    }

    @Test
    void valueTypes_areTheirCanonicalText() throws Exception {
        assertThat(mapper.writeValueAsString(List.of(CountryCode.of("SYR"), Sex.FEMALE, AgeBand.atLeast(60),
                Period.ofYear(2023), MmpRoute.DARIEN, GeoPoint.of(38.61, 26.65))))
                .isEqualTo("[\"SYR\",\"female\",\"60+\",\"2023\",\"Darien\",\"38.61, 26.65\"]");
        assertThat(mapper.readValue("\"2023-05\"", ReportedDate.class)).isEqualTo(ReportedDate.ofMonth(2023, 5));
        assertThat(mapper.readValue("\"Syria\"", CountryCode.class)).isEqualTo(CountryCode.of("SYR"));
    }

    @Test
    void unknownValues_areLeftOut() throws Exception {
        Migrant m = Migrant.builder().id(MigrantId.of("m-1")).age(16).build();
        assertThat(mapper.writeValueAsString(m)).isEqualTo("{\"id\":\"m-1\",\"age\":16}");
    }

    @Test
    void readValue_throwsMismatchedInputNamingTheIssue() {
        assertThatThrownBy(() -> mapper.readValue("{\"id\":\"m-1\",\"sex\":\"fmale\"}", Migrant.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith("JSON property /sex \"fmale\" is not accepted")
                .hasMessageContaining("(sex.unknown)");
        assertThatThrownBy(() -> mapper.readValue("{\"id\":\"m-1\",\"id\":\"m-2\"}", Migrant.class))
                .hasMessageContaining("Duplicate field 'id'");
        assertThatThrownBy(() -> mapper.readValue("{\"id\":\"m-1\"} []", Migrant.class))
                .hasMessageContaining("Trailing token");
    }

    @Test
    void readValue_carriesTheIssuesErrorsFirst() {
        assertThatThrownBy(() -> mapper.readValue("{\"id\":\"m-1\",\"colour\":\"red\",\"sex\":\"fmale\"}", Migrant.class))
                .isInstanceOfSatisfying(JsonRecordException.class, e -> {
                    assertThat(e.issues()).extracting(i -> i.code().code(), i -> i.location().field())
                            .containsExactly(tuple("sex.unknown", "/sex"), tuple("json.unknown-property", "/colour"));
                    assertThat(e.getMessage()).contains("(sex.unknown)");
                    assertThat(e.getTargetType()).isEqualTo(Migrant.class);
                });
    }

    @Test
    void composites_roundTripAsObjects() throws Exception {
        Location l = Location.of(CountryCode.of("AFG"), AdminArea.of(CountryCode.of("AFG"), 1, "AF01", "Kabul"),
                "camp", GeoPoint.of(34.5, 69.2));
        String json = mapper.writeValueAsString(l);
        assertThat(json).isEqualTo("{\"country\":\"AFG\",\"adm_level\":1,\"adm_pcode\":\"AF01\",\"adm_name\":"
                + "\"Kabul\",\"place\":\"camp\",\"latitude\":34.5,\"longitude\":69.2}");
        assertThat(mapper.readValue(json, Location.class)).isEqualTo(l);
        Breakdown b = Breakdown.builder().total(10).bandSet(AgeBandSet.CTDC).cell(Sex.MALE, AgeBand.of(0, 8), 4)
                .cell(Sex.FEMALE, null, 3).build();
        assertThat(mapper.readValue(mapper.writeValueAsString(b), Breakdown.class)).isEqualTo(b);
        for (Beneficiary x : List.of(Beneficiary.person(MigrantId.of("m-1")), Beneficiary.group(40))) {
            assertThat(mapper.readValue(mapper.writeValueAsString(x), Beneficiary.class)).isEqualTo(x);
        }
        assertThat(mapper.readValue(mapper.writeValueAsString(AdminArea.of(CountryCode.of("AFG"), 2, null, "X")),
                AdminArea.class)).isEqualTo(AdminArea.of(CountryCode.of("AFG"), 2, null, "X"));
    }

    @Test
    void figureWithOtherBands_cannotBeWrittenFlat() {
        PopulationFigure f = PopulationFigure.builder().id(FigureId.of("f-1")).populationType(PopulationType.REF)
                .location(Location.of(CountryCode.of("YEM"))).period(Period.ofYear(2023)).source("UNHCR")
                .breakdown(Breakdown.builder().bandSet(AgeBandSet.CTDC).cell(Sex.MALE, AgeBand.of(0, 8), 4).build())
                .build();
        try (JsonLinesWriter<PopulationFigure> w = JsonLinesWriter.open(PopulationFigure.class,
                new ByteArrayOutputStream())) {
            assertThatIllegalArgumentException().isThrownBy(() -> w.write(f))
                    .withMessage("PopulationFigure breakdown uses age band set ctdc: the table's columns hold the unhcr "
                            + "bands [0-4, 5-11, 12-17, 18-59, 60+] only.");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
