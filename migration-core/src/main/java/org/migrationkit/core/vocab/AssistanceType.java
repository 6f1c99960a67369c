package org.migrationkit.core.vocab;

import org.migrationkit.core.internal.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * The type of an assistance event: a service delivered or a referral made.
 *
 * <p>The library's own list (DESIGN §3, {@code AssistanceEvent}), drawn from the services named there, Primero's
 * services and referrals (domain-standards §8.1) and the DTM priority-need codes (§2.4: {@code food, shelter,
 * drinking_water, health, cash, education, protection, pss, wash, nfi, documentation}), which are accepted as
 * aliases. Codes are lower snake case. {@code org.migrationkit.core.gcm.ObjectiveMapping} maps each type to the
 * GCM objectives it serves.
 */
public enum AssistanceType {
    /** Protection services (case management, protection monitoring). */
    PROTECTION("protection", "Protection"),
    /** Mental health and psychosocial support. */
    MHPSS("mhpss", "Mental health and psychosocial support", "psychosocial support", "pss", "mental health"),
    /** Health care. */
    HEALTH("health", "Health", "health care", "healthcare", "medical assistance"),
    /** Vaccination. */
    VACCINATION("vaccination", "Vaccination", "immunization", "immunisation"),
    /** Legal aid and counselling. */
    LEGAL_AID("legal_aid", "Legal aid", "legal assistance", "legal counselling"),
    /** Shelter. */
    SHELTER("shelter", "Shelter"),
    /** Non-food items. */
    NFI("nfi", "Non-food items", "non food items", "non-food item"),
    /** Food assistance. */
    FOOD("food", "Food", "food assistance"),
    /** Cash assistance. */
    CASH("cash", "Cash", "cash assistance", "cash-based assistance"),
    /** Water, sanitation and hygiene. */
    WASH("wash", "Water, sanitation and hygiene", "drinking water"),
    /** Assisted voluntary return and reintegration. */
    AVRR("avrr", "Assisted voluntary return and reintegration", "assisted voluntary return", "voluntary return"),
    /** Resettlement to a third country. */
    RESETTLEMENT("resettlement", "Resettlement"),
    /** Family tracing and reunification. */
    FAMILY_TRACING("family_tracing", "Family tracing", "family tracing and reunification", "tracing"),
    /** Assistance to victims of trafficking. */
    COUNTER_TRAFFICKING("counter_trafficking", "Counter-trafficking", "victim of trafficking assistance", "anti-trafficking"),
    /** Information provision. */
    INFORMATION("information", "Information", "information provision", "awareness raising"),
    /** Referral to another service provider. */
    REFERRAL("referral", "Referral"),
    /** Education. */
    EDUCATION("education", "Education"),
    /** Documentation and proof of legal identity. */
    DOCUMENTATION("documentation", "Documentation", "civil documentation", "legal identity"),
    /** Transportation assistance. */
    TRANSPORTATION("transportation", "Transportation", "transport assistance"),
    /** Reception and accommodation. */
    RECEPTION("reception", "Reception and accommodation", "accommodation", "reception/accommodation");

    private static final Vocabulary<AssistanceType> VOCABULARY = new Vocabulary<>(values(), "assistance type",
            AssistanceType::code, AssistanceType::names, IssueCode.ASSISTANCE_TYPE_UNKNOWN);

    private final String code;
    private final String label;
    private final List<String> aliases;

    AssistanceType(String code, String label, String... aliases) {
        this.code = code;
        this.label = label;
        this.aliases = List.of(aliases);
    }

    /**
     * Returns the code, the wire form.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Returns the name for people.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * Returns the other names {@link #lookup(CharSequence)} accepts.
     *
     * @return the aliases, possibly empty
     */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * Returns the constant with exactly this code.
     *
     * @param code the code, not null
     * @return the constant
     * @throws org.migrationkit.core.validation.InvalidValueException ({@code assistance-type.unknown}) if no
     *     constant has this code; the message lists the codes
     */
    public static AssistanceType ofCode(String code) {
        return VOCABULARY.ofCode(code);
    }

    /**
     * Finds the constant with exactly this code.
     *
     * @param code the code, not null
     * @return the constant, or empty
     */
    public static Optional<AssistanceType> findByCode(String code) {
        return VOCABULARY.findByCode(code);
    }

    /**
     * Looks a code, label or alias up, ignoring case, diacritics and spacing.
     *
     * @param text any text, not null
     * @return the constant, or a miss with {@code assistance-type.unknown} and the closest code as suggestion
     */
    public static Lookup<AssistanceType> lookup(CharSequence text) {
        return VOCABULARY.lookup(text);
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(code);
        names.add(label);
        names.addAll(aliases);
        return names;
    }

    /** Returns {@link #code()}. */
    @Override
    public String toString() {
        return code;
    }
}
