package org.migrationkit.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * The shared machinery of the vocabulary enums (core.vocab, core.gcm, core.people): exact lookup by code (the wire form), forgiving lookup by code,
 * label and aliases through {@link CodeList}, and the message of a failed {@code ofCode}.
 *
 * @param <E> the vocabulary
 */
public final class Vocabulary<E extends Enum<E>> {
    private final Map<String, E> byCode = new HashMap<>();
    private final CodeList<E> names;
    private final Function<E, String> code;
    private final String what;
    private final IssueCode missCode;
    private final String accepted;

    /**
     * Indexes a vocabulary.
     *
     * @param constants every constant
     * @param what what a constant is, for messages, e.g. "Missing Migrants Project route"
     * @param code the wire form of a constant
     * @param names code, label and aliases of a constant, code first
     * @param missCode the issue code of a miss
     */
    public Vocabulary(E[] constants, String what, Function<E, String> code, Function<E, List<String>> names,
            IssueCode missCode) {
        this.code = code;
        this.what = what;
        this.missCode = missCode;
        for (E e : constants) {
            byCode.put(code.apply(e), e);
        }
        this.names = CodeList.of(List.of(constants), names, missCode);
        this.accepted = Stream.of(constants).map(e -> "\"" + code.apply(e) + "\"").collect(Collectors.joining(", "));
    }

    /**
     * Finds a constant by its exact code.
     *
     * @param text the code, not null
     * @return the constant, or empty
     */
    public Optional<E> findByCode(String text) {
        return Optional.ofNullable(byCode.get(Objects.requireNonNull(text, "code")));
    }

    /**
     * Returns the constant with the exact code.
     *
     * @param text the code, not null
     * @return the constant
     * @throws InvalidValueException with the miss code, listing the accepted codes
     */
    public E ofCode(String text) {
        E e = byCode.get(Objects.requireNonNull(text, "code"));
        if (e != null) {
            return e;
        }
        Lookup<E> near = names.lookup(text);
        String suggestion = near.isFound() ? code.apply(near.value()) : near.suggestion();
        throw new InvalidValueException(missCode, unknownMessage(text, suggestion), suggestion);
    }

    /**
     * Looks a code, label or alias up, forgiving case, diacritics and spacing.
     *
     * @param text any text, not null
     * @return the constant, or a miss with a suggestion
     */
    public Lookup<E> lookup(CharSequence text) {
        return names.lookup(Objects.requireNonNull(text, "text"));
    }

    /**
     * Returns the message of a miss: what is wrong, the value, what is accepted, and a close value if any.
     *
     * @param text the value looked up
     * @param suggestion a close code, or null
     * @return the message
     */
    public String unknownMessage(CharSequence text, @Nullable String suggestion) {
        return "Unknown " + what + " \"" + text + "\": use one of " + accepted + "."
                + (suggestion == null ? "" : " Did you mean \"" + suggestion + "\"?");
    }
}
