package org.migrationkit.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LocationTest {
    private static final CountryCode GRC = CountryCode.of("GRC");
    private static final CountryCode TUR = CountryCode.of("TUR");
    private static final AdminArea LESVOS = AdminArea.of(GRC, 2, null, "Lesvos");

    @Test
    void of_keepsEveryPartGiven() {
        GeoPoint p = GeoPoint.parse("39.2, 26.3");
        Location l = Location.of(GRC, LESVOS, "off Lesvos", p);
        assertThat(l.country()).isSameAs(GRC);
        assertThat(l.adminArea()).isEqualTo(LESVOS);
        assertThat(l.place()).isEqualTo("off Lesvos");
        assertThat(l.point()).isEqualTo(p);
    }

    @Test
    void of_acceptsAnySinglePart() {
        assertThat(Location.of(GRC).country()).isSameAs(GRC);
        assertThat(Location.of(GeoPoint.of(1, 2)).country()).isNull();
        assertThat(Location.of(null, null, "Mediterranean Sea", null).place()).isEqualTo("Mediterranean Sea");
    }

    @Test
    void of_takesTheCountryFromTheAdminArea() {
        Location l = Location.of(LESVOS);
        assertThat(l.country()).isSameAs(GRC);
        assertThat(l).isEqualTo(Location.of(GRC, LESVOS, null, null));
    }

    @Test
    void of_rejectsAnAdminAreaOfAnotherCountry() {
        assertThatThrownBy(() -> Location.of(TUR, LESVOS, null, null))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Location country TUR differs from the country GRC of its admin area: an admin area lies "
                        + "in the location's country.");
    }

    @Test
    void of_rejectsAnEmptyLocation() {
        assertThatThrownBy(() -> Location.of(null, null, null, null))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Location has no country, admin area, place or point: give at least one.");
    }

    @Test
    void of_rejectsABlankPlace() {
        assertThatThrownBy(() -> Location.of(GRC, null, "  ", null))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("place is blank: pass null when it is not reported.");
    }
}
