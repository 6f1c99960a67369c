package org.migrationkit.core.model;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
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
    // Source: ISO 4217 alphabetic codes, current and historical, as OpenJDK 17.0.15 ships them. Fixed here rather
    // than taken from the running JDK, whose list grows between releases (JDK 25 adds XAD): the same data must
    // validate the same on every supported JVM.
    private static final String CODES = """
            ADP AED AFA AFN ALL AMD ANG AOA ARS ATS AUD AWG AYM AZM AZN BAM BBD BDT BEF BGL BGN BHD BIF BMD
            BND BOB BOV BRL BSD BTN BWP BYB BYN BYR BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CSD CUC
            CUP CVE CYP CZK DEM DJF DKK DOP DZD EEK EGP ERN ESP ETB EUR FIM FJD FKP FRF GBP GEL GHC GHS GIP
            GMD GNF GRD GTQ GWP GYD HKD HNL HRK HTG HUF IDR IEP ILS INR IQD IRR ISK ITL JMD JOD JPY KES KGS
            KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LTL LUF LVL LYD MAD MDL MGA MGF MKD MMK MNT MOP
            MRO MRU MTL MUR MVR MWK MXN MXV MYR MZM MZN NAD NGN NIO NLG NOK NPR NZD OMR PAB PEN PGK PHP PKR
            PLN PTE PYG QAR ROL RON RSD RUB RUR RWF SAR SBD SCR SDD SDG SEK SGD SHP SIT SKK SLE SLL SOS SRD
            SRG SSP STD STN SVC SYP SZL THB TJS TMM TMT TND TOP TPE TRL TRY TTD TWD TZS UAH UGX USD USN USS
            UYI UYU UZS VEB VED VEF VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XFO XFU XOF XPD
            XPF XPT XSU XTS XUA XXX YER YUM ZAR ZMK ZMW ZWD ZWG ZWL ZWN ZWR
            """;
    private static final List<Currency> ALL =
            Stream.of(CODES.trim().split("\\s+")).map(Currency::getInstance).toList();
    private static final CodeList<Currency> INDEX = CodeList.of(ALL, c -> List.of(c.getCurrencyCode()),
            IssueCode.CURRENCY_UNKNOWN);

    private CurrencyCodes() {
    }

    /**
     * Returns every currency the library accepts, in code order: the same on every supported JVM.
     *
     * @return an unmodifiable list
     */
    public static List<Currency> all() {
        return ALL;
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
