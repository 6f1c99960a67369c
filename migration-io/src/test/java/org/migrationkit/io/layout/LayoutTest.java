package org.migrationkit.io.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LayoutTest {
    @Test
    void layout_keepsItsParts() {
        Layout layout = new Layout("mmp-web-2017", "incident", "header has \"Web ID\"");
        assertThat(layout.id()).isEqualTo("mmp-web-2017");
        assertThat(layout.entity()).isEqualTo("incident");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", " ", "a\tb", "a\nb"})
    void layout_rejectsIdsThatBreakTheOneLineListing(String id) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Layout(id, "incident", "x"))
                .withMessageContaining("id");
    }

    @Test
    void layouts_areUniqueById() {
        assertThat(Layouts.all()).extracting(Layout::id).doesNotHaveDuplicates();
    }
}
