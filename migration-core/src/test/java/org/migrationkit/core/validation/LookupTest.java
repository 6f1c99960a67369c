package org.migrationkit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class LookupTest {
    @Test
    void found_holdsTheValue() {
        Lookup<String> hit = Lookup.found("YEM");
        assertThat(hit.isFound()).isTrue();
        assertThat(hit.value()).isEqualTo("YEM");
        assertThat(hit.toOptional()).contains("YEM");
        assertThat(hit.suggestion()).isNull();
        assertThat(hit.orElseThrow(() -> "never")).isEqualTo("YEM");
        assertThatIllegalStateException().isThrownBy(hit::code);
    }

    @Test
    void miss_withoutSuggestion_isSharedPerCode() {
        Lookup<String> a = Lookup.miss(IssueCode.COUNTRY_UNKNOWN);
        Lookup<Integer> b = Lookup.miss(IssueCode.COUNTRY_UNKNOWN, null);
        assertThat((Object) a).isSameAs(b);
        assertThat(a.isFound()).isFalse();
        assertThat(a.code()).isEqualTo(IssueCode.COUNTRY_UNKNOWN);
        assertThat(a.toOptional()).isEmpty();
        assertThatThrownBy(a::value).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void miss_orElseThrow_carriesCodeMessageAndSuggestion() {
        Lookup<String> miss = Lookup.miss(IssueCode.COUNTRY_UNKNOWN, "DEU");
        assertThat(miss).hasToString("Lookup[missed country.unknown, suggest DEU]");
        assertThatThrownBy(() -> miss.orElseThrow(() -> "Unknown country \"Germnay\""))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.issueCode()).isEqualTo(IssueCode.COUNTRY_UNKNOWN);
                    assertThat(e.suggestion()).isEqualTo("DEU");
                    assertThat(e).hasMessage("Unknown country \"Germnay\"");
                });
    }
}
