package org.migrationkit.core.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.internal.CodeList;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * A country or area, identified by its ISO 3166-1 alpha-3 code, with its alpha-2 and numeric codes, English name and
 * UN M49 regions.
 *
 * <p>The table holds the 249 ISO 3166-1 entries and the seven non-ISO codes that migration data uses
 * ({@link #isIso()} is false for them): {@code XKX} Kosovo (user-assigned, used by the EU and UNHCR), the ICAO
 * Doc 9303 nationality codes {@code XXA} stateless person, {@code XXB} refugee under the 1951 Convention,
 * {@code XXC} other refugee and {@code XXX} unspecified nationality, and the UNHCR origin codes {@code UKN} unknown
 * and {@code STA} stateless. Names are the UN M49 English names (the spellings of MMP and UNHCR exports, such as
 * {@code "Iran (Islamic Republic of)"}), with the ISO short names and common short names as aliases.
 *
 * <p>Instances are interned, one per alpha-3 code, so {@code equals} is identity and agrees with the alpha-3 code.
 * The canonical text is the alpha-3 code.
 *
 * <pre>{@code
 * CountryCode.of("YEM").name();                        // "Yemen"
 * CountryCode.lookup("Türkiye").value().alpha3();      // "TUR"
 * CountryCode.lookup("Germnay").suggestion();          // "DEU"
 * CountryCode.of("SYR").subRegion().name();            // "Western Asia"
 * }</pre>
 *
 * <p>Source: ISO 3166-1; UN Statistics Division, Standard country or area codes for statistical use (M49); ICAO
 * Doc 9303 part 3; UNHCR Refugee Data Finder (domain-standards §4.2). The table is the bundled resource
 * {@code countries.tsv} next to this class.
 */
public final class CountryCode {
    private static final String RESOURCE = "countries.tsv";
    private static final int LETTERS = 26;

    private static final List<CountryCode> ALL;
    // Indexed by the packed letters of a code (see pack2/pack3), so that the bulk path resolves a code without
    // allocating. BY_ALPHA3 holds only alpha-3 codes (for of/parse); the LOOKUP tables add the 2- and 3-letter
    // aliases ("UK", "DRC") so that a letter-only input of that length is settled by the table alone.
    private static final CountryCode[] BY_ALPHA3 = new CountryCode[LETTERS * LETTERS * LETTERS];
    private static final CountryCode[] LOOKUP3 = new CountryCode[LETTERS * LETTERS * LETTERS];
    private static final CountryCode[] LOOKUP2 = new CountryCode[LETTERS * LETTERS];
    private static final CountryCode[] BY_NUMERIC = new CountryCode[1000];
    private static final CodeList<CountryCode> ANY;
    private static final CodeList<CountryCode> NAMES;
    private static final String NON_ISO;

    static {
        ALL = Collections.unmodifiableList(load());
        for (CountryCode c : ALL) {
            BY_ALPHA3[pack3(c.alpha3, 0)] = c;
            if (c.numeric != null) {
                BY_NUMERIC[c.numeric] = c;
            }
        }
        for (CountryCode c : ALL) {
            for (String n : c.codesAndNames()) {
                if (n.length() == 3 && pack3(n, 0) >= 0) {
                    putOnce(LOOKUP3, pack3(n, 0), c, n);
                } else if (n.length() == 2 && pack2(n, 0) >= 0) {
                    putOnce(LOOKUP2, pack2(n, 0), c, n);
                }
            }
        }
        ANY = CodeList.of(ALL, CountryCode::codesAndNames, IssueCode.COUNTRY_UNKNOWN);
        NAMES = CodeList.of(ALL, CountryCode::names, IssueCode.COUNTRY_UNKNOWN);
        NON_ISO = ALL.stream().filter(c -> !c.iso).map(c -> c.alpha3).collect(Collectors.joining(", "));
    }

    private final String alpha3;
    private final @Nullable String alpha2;
    private final @Nullable Integer numeric;
    private final String name;
    private final List<String> aliases;
    private final @Nullable Region grouping;
    private final boolean iso;
    private final Lookup<CountryCode> hit;

    private CountryCode(String alpha3, @Nullable String alpha2, @Nullable Integer numeric, String name,
            List<String> aliases, @Nullable Region grouping, boolean iso) {
        this.alpha3 = alpha3;
        this.alpha2 = alpha2;
        this.numeric = numeric;
        this.name = name;
        this.aliases = List.copyOf(aliases);
        this.grouping = grouping;
        this.iso = iso;
        this.hit = Lookup.found(this);
    }

    // ---- factories

    /**
     * Returns the country with the given alpha-3 code.
     *
     * @param alpha3 an ISO 3166-1 alpha-3 code or one of the non-ISO codes, ASCII letters in any case, not null
     * @return the country, not null
     * @throws InvalidValueException with {@code country.unknown} if the table has no such code; its suggestion is
     *     the alpha-3 code of the country the text names, if it names one ({@code "DE"} suggests {@code "DEU"})
     */
    public static CountryCode of(String alpha3) {
        return parse(alpha3);
    }

    /**
     * Reads the canonical text, an alpha-3 code.
     *
     * @param text an ISO 3166-1 alpha-3 code or one of the non-ISO codes, ASCII letters in any case, not null
     * @return the country, not null
     * @throws InvalidValueException with {@code country.unknown} if the table has no such code
     */
    public static CountryCode parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int k = text.length() == 3 ? pack3(text, 0) : -1;
        CountryCode c = k >= 0 ? BY_ALPHA3[k] : null;
        if (c == null) {
            Lookup<CountryCode> l = lookup(text);
            String suggestion = l.isFound() ? l.value().alpha3 : l.suggestion();
            throw new InvalidValueException(IssueCode.COUNTRY_UNKNOWN, "Unknown country code \"" + text
                    + "\": use an ISO 3166-1 alpha-3 code such as \"SYR\", or one of " + NON_ISO + "."
                    + (suggestion == null ? "" : " Did you mean \"" + suggestion + "\"?"), suggestion);
        }
        return c;
    }

    /**
     * Finds the country with the given alpha-3 code (ISO or one of the non-ISO codes).
     *
     * @param alpha3 three ASCII letters in any case, not null
     * @return the country, or empty
     */
    public static Optional<CountryCode> findByAlpha3(CharSequence alpha3) {
        Objects.requireNonNull(alpha3, "alpha3");
        int k = alpha3.length() == 3 ? pack3(alpha3, 0) : -1;
        return Optional.ofNullable(k >= 0 ? BY_ALPHA3[k] : null);
    }

    /**
     * Finds the country with the given ISO 3166-1 alpha-2 code ({@code XK} for Kosovo).
     *
     * @param alpha2 two ASCII letters in any case, not null
     * @return the country, or empty
     */
    public static Optional<CountryCode> findByAlpha2(CharSequence alpha2) {
        Objects.requireNonNull(alpha2, "alpha2");
        int k = alpha2.length() == 2 ? pack2(alpha2, 0) : -1;
        CountryCode c = k >= 0 ? LOOKUP2[k] : null;
        // LOOKUP2 also holds two-letter aliases ("UK"), which are not alpha-2 codes.
        return c != null && c.alpha2 != null && c.alpha2.equalsIgnoreCase(alpha2.toString())
                ? Optional.of(c) : Optional.empty();
    }

    /**
     * Finds the country with the given ISO 3166-1 numeric code.
     *
     * @param numeric a code from 1 to 999, such as 760 for the Syrian Arab Republic
     * @return the country, or empty
     */
    public static Optional<CountryCode> findByNumeric(int numeric) {
        return Optional.ofNullable(numeric > 0 && numeric < BY_NUMERIC.length ? BY_NUMERIC[numeric] : null);
    }

    /**
     * Finds the country with the given English name or alias, ignoring case, diacritics and spacing.
     *
     * @param name a name such as {@code "Syrian Arab Republic"}, {@code "Syria"} or {@code "cote d'ivoire"},
     *     not null
     * @return the country, or empty
     */
    public static Optional<CountryCode> findByName(CharSequence name) {
        return NAMES.find(Objects.requireNonNull(name, "name"));
    }

    /**
     * Looks a country up by alpha-3, alpha-2 or numeric code, name or alias, ignoring case, diacritics and
     * surrounding spaces; never throws.
     *
     * @param text any text, not null
     * @return the country, or a miss with {@code country.unknown} and, for a near miss of a name, the alpha-3 code
     *     of the closest country ({@code "Germnay"} suggests {@code "DEU"})
     */
    public static Lookup<CountryCode> lookup(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int from = 0;
        int to = text.length();
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        int n = to - from;
        if (n == 3) {
            int k = pack3(text, from);
            if (k >= 0) {
                return hitOrMiss(LOOKUP3[k]);
            }
        } else if (n == 2) {
            int k = pack2(text, from);
            if (k >= 0) {
                return hitOrMiss(LOOKUP2[k]);
            }
        }
        if (n >= 1) {
            int num = digits(text, from, to);
            if (num >= 0) {
                // All digits: a numeric code or nothing ("1234" is not a typo of "124").
                return hitOrMiss(num < BY_NUMERIC.length ? BY_NUMERIC[num] : null);
            }
        }
        return ANY.lookup(text);
    }

    /**
     * Looks a country up in ASCII or UTF-8 bytes, as {@link #lookup(CharSequence)} does; for a code of two or three
     * letters or a run of digits it neither decodes nor allocates, hit or miss.
     *
     * @param bytes the buffer, not null
     * @param off where the text starts
     * @param len the length of the text in bytes
     * @return the country, or a miss with {@code country.unknown} and possibly a suggestion
     * @throws IndexOutOfBoundsException if {@code off} and {@code len} do not lie inside {@code bytes}
     */
    public static Lookup<CountryCode> lookup(byte[] bytes, int off, int len) {
        Objects.checkFromIndexSize(off, len, bytes.length);
        int from = off;
        int to = off + len;
        while (from < to && isSpace((char) bytes[from])) {
            from++;
        }
        while (to > from && isSpace((char) bytes[to - 1])) {
            to--;
        }
        int n = to - from;
        if (n == 3) {
            int k = pack3(bytes[from], bytes[from + 1], bytes[from + 2]);
            if (k >= 0) {
                return hitOrMiss(LOOKUP3[k]);
            }
        } else if (n == 2) {
            int k = pack2(bytes[from], bytes[from + 1]);
            if (k >= 0) {
                return hitOrMiss(LOOKUP2[k]);
            }
        }
        if (n >= 1) {
            int num = 0;
            for (int i = from; i < to && num >= 0; i++) {
                int d = bytes[i] - '0';
                num = d < 0 || d > 9 ? -1 : num < BY_NUMERIC.length ? num * 10 + d : num;
            }
            if (num >= 0) {
                return hitOrMiss(num < BY_NUMERIC.length ? BY_NUMERIC[num] : null);
            }
        }
        return ANY.lookup(new String(bytes, from, n, StandardCharsets.UTF_8));
    }

    /**
     * Returns every country of the table: the 249 ISO 3166-1 entries in alpha-3 order, then the non-ISO codes
     * XKX, XXA, XXB, XXC, XXX, UKN, STA.
     *
     * @return an unmodifiable list of 256 countries
     */
    public static List<CountryCode> all() {
        return ALL;
    }

    // ---- accessors

    /**
     * Returns the alpha-3 code, the canonical text.
     *
     * @return three upper-case letters, such as {@code "SYR"}
     */
    public String alpha3() {
        return alpha3;
    }

    /**
     * Returns the ISO 3166-1 alpha-2 code.
     *
     * @return two upper-case letters, such as {@code "SY"}; {@code "XK"} for Kosovo; null for the ICAO and UNHCR
     *     codes, which have none
     */
    public @Nullable String alpha2() {
        return alpha2;
    }

    /**
     * Returns the ISO 3166-1 numeric code (also the M49 country code).
     *
     * @return the code, such as 760 (written {@code "760"}, or {@code "004"} with leading zeros), or null for the
     *     non-ISO codes
     */
    public @Nullable Integer numeric() {
        return numeric;
    }

    /**
     * Returns the English name, as the UN M49 standard writes it.
     *
     * @return the name, such as {@code "Syrian Arab Republic"}
     */
    public String name() {
        return name;
    }

    /**
     * Returns the other names that {@link #findByName(CharSequence)} accepts: the ISO short name where it differs
     * from {@link #name()}, and common short names.
     *
     * @return an unmodifiable list, possibly empty
     */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * Returns the M49 region (continent).
     *
     * @return the region, such as 142 Asia, or null for Antarctica, Taiwan and the non-ISO codes, which M49 does not
     *     place
     */
    public @Nullable Region region() {
        Region r = grouping;
        while (r != null && r.parent() != null) {
            r = r.parent();
        }
        return r;
    }

    /**
     * Returns the M49 sub-region.
     *
     * @return the sub-region, such as 145 Western Asia, or null where {@link #region()} is null
     */
    public @Nullable Region subRegion() {
        Region r = grouping;
        while (r != null && r.level() != Region.Level.SUB_REGION) {
            r = r.parent();
        }
        return r;
    }

    /**
     * Returns the M49 intermediate region.
     *
     * @return the intermediate region, such as 011 Western Africa, or null where the sub-region has none
     */
    public @Nullable Region intermediateRegion() {
        return grouping != null && grouping.level() == Region.Level.INTERMEDIATE_REGION ? grouping : null;
    }

    /**
     * Returns whether the code is an ISO 3166-1 code.
     *
     * @return false for XKX, XXA, XXB, XXC, XXX, UKN and STA
     */
    public boolean isIso() {
        return iso;
    }

    /** Returns the alpha-3 code, as {@link #parse(CharSequence)} reads it. */
    @Override
    public String toString() {
        return alpha3;
    }

    // ---- table

    private List<String> names() {
        List<String> names = new ArrayList<>(1 + aliases.size());
        names.add(name);
        names.addAll(aliases);
        return names;
    }

    // The first entry is the canonical form CodeList suggests.
    private List<String> codesAndNames() {
        List<String> names = new ArrayList<>(4 + aliases.size());
        names.add(alpha3);
        if (alpha2 != null) {
            names.add(alpha2);
        }
        if (numeric != null) {
            names.add(Region.threeDigits(numeric));
        }
        names.addAll(names());
        return names;
    }

    private static List<CountryCode> load() {
        List<CountryCode> all = new ArrayList<>();
        InputStream in = CountryCode.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Resource " + RESOURCE + " is missing next to " + CountryCode.class);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                all.add(row(line, lineNo));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + RESOURCE, e);
        }
        return all;
    }

    // Columns: alpha3, kind (iso|user|icao|unhcr), alpha2, numeric, M49 grouping, name, aliases ("|"); "-" = none.
    private static CountryCode row(String line, int lineNo) {
        String[] f = line.split("\t", -1);
        if (f.length != 7 || f[0].length() != 3 || pack3(f[0], 0) < 0) {
            throw new IllegalStateException(RESOURCE + " line " + lineNo + " is malformed: " + line);
        }
        String alpha2 = none(f[2]);
        String numeric = none(f[3]);
        String grouping = none(f[4]);
        String aliases = none(f[6]);
        return new CountryCode(f[0], alpha2,
                numeric == null ? null : Integer.valueOf(numeric, 10),
                f[5],
                aliases == null ? List.of() : List.of(aliases.split("\\|")),
                grouping == null ? null : Region.of(Integer.parseInt(grouping, 10)),
                "iso".equals(f[1]));
    }

    private static @Nullable String none(String field) {
        return "-".equals(field) ? null : field;
    }

    private static void putOnce(CountryCode[] table, int k, CountryCode c, String code) {
        if (table[k] != null && table[k] != c) {
            throw new IllegalStateException(RESOURCE + ": \"" + code + "\" names both " + table[k] + " and " + c);
        }
        table[k] = c;
    }

    // ---- packing of ASCII letters, case-insensitive; -1 when a character is not a letter

    private static Lookup<CountryCode> hitOrMiss(@Nullable CountryCode c) {
        return c != null ? c.hit : Lookup.miss(IssueCode.COUNTRY_UNKNOWN);
    }

    private static int letter(int c) {
        int l = (c | 0x20) - 'a';
        return l >= 0 && l < LETTERS ? l : -1;
    }

    private static int pack3(int a, int b, int c) {
        int x = letter(a);
        int y = letter(b);
        int z = letter(c);
        return (x | y | z) < 0 ? -1 : (x * LETTERS + y) * LETTERS + z;
    }

    private static int pack2(int a, int b) {
        int x = letter(a);
        int y = letter(b);
        return (x | y) < 0 ? -1 : x * LETTERS + y;
    }

    private static int pack3(CharSequence s, int from) {
        return pack3(s.charAt(from), s.charAt(from + 1), s.charAt(from + 2));
    }

    private static int pack2(CharSequence s, int from) {
        return pack2(s.charAt(from), s.charAt(from + 1));
    }

    // The value of a run of ASCII digits, capped at BY_NUMERIC.length so that long runs cannot overflow; -1 if a
    // character is not a digit.
    private static int digits(CharSequence s, int from, int to) {
        int num = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            num = num < BY_NUMERIC.length ? num * 10 + (c - '0') : num;
        }
        return num;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }
}
