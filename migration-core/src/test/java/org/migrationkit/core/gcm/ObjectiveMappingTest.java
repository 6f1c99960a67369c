package org.migrationkit.core.gcm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.core.vocab.AssistanceType;

class ObjectiveMappingTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(AssistanceType.class)
    void everyAssistanceType_servesAtLeastOneObjective(AssistanceType type) {
        assertThat(ObjectiveMapping.defaults().objectivesFor(type)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            avrr                | 21
            counter_trafficking | 7 10
            family_tracing      | 7 8
            health              | 15
            legal_aid           | 7 12
            information         | 3
            documentation       | 4
            referral            | 12
            mhpss               | 7 15
            """)
    void defaults_mapAsDocumented(String type, String objectives) {
        assertThat(ObjectiveMapping.defaults().objectivesFor(AssistanceType.ofCode(type)))
                .map(GcmObjective::code).containsExactly(objectives.split(" "));
    }

    @Test
    void with_returnsANewMappingAndLeavesTheDefaultsAlone() {
        ObjectiveMapping custom = ObjectiveMapping.defaults()
                .with(AssistanceType.CASH, Set.of(GcmObjective.REMITTANCES, GcmObjective.REDUCE_VULNERABILITIES));
        assertThat(custom.objectivesFor(AssistanceType.CASH))
                .containsExactly(GcmObjective.REDUCE_VULNERABILITIES, GcmObjective.REMITTANCES);
        assertThat(ObjectiveMapping.defaults().objectivesFor(AssistanceType.CASH))
                .containsExactly(GcmObjective.REDUCE_VULNERABILITIES);
        assertThat(custom).isNotEqualTo(ObjectiveMapping.defaults());
        assertThat(custom.with(AssistanceType.CASH, Set.of(GcmObjective.REDUCE_VULNERABILITIES)))
                .isEqualTo(ObjectiveMapping.defaults()).hasSameHashCodeAs(ObjectiveMapping.defaults());
        assertThat(custom.with(AssistanceType.CASH, Set.of()).objectivesFor(AssistanceType.CASH)).isEmpty();
    }

    @Test
    void mapping_isImmutable() {
        ObjectiveMapping m = ObjectiveMapping.defaults();
        assertThatThrownBy(() -> m.asMap().put(AssistanceType.CASH, Set.of()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.objectivesFor(AssistanceType.AVRR).add(GcmObjective.DATA))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(m.asMap()).hasSize(AssistanceType.values().length);
        assertThat(m.toString()).startsWith("ObjectiveMapping{protection=[7], mhpss=[7, 15],");
        assertThatThrownBy(() -> m.with(null, Set.of())).isInstanceOf(NullPointerException.class).hasMessage("type");
    }
}
