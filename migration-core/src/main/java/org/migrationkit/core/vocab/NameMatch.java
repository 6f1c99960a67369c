package org.migrationkit.core.vocab;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.IssueCode;

/**
 * What a looked-up name turned out to be, for readers that must keep the source's own text: the constant it
 * resolved to, whether the text was a legacy name or another alias rather than the code, and the issue to report.
 *
 * <pre>{@code
 * NameMatch<MmpRoute> m = MmpRoute.match("Darien Gap");
 * m.value();          // DARIEN
 * m.isLegacyName();   // true: keep "Darien Gap" as the reported text
 * }</pre>
 *
 * @param text the text as given, not null
 * @param value the constant the text resolved to, or null when it did not resolve
 * @param alias whether the text resolved through a name other than the constant's code or label
 * @param legacyName whether the text is a legacy (2020 export) name that differs from the current one
 * @param issue the issue to report: the miss code, the legacy code for a legacy constant with no current
 *     equivalent, or null when there is nothing to report
 * @param suggestion the code of a close constant on a miss, or null
 * @param <E> the vocabulary
 */
public record NameMatch<E extends Enum<E>>(String text, @Nullable E value, boolean alias, boolean legacyName,
        @Nullable IssueCode issue, @Nullable String suggestion) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if a miss has no issue code, or a legacy name is not an alias
     */
    public NameMatch {
        Objects.requireNonNull(text, "text");
        if (value == null && issue == null) {
            throw new IllegalArgumentException("A name that did not resolve needs an issue code");
        }
        if (legacyName && !alias) {
            throw new IllegalArgumentException("A legacy name is always an alias of its constant");
        }
    }

    /**
     * Returns whether the text resolved to a constant.
     *
     * @return true when {@link #value()} is not null
     */
    public boolean isFound() {
        return value != null;
    }

    /**
     * Returns the constant as an {@code Optional}.
     *
     * @return the constant, or empty when the text did not resolve
     */
    public Optional<E> find() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns whether the text is a legacy name; same as {@link #legacyName()}.
     *
     * @return true for a legacy name
     */
    public boolean isLegacyName() {
        return legacyName;
    }
}
