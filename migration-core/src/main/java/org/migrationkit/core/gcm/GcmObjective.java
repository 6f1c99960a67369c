package org.migrationkit.core.gcm;

import org.migrationkit.core.internal.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * One of the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration.
 *
 * <p>Source: A/RES/73/195 (titles) and the UN Network on Migration hub (short names), as given in
 * domain-standards §6. The wording of objectives 9–11 is marked "not verified" there (it matches the hub's short
 * names).
 *
 * <p>{@link #code()} is the objective's number as text ({@code "8"}); {@link #lookup(CharSequence)} also accepts
 * {@code Objective 8}, {@code O8}, the short name and the title.
 *
 * <pre>{@code
 * GcmObjective.lookup("O8").value();            // SAVE_LIVES
 * GcmObjective.SAVE_LIVES.shortName();          // "Save lives"
 * }</pre>
 */
public enum GcmObjective {
    /** Objective 1: Collect and utilize accurate and disaggregated data as a basis for evidence-based policies. */
    DATA(1, "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies", "Data"),
    /** Objective 2: Minimize the adverse drivers and structural factors that compel people to leave their country of origin. */
    MINIMIZE_ADVERSE_DRIVERS(2, "Minimize the adverse drivers and structural factors that compel people to leave "
            + "their country of origin", "Minimize adverse drivers"),
    /** Objective 3: Provide accurate and timely information at all stages of migration. */
    INFORMATION_PROVISION(3, "Provide accurate and timely information at all stages of migration",
            "Information provision"),
    /** Objective 4: Ensure that all migrants have proof of legal identity and adequate documentation. */
    LEGAL_IDENTITY_AND_DOCUMENTATION(4, "Ensure that all migrants have proof of legal identity and adequate "
            + "documentation", "Legal identity and documentation"),
    /** Objective 5: Enhance availability and flexibility of pathways for regular migration. */
    REGULAR_PATHWAYS(5, "Enhance availability and flexibility of pathways for regular migration", "Regular pathways"),
    /** Objective 6: Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work. */
    RECRUITMENT_AND_DECENT_WORK(6, "Facilitate fair and ethical recruitment and safeguard conditions that ensure "
            + "decent work", "Recruitment and decent work"),
    /** Objective 7: Address and reduce vulnerabilities in migration. */
    REDUCE_VULNERABILITIES(7, "Address and reduce vulnerabilities in migration", "Reduce vulnerabilities"),
    /** Objective 8: Save lives and establish coordinated international efforts on missing migrants. */
    SAVE_LIVES(8, "Save lives and establish coordinated international efforts on missing migrants", "Save lives"),
    /** Objective 9: Strengthen the transnational response to smuggling of migrants. */
    COUNTER_SMUGGLING(9, "Strengthen the transnational response to smuggling of migrants", "Counter smuggling"),
    /** Objective 10: Prevent, combat and eradicate trafficking in persons in the context of international migration. */
    ERADICATE_TRAFFICKING(10, "Prevent, combat and eradicate trafficking in persons in the context of international "
            + "migration", "Eradicate trafficking"),
    /** Objective 11: Manage borders in an integrated, secure and coordinated manner. */
    MANAGE_BORDERS(11, "Manage borders in an integrated, secure and coordinated manner", "Manage borders"),
    /** Objective 12: Strengthen certainty and predictability in migration procedures for appropriate screening, ... */
    SCREENING_AND_REFERRAL(12, "Strengthen certainty and predictability in migration procedures for appropriate "
            + "screening, assessment and referral", "Screening and referral"),
    /** Objective 13: Use migration detention only as a measure of last resort and work towards alternatives. */
    ALTERNATIVES_TO_DETENTION(13, "Use migration detention only as a measure of last resort and work towards "
            + "alternatives", "Alternatives to detention"),
    /** Objective 14: Enhance consular protection, assistance and cooperation throughout the migration cycle. */
    CONSULAR_PROTECTION(14, "Enhance consular protection, assistance and cooperation throughout the migration cycle",
            "Consular protection"),
    /** Objective 15: Provide access to basic services for migrants. */
    ACCESS_TO_BASIC_SERVICES(15, "Provide access to basic services for migrants", "Access to basic services"),
    /** Objective 16: Empower migrants and societies to realize full inclusion and social cohesion. */
    INCLUSION_AND_SOCIAL_COHESION(16, "Empower migrants and societies to realize full inclusion and social cohesion",
            "Inclusion and social cohesion"),
    /** Objective 17: Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions... */
    ELIMINATE_DISCRIMINATION(17, "Eliminate all forms of discrimination and promote evidence-based public discourse "
            + "to shape perceptions of migration", "Eliminate discrimination"),
    /** Objective 18: Invest in skills development and facilitate mutual recognition of skills, qualifications and competences. */
    SKILLS_DEVELOPMENT_AND_RECOGNITION(18, "Invest in skills development and facilitate mutual recognition of skills, "
            + "qualifications and competences", "Skills development and recognition"),
    /** Objective 19: Create conditions for migrants and diasporas to fully contribute to sustainable development ... */
    MIGRANT_AND_DIASPORA_CONTRIBUTIONS(19, "Create conditions for migrants and diasporas to fully contribute to "
            + "sustainable development in all countries", "Migrant and diaspora contributions"),
    /** Objective 20: Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants. */
    REMITTANCES(20, "Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of "
            + "migrants", "Remittances"),
    /** Objective 21: Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration. */
    DIGNIFIED_RETURN_AND_REINTEGRATION(21, "Cooperate in facilitating safe and dignified return and readmission, as "
            + "well as sustainable reintegration", "Dignified return and reintegration"),
    /** Objective 22: Establish mechanisms for the portability of social security entitlements and earned benefits. */
    SOCIAL_PROTECTION(22, "Establish mechanisms for the portability of social security entitlements and earned "
            + "benefits", "Social protection"),
    /** Objective 23: Strengthen international cooperation and global partnerships for safe, orderly and regular migration. */
    INTERNATIONAL_COOPERATION(23, "Strengthen international cooperation and global partnerships for safe, orderly "
            + "and regular migration", "International cooperation");

    private static final Vocabulary<GcmObjective> VOCABULARY = new Vocabulary<>(values(), "GCM objective",
            GcmObjective::code, GcmObjective::names, IssueCode.GCM_OBJECTIVE_UNKNOWN);

    private final int number;
    private final String title;
    private final String shortName;

    GcmObjective(int number, String title, String shortName) {
        this.number = number;
        this.title = title;
        this.shortName = shortName;
    }

    /**
     * Returns the objective's number.
     *
     * @return 1 to 23
     */
    public int number() {
        return number;
    }

    /**
     * Returns the number as text, the wire form.
     *
     * @return e.g. {@code "8"}
     */
    public String code() {
        return Integer.toString(number);
    }

    /**
     * Returns the exact title of the objective in A/RES/73/195.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * Returns the title; the objective's name for people.
     *
     * @return the title
     */
    public String label() {
        return title;
    }

    /**
     * Returns the short name the UN Network on Migration hub tags the objective with.
     *
     * @return e.g. {@code Save lives}
     */
    public String shortName() {
        return shortName;
    }

    /**
     * Returns the objective with this number.
     *
     * @param number 1 to 23
     * @return the objective
     * @throws org.migrationkit.core.validation.InvalidValueException ({@code gcm-objective.unknown}) outside 1–23
     */
    public static GcmObjective ofNumber(int number) {
        return ofCode(Integer.toString(number));
    }

    /**
     * Returns the objective with exactly this code.
     *
     * @param code the number as text, {@code "1"} to {@code "23"}, not null
     * @return the objective
     * @throws org.migrationkit.core.validation.InvalidValueException ({@code gcm-objective.unknown}) for any other
     *     text; the message lists the codes
     */
    public static GcmObjective ofCode(String code) {
        return VOCABULARY.ofCode(code);
    }

    /**
     * Finds the objective with exactly this code.
     *
     * @param code the number as text, not null
     * @return the objective, or empty
     */
    public static Optional<GcmObjective> findByCode(String code) {
        return VOCABULARY.findByCode(code);
    }

    /**
     * Looks an objective up by number ({@code 8}, {@code Objective 8}, {@code O8}), short name or title,
     * ignoring case and spacing.
     *
     * @param text any text, not null
     * @return the objective, or a miss with {@code gcm-objective.unknown} and a close name as suggestion
     */
    public static Lookup<GcmObjective> lookup(CharSequence text) {
        return VOCABULARY.lookup(text);
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(code());
        for (String prefix : List.of("Objective ", "Objective", "O", "O ", "GCM ", "GCM objective ")) {
            names.add(prefix + number);
        }
        names.add(shortName);
        names.add(title);
        return names;
    }

    /** Returns {@link #code()}. */
    @Override
    public String toString() {
        return code();
    }
}
