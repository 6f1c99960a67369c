package org.migrationkit.core.gcm;

import org.migrationkit.core.internal.Vocabulary;
import java.util.List;
import java.util.Optional;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * One of the 10 cross-cutting and interdependent guiding principles of the Global Compact for Migration.
 *
 * <p>Source: A/RES/73/195 para. 15 (a)–(j), as given in domain-standards §6. {@link #code()} is the letter;
 * {@link #lookup(CharSequence)} also accepts {@code (a)} and the title.
 */
public enum GuidingPrinciple {
    /** (a) People-centred. */
    PEOPLE_CENTRED('a', "People-centred"),
    /** (b) International cooperation. */
    INTERNATIONAL_COOPERATION('b', "International cooperation"),
    /** (c) National sovereignty. */
    NATIONAL_SOVEREIGNTY('c', "National sovereignty"),
    /** (d) Rule of law and due process. */
    RULE_OF_LAW_AND_DUE_PROCESS('d', "Rule of law and due process"),
    /** (e) Sustainable development. */
    SUSTAINABLE_DEVELOPMENT('e', "Sustainable development"),
    /** (f) Human rights. */
    HUMAN_RIGHTS('f', "Human rights"),
    /** (g) Gender-responsive. */
    GENDER_RESPONSIVE('g', "Gender-responsive"),
    /** (h) Child-sensitive: best interests of the child, including unaccompanied and separated children. */
    CHILD_SENSITIVE('h', "Child-sensitive"),
    /** (i) Whole-of-government approach. */
    WHOLE_OF_GOVERNMENT_APPROACH('i', "Whole-of-government approach"),
    /** (j) Whole-of-society approach. */
    WHOLE_OF_SOCIETY_APPROACH('j', "Whole-of-society approach");

    private static final Vocabulary<GuidingPrinciple> VOCABULARY = new Vocabulary<>(values(),
            "GCM guiding principle", GuidingPrinciple::code,
            p -> List.of(p.code(), "(" + p.letter + ")", p.title), IssueCode.GCM_PRINCIPLE_UNKNOWN);

    private final char letter;
    private final String title;

    GuidingPrinciple(char letter, String title) {
        this.letter = letter;
        this.title = title;
    }

    /**
     * Returns the principle's letter in paragraph 15.
     *
     * @return {@code 'a'} to {@code 'j'}
     */
    public char letter() {
        return letter;
    }

    /**
     * Returns the letter as text, the wire form.
     *
     * @return e.g. {@code "a"}
     */
    public String code() {
        return String.valueOf(letter);
    }

    /**
     * Returns the principle's title.
     *
     * @return e.g. {@code People-centred}
     */
    public String title() {
        return title;
    }

    /**
     * Returns the title; the principle's name for people.
     *
     * @return the title
     */
    public String label() {
        return title;
    }

    /**
     * Returns the principle with exactly this letter.
     *
     * @param code {@code "a"} to {@code "j"}, not null
     * @return the principle
     * @throws org.migrationkit.core.validation.InvalidValueException ({@code gcm-principle.unknown}) for any other
     *     text; the message lists the letters
     */
    public static GuidingPrinciple ofCode(String code) {
        return VOCABULARY.ofCode(code);
    }

    /**
     * Finds the principle with exactly this letter.
     *
     * @param code the letter, not null
     * @return the principle, or empty
     */
    public static Optional<GuidingPrinciple> findByCode(String code) {
        return VOCABULARY.findByCode(code);
    }

    /**
     * Looks a principle up by letter ({@code a}, {@code (a)}) or title, ignoring case and spacing.
     *
     * @param text any text, not null
     * @return the principle, or a miss with {@code gcm-principle.unknown} and a close title as suggestion
     */
    public static Lookup<GuidingPrinciple> lookup(CharSequence text) {
        return VOCABULARY.lookup(text);
    }

    /** Returns {@link #code()}. */
    @Override
    public String toString() {
        return code();
    }
}
