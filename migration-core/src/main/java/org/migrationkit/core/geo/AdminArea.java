package org.migrationkit.core.geo;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;

/**
 * A subnational administrative area: a country's first to fifth administrative level, known by its p-code, its
 * name, or both (level 0 is the country itself, a {@link CountryCode}).
 *
 * <pre>{@code
 * AdminArea.of(CountryCode.of("AFG"), 1, "AF01", "Kabul");
 * }</pre>
 *
 * <p>Source: HXL {@code #adm1}..{@code #adm5} with {@code +code}/{@code +name} (domain-standards §3.2); OCHA
 * p-codes as used by IOM DTM ({@code admin1Pcode}, domain-standards §2.2).
 *
 * @param country the country the area belongs to, not null
 * @param level the administrative level, 1 to 5
 * @param pcode the place code, such as {@code "AF01"}, or null if not reported
 * @param name the area's name as the source writes it, or null if not reported
 */
public record AdminArea(CountryCode country, int level, @Nullable String pcode, @Nullable String name) {
    /** The deepest administrative level, as HXL's {@code #adm5}. */
    public static final int MAX_LEVEL = 5;

    /**
     * Creates an area.
     *
     * @throws NullPointerException if {@code country} is null
     * @throws InvalidValueException with {@code admin.level-invalid} if {@code level} is outside 1 to 5
     * @throws IllegalArgumentException if both {@code pcode} and {@code name} are null, or either is blank
     */
    public AdminArea {
        Objects.requireNonNull(country, "country");
        if (level < 1 || level > MAX_LEVEL) {
            throw new InvalidValueException(IssueCode.ADMIN_LEVEL_INVALID, "Admin level " + level
                    + " is out of range: an administrative area's level is 1 to " + MAX_LEVEL
                    + " (level 0 is the country itself).");
        }
        if (pcode == null && name == null) {
            throw new IllegalArgumentException("Admin area of " + country + " at level " + level
                    + " has neither a p-code nor a name: give at least one.");
        }
        requireNotBlank(pcode, "pcode");
        requireNotBlank(name, "name");
    }

    /**
     * Returns the area with the given parts.
     *
     * @param country the country the area belongs to, not null
     * @param level the administrative level, 1 to 5
     * @param pcode the place code, or null if not reported
     * @param name the area's name, or null if not reported
     * @return the area
     * @throws InvalidValueException with {@code admin.level-invalid} if {@code level} is outside 1 to 5
     * @throws IllegalArgumentException if both {@code pcode} and {@code name} are null, or either is blank
     */
    public static AdminArea of(CountryCode country, int level, @Nullable String pcode, @Nullable String name) {
        return new AdminArea(country, level, pcode, name);
    }

    static void requireNotBlank(@Nullable String value, String field) {
        if (value != null && value.isBlank()) {
            // Unknown is null, never "" (STYLE §3): a reader turns a blank cell into null.
            throw new IllegalArgumentException(field + " is blank: pass null when it is not reported.");
        }
    }
}
