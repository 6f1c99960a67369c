package org.migrationkit.io.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Severity;

/** How a run rates issues, as both validators' builders set it. */
class IssuePolicyTest {
    @ParameterizedTest
    @EnumSource(IssueCode.class)
    void withoutOverrides_exactlyTheErrorCodesReject(IssueCode code) {
        IssuePolicy p = DatasetValidator.builder().issuePolicy();
        assertThat(p.severity(code)).isEqualTo(code.severity());
        assertThat(p.rejects(code)).isEqualTo(code.severity() == Severity.ERROR);
    }

    @Test
    void ignoredAndOverriddenCodes_rejectOnlyWhenStillErrors() {
        IssuePolicy p = DatasetValidator.builder()
                .ignore(IssueCode.COUNT_NEGATIVE)
                .severity(IssueCode.DATE_IN_FUTURE, Severity.WARNING)
                .severity(IssueCode.VALUE_OUTLIER, Severity.ERROR)
                .failOn(Severity.WARNING)
                .maxIssuesPerCode(7)
                .issuePolicy();
        assertThat(IssueCode.COUNT_NEGATIVE.severity()).isEqualTo(Severity.ERROR);
        assertThat(p.rejects(IssueCode.COUNT_NEGATIVE)).isFalse();
        assertThat(p.rejects(IssueCode.DATE_IN_FUTURE)).isFalse();
        assertThat(p.severity(IssueCode.DATE_IN_FUTURE)).isEqualTo(Severity.WARNING);
        assertThat(p.rejects(IssueCode.VALUE_OUTLIER)).isTrue();
        assertThat(p.failOn()).isEqualTo(Severity.WARNING);
        assertThat(p.maxIssuesPerCode()).isEqualTo(7);
        assertThat(p).hasToString("failOn=warning, ignore=[count.negative], severity="
                + p.severities() + ", maxIssuesPerCode=7");
    }

    @Test
    void thePolicyIsASnapshot_andANegativeCapIsRefused() {
        Set<IssueCode> ignored = EnumSet.of(IssueCode.VALUE_OUTLIER);
        Map<IssueCode, Severity> severities = new EnumMap<>(IssueCode.class);
        IssuePolicy p = new IssuePolicy(null, ignored, severities, 0);
        ignored.clear();
        severities.put(IssueCode.VALUE_OUTLIER, Severity.ERROR);
        assertThat(p.ignored()).containsExactly(IssueCode.VALUE_OUTLIER);
        assertThat(p.severities()).isEmpty();
        assertThatThrownBy(() -> new IssuePolicy(null, Set.of(), Map.of(), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 (no cap)");
        assertThatThrownBy(() -> DatasetValidator.builder().maxIssuesPerCode(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 (no cap)");
    }
}
