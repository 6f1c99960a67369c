package org.migrationkit.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;

class AdminAreaTest {
    private static final CountryCode AFG = CountryCode.of("AFG");

    @ParameterizedTest(name = "level {0}: {1} {2}")
    @CsvSource(textBlock = """
            1, AF01,   Kabul
            2, AF0101, Kabul
            5, ,       Some village
            3, AF0101003,
            """)
    void of_acceptsLevelsOneToFiveWithACodeOrAName(int level, String pcode, String name) {
        AdminArea a = AdminArea.of(AFG, level, pcode, name);
        assertThat(a.country()).isSameAs(AFG);
        assertThat(a.level()).isEqualTo(level);
        assertThat(a.pcode()).isEqualTo(pcode);
        assertThat(a.name()).isEqualTo(name);
        assertThat(a).isEqualTo(new AdminArea(AFG, level, pcode, name));
    }

    @ParameterizedTest(name = "level {0}")
    @ValueSource(ints = {0, 6, -1, Integer.MAX_VALUE})
    void of_rejectsALevelOutsideOneToFive(int level) {
        assertThatThrownBy(() -> AdminArea.of(AFG, level, "AF01", "Kabul"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.issueCode()).isEqualTo(IssueCode.ADMIN_LEVEL_INVALID))
                .hasMessage("Admin level " + level + " is out of range: an administrative area's level is 1 to 5 "
                        + "(level 0 is the country itself).");
    }

    @Test
    void of_needsACodeOrAName() {
        assertThatThrownBy(() -> AdminArea.of(AFG, 1, null, null))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Admin area of AFG at level 1 has neither a p-code nor a name: give at least one.");
    }

    @Test
    void of_rejectsBlankTextAndNullCountry() {
        assertThatThrownBy(() -> AdminArea.of(AFG, 1, " ", "Kabul"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("pcode is blank: pass null when it is not reported.");
        assertThatThrownBy(() -> AdminArea.of(AFG, 1, "AF01", ""))
                .hasMessage("name is blank: pass null when it is not reported.");
        assertThatThrownBy(() -> AdminArea.of(null, 1, "AF01", "Kabul"))
                .isInstanceOf(NullPointerException.class).hasMessage("country");
    }
}
