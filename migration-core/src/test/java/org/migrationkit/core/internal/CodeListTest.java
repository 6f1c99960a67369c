package org.migrationkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

class CodeListTest {
    enum Colour { RED, GREEN }

    private final CodeList<Colour> list = CodeList.of(List.of(Colour.values()),
            c -> c == Colour.RED ? List.of("Red", "rouge", "R") : List.of("Green", "vert"), IssueCode.ROUTE_UNKNOWN);

    @Test
    void lookup_findsByAnyNameIgnoringCaseAndReusesTheHit() {
        assertThat(list.lookup(" ROUGE ").value()).isEqualTo(Colour.RED);
        assertThat(list.lookup("r").value()).isEqualTo(Colour.RED);
        assertThat(list.lookup("Red")).isSameAs(list.lookup("red"));
        assertThat(list.find("VERT")).contains(Colour.GREEN);
        assertThat(list.get("blue")).isNull();
    }

    @Test
    void lookup_missSuggestsTheCanonicalNameOfTheClosestEntry() {
        Lookup<Colour> miss = list.lookup("verrt");
        assertThat(miss.isFound()).isFalse();
        assertThat(miss.code()).isEqualTo(IssueCode.ROUTE_UNKNOWN);
        assertThat(miss.suggestion()).isEqualTo("Green");
    }

    @Test
    void of_rejectsANameSharedByTwoEntries() {
        assertThatIllegalStateException()
                .isThrownBy(() -> CodeList.of(List.of(Colour.values()), c -> List.of("same"), IssueCode.ROUTE_UNKNOWN))
                .withMessage("Name \"same\" names both RED and GREEN");
    }
}
