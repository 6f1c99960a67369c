package org.migrationkit.core.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

class PopulationTypeTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(PopulationType.class)
    void everyType_roundTripsThroughCodeLabelAndApiColumn(PopulationType t) {
        assertThat(PopulationType.ofCode(t.code())).isSameAs(t);
        assertThat(PopulationType.findByCode(t.code())).contains(t);
        assertThat(PopulationType.lookup(t.code()).value()).isSameAs(t);
        assertThat(PopulationType.lookup(t.label()).value()).isSameAs(t);
        t.apiColumn().ifPresent(c -> assertThat(PopulationType.lookup(c).value()).isSameAs(t));
        t.hxlTag().ifPresent(tag -> assertThat(PopulationType.findByHxlTag(tag)).contains(t));
        assertThat(t.hxlTag().isPresent()).isEqualTo(t.isUnhcr());
    }

    @Test
    void counts_elevenUnhcrTypesAndThreeLibraryGroups() {
        assertThat(Stream.of(PopulationType.values()).filter(PopulationType::isUnhcr)).hasSize(11);
        assertThat(Stream.of(PopulationType.values()).filter(t -> !t.isUnhcr()))
                .containsExactly(PopulationType.MIGRANT, PopulationType.RETURNEE, PopulationType.LABOUR_MIGRANT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            refugees                       | REF
            asylum_seekers                 | ASY
            returned_refugees              | RET
            returned_idps                  | RDP
            Refugees under UNHCR's mandate | REF
            IDPs of concern to UNHCR       | IDP
            labour migrant                 | LABOUR_MIGRANT
            ref                            | REF
            """)
    void lookup_acceptsApiColumnsAndWebsiteNames(String text, String code) {
        assertThat(PopulationType.lookup(text).value().code()).isEqualTo(code);
    }

    @Test
    void hxlTag_matchesWhateverTheAttributeOrder() {
        assertThat(PopulationType.findByHxlTag(HxlTag.parse("#affected+returnees+refugees"))).contains(PopulationType.RET);
        assertThat(PopulationType.RDP.hxlTag().orElseThrow()).hasToString("#affected+idps+returnees");
        assertThat(PopulationType.findByHxlTag(HxlTag.parse("#affected+killed"))).isEmpty();
    }

    @Test
    void unknownType_missesWithSuggestion() {
        Lookup<PopulationType> l = PopulationType.lookup("asylum seeker");
        assertThat(l.code()).isEqualTo(IssueCode.POPULATION_TYPE_UNKNOWN);
        assertThat(l.suggestion()).isEqualTo("ASY");
        assertThat(PopulationType.lookup("XYZ").suggestion()).isNull();
    }
}
