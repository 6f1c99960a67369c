package org.migrationkit.core.vocab;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * An HXL column specification: a hashtag and its attributes, such as {@code #affected+f+children}.
 *
 * <p>Source: domain-standards §3.1 (libhxl-python's model and the HXL 1.1 dictionary). A token is
 * {@code [A-Za-z][_0-9A-Za-z]*}; a spec is {@code #token} followed by zero or more {@code +token}, with
 * whitespace allowed around the spec and before each {@code +}. Hashtags and attributes are case-insensitive and
 * kept in lower case.
 *
 * <p><b>Order.</b> Attributes keep the order they were given in, without duplicates, so that
 * {@link #toString()} writes a tag back as the source had it; {@link #equals(Object)} compares the attributes as
 * a set, as HXL does. So {@code #affected+f+children} equals {@code #affected+children+f}, though the two print
 * differently; {@code parse(t.toString()).equals(t)} always holds.
 *
 * <pre>{@code
 * HxlTag t = HxlTag.parse("#Affected +F +Children");
 * t.toString();                        // "#affected+f+children"
 * t.has("children");                   // true
 * t.matches("#affected+f-m");          // true
 * }</pre>
 */
public final class HxlTag {
    private final String hashtag;
    private final List<String> attributes;
    private final Set<String> attributeSet;

    private HxlTag(String hashtag, List<String> attributes) {
        this.hashtag = hashtag;
        this.attributes = List.copyOf(attributes);
        this.attributeSet = Set.copyOf(attributes);
    }

    /**
     * Returns a tag from its parts.
     *
     * @param hashtag the hashtag, with or without {@code #}, e.g. {@code affected}, not null
     * @param attributes the attributes, with or without {@code +}, e.g. {@code f}, not null
     * @return the tag
     * @throws InvalidValueException ({@code hxl.malformed}) if a part is not an HXL token
     */
    public static HxlTag of(String hashtag, String... attributes) {
        Objects.requireNonNull(hashtag, "hashtag");
        StringBuilder b = new StringBuilder(hashtag.startsWith("#") ? hashtag : "#" + hashtag);
        for (String a : attributes) {
            Objects.requireNonNull(a, "attribute");
            b.append(a.startsWith("+") ? a : "+" + a);
        }
        return parse(b);
    }

    /**
     * Parses a column spec.
     *
     * @param text e.g. {@code #affected+f+children}, not null
     * @return the tag
     * @throws InvalidValueException ({@code hxl.malformed}) naming the index of the first character that does not
     *     fit the grammar
     */
    public static HxlTag parse(CharSequence text) {
        Parser p = new Parser(text);
        HxlTag tag = p.tag();
        if (tag == null) {
            throw new InvalidValueException(IssueCode.HXL_MALFORMED, p.message());
        }
        return tag;
    }

    /**
     * Parses a column spec without throwing; the HXL-row detection of readers uses this.
     *
     * @param text any text, not null
     * @return the tag, or a miss with {@code hxl.malformed}
     */
    public static Lookup<HxlTag> lookup(CharSequence text) {
        HxlTag tag = new Parser(text).tag();
        return tag == null ? Lookup.miss(IssueCode.HXL_MALFORMED) : Lookup.found(tag);
    }

    /**
     * Returns the hashtag with its {@code #}, in lower case.
     *
     * @return e.g. {@code #affected}
     */
    public String hashtag() {
        return hashtag;
    }

    /**
     * Returns the core or layout hashtag this tag uses, if it is one the library knows.
     *
     * @return the hashtag, or empty for custom and unknown hashtags
     */
    public Optional<HxlHashtag> knownHashtag() {
        return HxlHashtag.findByCode(hashtag);
    }

    /**
     * Returns the attributes in the order given, without {@code +}, in lower case, without duplicates.
     *
     * @return the attributes, possibly empty
     */
    public List<String> attributes() {
        return attributes;
    }

    /**
     * Returns whether the tag has an attribute.
     *
     * @param attribute with or without {@code +}, any case, not null
     * @return true if the tag has it
     */
    public boolean has(String attribute) {
        String a = attribute.startsWith("+") ? attribute.substring(1) : attribute;
        return attributeSet.contains(a.toLowerCase(Locale.ROOT));
    }

    /**
     * Returns whether the tag has an attribute.
     *
     * @param attribute the attribute, not null
     * @return true if the tag has it
     */
    public boolean has(HxlAttribute attribute) {
        return has(attribute.code());
    }

    /**
     * Returns a copy with an attribute added at the end (no change if it is already there).
     *
     * @param attribute with or without {@code +}, not null
     * @return the tag with the attribute
     * @throws InvalidValueException ({@code hxl.malformed}) if the attribute is not an HXL token
     */
    public HxlTag withAttribute(String attribute) {
        return parse(this + (attribute.startsWith("+") ? attribute : "+" + attribute));
    }

    /**
     * Returns whether the tag matches an HXL tag pattern: {@code #tag+inc-exc}, where each {@code +attr} must
     * be present and each {@code -attr} absent, a trailing {@code !} forbids further attributes, {@code #*} matches
     * any hashtag, and a comma separates alternatives.
     *
     * @param pattern e.g. {@code #affected+f-adults}, {@code #adm1+code,#adm2+code}, {@code #*+f}, not null
     * @return true if any alternative matches
     * @throws InvalidValueException ({@code hxl.malformed}) if the pattern does not fit that grammar
     */
    public boolean matches(CharSequence pattern) {
        for (String alternative : pattern.toString().split(",", -1)) {
            if (matchesOne(alternative, pattern)) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesOne(String alternative, CharSequence whole) {
        String s = alternative.strip();
        boolean absolute = s.endsWith("!");
        if (absolute) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (!s.startsWith("#")) {
            throw badPattern(whole, "it does not start with #");
        }
        int i = 1;
        int end = token(s, i);
        String tag;
        if (end == i && s.startsWith("*", i)) {
            tag = null;
            end = i + 1;
        } else if (end == i) {
            throw badPattern(whole, "the hashtag is not a letter followed by letters, digits or underscores");
        } else {
            tag = "#" + s.substring(i, end).toLowerCase(Locale.ROOT);
        }
        Set<String> include = new LinkedHashSet<>();
        i = end;
        while (i < s.length()) {
            char sign = s.charAt(i);
            if (Character.isWhitespace(sign)) {
                i++;
                continue;
            }
            int e = token(s, i + 1);
            if ((sign != '+' && sign != '-') || e == i + 1) {
                throw badPattern(whole, "expected +attribute or -attribute at \"" + s.substring(i) + "\"");
            }
            String attribute = s.substring(i + 1, e).toLowerCase(Locale.ROOT);
            if (sign == '+') {
                include.add(attribute);
            } else if (attributeSet.contains(attribute)) {
                return false;
            }
            i = e;
        }
        if (tag != null && !tag.equals(hashtag)) {
            return false;
        }
        if (!attributeSet.containsAll(include)) {
            return false;
        }
        return !absolute || include.equals(attributeSet);
    }

    private static InvalidValueException badPattern(CharSequence pattern, String why) {
        return new InvalidValueException(IssueCode.HXL_MALFORMED, "HXL tag pattern \"" + pattern + "\" is malformed: "
                + why + "; a pattern is #tag, #* or #tag+include-exclude, optionally ending in !, alternatives "
                + "separated by commas.");
    }

    /** Returns the end of the HXL token starting at {@code start}, or {@code start} if there is none. */
    private static int token(CharSequence s, int start) {
        if (start >= s.length() || !isAsciiLetter(s.charAt(start))) {
            return start;
        }
        int i = start + 1;
        while (i < s.length() && (isAsciiLetter(s.charAt(i)) || s.charAt(i) == '_'
                || (s.charAt(i) >= '0' && s.charAt(i) <= '9'))) {
            i++;
        }
        return i;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * Returns whether another tag has the same hashtag and the same set of attributes.
     *
     * @param o any object
     * @return true for an equal tag, whatever the attribute order
     */
    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof HxlTag)) {
            return false;
        }
        HxlTag other = (HxlTag) o;
        return hashtag.equals(other.hashtag) && attributeSet.equals(other.attributeSet);
    }

    @Override
    public int hashCode() {
        return hashtag.hashCode() * 31 + attributeSet.hashCode();
    }

    /**
     * Returns the canonical text: the hashtag, then {@code +attribute} for each attribute in the order given.
     *
     * @return e.g. {@code #affected+f+children}
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(hashtag);
        for (String a : attributes) {
            b.append('+').append(a);
        }
        return b.toString();
    }

    /** One parse; remembers where and why it failed for the exception's message. */
    private static final class Parser {
        private final CharSequence text;
        private int failedAt = -1;
        private String why = "";

        Parser(CharSequence text) {
            this.text = Objects.requireNonNull(text, "text");
        }

        @Nullable HxlTag tag() {
            int n = text.length();
            int i = skipSpace(0);
            if (i >= n || text.charAt(i) != '#') {
                return fail(i, i >= n ? "it is blank" : "it does not start with #");
            }
            int end = token(text, i + 1);
            if (end == i + 1) {
                return fail(i + 1, "the hashtag is not a letter followed by letters, digits or underscores");
            }
            String hashtag = "#" + text.subSequence(i + 1, end).toString().toLowerCase(Locale.ROOT);
            Set<String> attributes = new LinkedHashSet<>();
            i = skipSpace(end);
            while (i < n) {
                if (text.charAt(i) != '+') {
                    return fail(i, "expected + before an attribute");
                }
                int e = token(text, i + 1);
                if (e == i + 1) {
                    return fail(i + 1, "an attribute is a letter followed by letters, digits or underscores");
                }
                attributes.add(text.subSequence(i + 1, e).toString().toLowerCase(Locale.ROOT));
                i = skipSpace(e);
            }
            return new HxlTag(hashtag, new ArrayList<>(attributes));
        }

        private int skipSpace(int from) {
            int i = from;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return i;
        }

        private @Nullable HxlTag fail(int index, String reason) {
            failedAt = index;
            why = reason;
            return null;
        }

        String message() {
            return "HXL tag \"" + text + "\" is malformed at index " + failedAt + ": " + why
                    + "; a tag is #hashtag followed by zero or more +attribute, such as #affected+f+children.";
        }
    }
}
