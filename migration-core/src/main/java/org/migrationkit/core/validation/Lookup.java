package org.migrationkit.core.validation;

import java.util.EnumMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of a non-throwing lookup on the bulk path: a value, or the issue code that says why there is none,
 * with a suggested value where one is close.
 *
 * <pre>{@code
 * Lookup<CountryCode> l = CountryCode.lookup("Germnay");
 * if (!l.isFound()) report(l.code(), l.suggestion());   // country.unknown, "DEU"
 * }</pre>
 *
 * <p>Misses without a suggestion are shared per code, so a miss allocates nothing; value types cache the hit
 * for each of their constants.
 *
 * @param <T> the type looked up
 */
public final class Lookup<T> {
    private static final Map<IssueCode, Lookup<?>> PLAIN_MISSES = new EnumMap<>(IssueCode.class);

    static {
        for (IssueCode code : IssueCode.values()) {
            PLAIN_MISSES.put(code, new Lookup<>(null, code, null));
        }
    }

    private final @Nullable T value;
    private final @Nullable IssueCode code;
    private final @Nullable String suggestion;

    private Lookup(@Nullable T value, @Nullable IssueCode code, @Nullable String suggestion) {
        this.value = value;
        this.code = code;
        this.suggestion = suggestion;
    }

    /**
     * Returns a hit.
     *
     * @param value the value found, not null
     * @param <T> the type looked up
     * @return a found lookup
     */
    public static <T> Lookup<T> found(T value) {
        return new Lookup<>(Objects.requireNonNull(value, "value"), null, null);
    }

    /**
     * Returns a miss without a suggestion; shared, so it does not allocate.
     *
     * @param code why nothing was found, not null
     * @param <T> the type looked up
     * @return a missed lookup
     */
    @SuppressWarnings("unchecked")
    public static <T> Lookup<T> miss(IssueCode code) {
        return (Lookup<T>) PLAIN_MISSES.get(Objects.requireNonNull(code, "code"));
    }

    /**
     * Returns a miss with a suggested value.
     *
     * @param code why nothing was found, not null
     * @param suggestion the canonical text of a close value, or null if none is close
     * @param <T> the type looked up
     * @return a missed lookup
     */
    public static <T> Lookup<T> miss(IssueCode code, @Nullable String suggestion) {
        return suggestion == null ? miss(code) : new Lookup<>(null, Objects.requireNonNull(code, "code"), suggestion);
    }

    /**
     * Returns whether a value was found.
     *
     * @return true for a hit
     */
    public boolean isFound() {
        return value != null;
    }

    /**
     * Returns the value found.
     *
     * @return the value, not null
     * @throws NoSuchElementException on a miss
     */
    public T value() {
        if (value == null) {
            throw new NoSuchElementException("No value: the lookup missed with " + code);
        }
        return value;
    }

    /**
     * Returns the issue code of a miss.
     *
     * @return the code, not null
     * @throws IllegalStateException on a hit
     */
    public IssueCode code() {
        if (code == null) {
            throw new IllegalStateException("The lookup found a value; it has no issue code");
        }
        return code;
    }

    /**
     * Returns the suggested value of a miss.
     *
     * @return the canonical text of a close value, or null on a hit or when nothing is close
     */
    public @Nullable String suggestion() {
        return suggestion;
    }

    /**
     * Returns the value as an {@code Optional}.
     *
     * @return the value, or empty on a miss
     */
    public Optional<T> toOptional() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns the value found, or throws the miss as an {@link InvalidValueException}.
     *
     * @param message builds the exception's message on a miss: what is wrong, the value unless sensitive,
     *     and what is accepted
     * @return the value, not null
     * @throws InvalidValueException on a miss, with this lookup's code and suggestion
     */
    public T orElseThrow(java.util.function.Supplier<String> message) {
        if (value == null) {
            throw new InvalidValueException(code(), message.get(), suggestion);
        }
        return value;
    }

    @Override
    public String toString() {
        return value != null
                ? "Lookup[found " + value + "]"
                : "Lookup[missed " + code + (suggestion == null ? "" : ", suggest " + suggestion) + "]";
    }
}
