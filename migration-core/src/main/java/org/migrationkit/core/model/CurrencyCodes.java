package org.migrationkit.core.model;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.migrationkit.core.internal.CodeList;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * ISO 4217 currencies by alphabetic code, as {@link Remittance} uses them, with the non-throwing lookup the bulk
 * path needs: {@link Currency#getInstance(String)} throws for an unknown code, so the codes the JDK knows are
 * indexed once and looked up without exceptions.
 *
 * <pre>{@code
 * CurrencyCodes.lookup("usd").value();   // USD
 * CurrencyCodes.lookup("XYZ").code();    // currency.unknown
 * }</pre>
 */
public final class CurrencyCodes {
    // Source: ISO 4217 as the running JDK ships it (Currency.getAvailableCurrencies()).
    private static final CodeList<Currency> INDEX = CodeList.of(Currency.getAvailableCurrencies(),
            c -> List.of(c.getCurrencyCode()), IssueCode.CURRENCY_UNKNOWN);

    private CurrencyCodes() {
    }

    /**
     * Returns the currency with exactly this ISO 4217 alphabetic code.
     *
     * @param code e.g. {@code USD}, not null
     * @return the currency
     * @throws InvalidValueException ({@code currency.unknown}) if the code is not an ISO 4217 code
     */
    public static Currency ofCode(String code) {
        Objects.requireNonNull(code, "code");
        return findByCode(code).orElseThrow(() -> new InvalidValueException(IssueCode.CURRENCY_UNKNOWN,
                "Unknown currency code \"" + code + "\": use an ISO 4217 alphabetic code such as USD, EUR or YER."));
    }

    /**
     * Finds the currency with exactly this ISO 4217 alphabetic code.
     *
     * @param code e.g. {@code USD}, not null
     * @return the currency, or empty
     */
    public static Optional<Currency> findByCode(String code) {
        Objects.requireNonNull(code, "code");
        return INDEX.find(code).filter(c -> c.getCurrencyCode().equals(code));
    }

    /**
     * Looks a code up without throwing, forgiving case and surrounding spaces.
     *
     * @param text e.g. {@code usd}, not null
     * @return the currency, or a miss with {@code currency.unknown}
     */
    public static Lookup<Currency> lookup(CharSequence text) {
        return INDEX.lookup(Objects.requireNonNull(text, "text"));
    }
}
