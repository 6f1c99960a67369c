package org.migrationkit.core.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;

class IncidentTypeTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(IncidentType.class)
    void everyType_roundTripsThroughCodeAndLabel(IncidentType t) {
        assertThat(IncidentType.ofCode(t.code())).isSameAs(t);
        assertThat(IncidentType.findByCode(t.code())).contains(t);
        assertThat(IncidentType.lookup(t.code()).value()).isSameAs(t);
        assertThat(IncidentType.lookup(t.label()).value()).isSameAs(t);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            incident,   INCIDENT
            split,      SPLIT_INCIDENT
            cumulative, CUMULATIVE_INCIDENT
            SPLIT INCIDENT, SPLIT_INCIDENT
            """)
    void lookup_acceptsShortForms(String text, IncidentType expected) {
        assertThat(IncidentType.lookup(text).value()).isSameAs(expected);
    }

    @Test
    void ofCode_listsTheCodes() {
        assertThatThrownBy(() -> IncidentType.ofCode("Split"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Unknown Missing Migrants Project incident type \"Split\": use one of \"Incident\", "
                        + "\"Split Incident\", \"Cumulative Incident\". Did you mean \"Split Incident\"?")
                .extracting(e -> ((InvalidValueException) e).issueCode()).isEqualTo(IssueCode.INCIDENT_TYPE_UNKNOWN);
        assertThat(IncidentType.lookup("Cumulativ Incident").suggestion()).isEqualTo("Cumulative Incident");
        assertThat(IncidentType.lookup("Cumulativ Incident").code().code()).isEqualTo("incident-type.unknown");
    }
}
