package org.migrationkit.core.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;

class HxlTagTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            '#affected+f+children'              | #affected+f+children
            '  #Affected +F +Children  '      | #affected+f+children
            '#adm1+code'                        | #adm1+code
            '#country'                          | #country
            '#affected+idps+ind+total'          | #affected+idps+ind+total
            '#x_toxicity+v_pcode'               | #x_toxicity+v_pcode
            '#affected+f+f'                     | #affected+f
            '#affected+age_0_4'                 | #affected+age_0_4
            """)
    void parse_readsValidSpecs(String text, String canonical) {
        HxlTag tag = HxlTag.parse(text);
        assertThat(tag).hasToString(canonical);
        assertThat(HxlTag.parse(tag.toString())).isEqualTo(tag);
        assertThat(HxlTag.lookup(text).value()).isEqualTo(tag);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            affected+f            | 0  | it does not start with #
            '#'                     | 1  | the hashtag is not a letter followed by letters, digits or underscores
            '#1adm'                 | 1  | the hashtag is not a letter followed by letters, digits or underscores
            '#affected+'            | 10 | an attribute is a letter followed by letters, digits or underscores
            #affected+ f          | 10 | an attribute is a letter followed by letters, digits or underscores
            '#affected-f'           | 9  | expected + before an attribute
            #affected f           | 10 | expected + before an attribute
            '#affected+f+chil-dren' | 16 | expected + before an attribute
            '#café'                 | 4  | expected + before an attribute
            """)
    void parse_rejectsMalformedSpecsNamingTheIndex(String text, int index, String why) {
        assertThat(HxlTag.lookup(text).isFound()).isFalse();
        assertThat(HxlTag.lookup(text).code()).isEqualTo(IssueCode.HXL_MALFORMED);
        assertThatThrownBy(() -> HxlTag.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("HXL tag \"" + text + "\" is malformed at index " + index + ": " + why
                        + "; a tag is #hashtag followed by zero or more +attribute, such as #affected+f+children.")
                .extracting(e -> ((InvalidValueException) e).issueCode().code()).isEqualTo("hxl.malformed");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "Country", "#", "#+f"})
    void lookup_missesWithoutThrowing(String text) {
        assertThat(HxlTag.lookup(text).code()).isEqualTo(IssueCode.HXL_MALFORMED);
    }

    @Test
    void equality_ignoresCaseAndAttributeOrder() {
        HxlTag a = HxlTag.parse("#affected+f+children");
        HxlTag b = HxlTag.parse("#AFFECTED+Children+F");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(b).hasToString("#affected+children+f");
        assertThat(a).isNotEqualTo(HxlTag.parse("#affected+f"));
        assertThat(a).isNotEqualTo(HxlTag.parse("#inneed+f+children"));
    }

    @Test
    void of_buildsFromParts() {
        assertThat(HxlTag.of("affected", "f", "+children")).isEqualTo(HxlTag.parse("#affected+f+children"));
        assertThat(HxlTag.of("#country", "code").withAttribute("origin")).hasToString("#country+code+origin");
        assertThatThrownBy(() -> HxlTag.of("affected", "f x")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void has_acceptsWithOrWithoutPlus() {
        HxlTag tag = HxlTag.parse("#affected+idps+ind");
        assertThat(tag.has("idps")).isTrue();
        assertThat(tag.has("+IND")).isTrue();
        assertThat(tag.has(HxlAttribute.IND)).isTrue();
        assertThat(tag.has("hh")).isFalse();
        assertThat(tag.hashtag()).isEqualTo("#affected");
        assertThat(tag.knownHashtag()).contains(HxlHashtag.AFFECTED);
        assertThat(HxlTag.parse("#x_toxicity").knownHashtag()).isEmpty();
        assertThat(tag.attributes()).containsExactly("idps", "ind");
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            '#affected+f+children' | #affected                  | true
            '#affected+f+children' | #AFFECTED+F                | true
            '#affected+f+children' | #affected+f-adults         | true
            '#affected+f+children' | #affected+f-children       | false
            '#affected+f+children' | #affected+m                | false
            '#affected+f+children' | #inneed                    | false
            '#affected+f+children' | #*+children                | true
            '#affected+f+children' | #*                         | true
            '#affected+f+children' | #affected+f!               | false
            '#affected+f+children' | #affected+children+f!      | true
            '#affected+f+children' | '#inneed+f, #affected+f'   | true
            '#adm1+code'           | '#adm1+code,#adm2+code'    | true
            '#adm2+name'           | '#adm1+code,#adm2+code'    | false
            """)
    void matches_followsHxlTagPatterns(String tag, String pattern, boolean expected) {
        assertThat(HxlTag.parse(tag).matches(pattern)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"affected", "#affected+", "#affected*f", "#1x"})
    void matches_rejectsMalformedPatterns(String pattern) {
        assertThatThrownBy(() -> HxlTag.parse("#affected").matches(pattern))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("HXL tag pattern \"" + pattern + "\" is malformed: ")
                .hasMessageEndingWith("; a pattern is #tag, #* or #tag+include-exclude, optionally ending in !, "
                        + "alternatives separated by commas.");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(HxlHashtag.class)
    void everyHashtag_roundTripsThroughCodeLabelAndTag(HxlHashtag h) {
        assertThat(HxlHashtag.ofCode(h.code())).isSameAs(h);
        assertThat(HxlHashtag.findByCode(h.code())).contains(h);
        assertThat(HxlHashtag.lookup(h.code()).value()).isSameAs(h);
        assertThat(HxlHashtag.lookup(h.code().substring(1)).value()).isSameAs(h);
        assertThat(HxlHashtag.lookup(h.label()).value()).isSameAs(h);
        assertThat(HxlTag.parse(h.code()).knownHashtag()).contains(h);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(HxlAttribute.class)
    void everyAttribute_roundTripsThroughCodeLabelAndTag(HxlAttribute a) {
        assertThat(HxlAttribute.ofCode(a.code())).isSameAs(a);
        assertThat(HxlAttribute.findByCode(a.code())).contains(a);
        assertThat(HxlAttribute.lookup(a.code()).value()).isSameAs(a);
        assertThat(HxlAttribute.lookup(a.code().substring(1)).value()).isSameAs(a);
        assertThat(HxlAttribute.lookup(a.label()).value()).isSameAs(a);
        assertThat(HxlTag.parse("#affected" + a.code()).has(a)).isTrue();
    }

    @Test
    void unknownHashtagAndAttribute_areInfoCodes() {
        assertThat(HxlHashtag.lookup("#x_toxicity").code()).isEqualTo(IssueCode.HXL_HASHTAG_UNKNOWN);
        assertThat(HxlHashtag.lookup("#afected").suggestion()).isEqualTo("#affected");
        assertThat(HxlAttribute.lookup("+childern").code()).isEqualTo(IssueCode.HXL_ATTRIBUTE_UNKNOWN);
        assertThat(HxlAttribute.lookup("+childern").suggestion()).isEqualTo("+children");
        assertThat(HxlHashtag.COUNTRY.isCore()).isTrue();
        assertThat(HxlHashtag.ROUND.isCore()).isFalse();
        assertThat(HxlAttribute.RETURNEES.isCore()).isFalse();
        assertThatThrownBy(() -> HxlHashtag.ofCode("#x_toxicity"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Unknown HXL hashtag \"#x_toxicity\": use one of \"#country\", \"#adm1\",");
    }
}
