package org.migrationkit.core.vocab;

import org.migrationkit.core.internal.Vocabulary;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * A UNHCR proGres specific-needs code: a category ({@code CR}) or a detail within it ({@code CR-CS}).
 *
 * <p>Source: domain-standards §2.6 (UNHCR proGres data warehouse, {@code case-specificneed.sql}). Labels use the
 * meaning the source gives ("Child at risk: child spouse"); where the source gives a detail code without a
 * meaning, the label is the category's label with the code ("Older person at risk (ER-FR)") rather than a
 * guessed meaning. Lookups ignore case and accept {@code _} or a space for the hyphen.
 */
public enum SpecificNeed {
    /** CR: Child at risk (category). */
    CR("CR", "Child at risk", null),
    /** CR-AF: Child at risk, associated with armed forces/groups. */
    CR_AF("CR-AF", "Child at risk: associated with armed forces/groups", CR),
    /** CR-CC: Child at risk, carer. */
    CR_CC("CR-CC", "Child at risk: carer", CR),
    /** CR-CH: Child at risk, child-headed household. */
    CR_CH("CR-CH", "Child at risk: child-headed household", CR),
    /** CR-CL: Child at risk, in conflict with the law. */
    CR_CL("CR-CL", "Child at risk: in conflict with the law", CR),
    /** CR-CP: Child at risk, child parent. */
    CR_CP("CR-CP", "Child at risk: child parent", CR),
    /** CR-CS: Child at risk, child spouse. */
    CR_CS("CR-CS", "Child at risk: child spouse", CR),
    /** CR-LO: Child at risk, other child labour. */
    CR_LO("CR-LO", "Child at risk: other child labour", CR),
    /** CR-LW: Child at risk, worst forms of child labour. */
    CR_LW("CR-LW", "Child at risk: worst forms of child labour", CR),
    /** CR-MS: Child at risk, minor spouse. */
    CR_MS("CR-MS", "Child at risk: minor spouse", CR),
    /** CR-NE: Child at risk, not attending school. */
    CR_NE("CR-NE", "Child at risk: not attending school", CR),
    /** CR-SE: Child at risk, special education needs. */
    CR_SE("CR-SE", "Child at risk: special education needs", CR),
    /** CR-TP: Child at risk, teenage pregnancy. */
    CR_TP("CR-TP", "Child at risk: teenage pregnancy", CR),
    /** DS: Disability (category). */
    DS("DS", "Disability", null),
    /** DS-BD: Disability, visual. */
    DS_BD("DS-BD", "Disability: visual", DS),
    /** DS-DF: Disability, hearing. */
    DS_DF("DS-DF", "Disability: hearing", DS),
    /** DS-MM: Disability, mental moderate. */
    DS_MM("DS-MM", "Disability: mental moderate", DS),
    /** DS-MS: Disability, mental severe. */
    DS_MS("DS-MS", "Disability: mental severe", DS),
    /** DS-PM: Disability, physical moderate. */
    DS_PM("DS-PM", "Disability: physical moderate", DS),
    /** DS-PS: Disability, physical severe. */
    DS_PS("DS-PS", "Disability: physical severe", DS),
    /** DS-SD: Disability, speech. */
    DS_SD("DS-SD", "Disability: speech", DS),
    /** ER: Older person at risk (category). */
    ER("ER", "Older person at risk", null),
    /** ER-FR: Older person at risk, detail without a public meaning. */
    ER_FR("ER-FR", "Older person at risk (ER-FR)", ER),
    /** ER-MC: Older person at risk, detail without a public meaning. */
    ER_MC("ER-MC", "Older person at risk (ER-MC)", ER),
    /** ER-NF: Older person at risk, detail without a public meaning. */
    ER_NF("ER-NF", "Older person at risk (ER-NF)", ER),
    /** ER-OC: Older person at risk, detail without a public meaning. */
    ER_OC("ER-OC", "Older person at risk (ER-OC)", ER),
    /** ER-SC: Older person at risk, detail without a public meaning. */
    ER_SC("ER-SC", "Older person at risk (ER-SC)", ER),
    /** ER-UR: Older person at risk, detail without a public meaning. */
    ER_UR("ER-UR", "Older person at risk (ER-UR)", ER),
    /** FU: Family unity (category). */
    FU("FU", "Family unity", null),
    /** FU-FR: Family unity, reunification required. */
    FU_FR("FU-FR", "Family unity: reunification required", FU),
    /** FU-TR: Family unity, tracing required. */
    FU_TR("FU-TR", "Family unity: tracing required", FU),
    /** LP: Specific legal and physical protection needs (category). */
    LP("LP", "Specific legal and physical protection needs", null),
    /** LP-AF: Specific legal and physical protection needs, detail without a public meaning. */
    LP_AF("LP-AF", "Specific legal and physical protection needs (LP-AF)", LP),
    /** LP-AN: Specific legal and physical protection needs, detail without a public meaning. */
    LP_AN("LP-AN", "Specific legal and physical protection needs (LP-AN)", LP),
    /** LP-AP: Specific legal and physical protection needs, detail without a public meaning. */
    LP_AP("LP-AP", "Specific legal and physical protection needs (LP-AP)", LP),
    /** LP-BN: Specific legal and physical protection needs, detail without a public meaning. */
    LP_BN("LP-BN", "Specific legal and physical protection needs (LP-BN)", LP),
    /** LP-CR: Specific legal and physical protection needs, detail without a public meaning. */
    LP_CR("LP-CR", "Specific legal and physical protection needs (LP-CR)", LP),
    /** LP-DA: Specific legal and physical protection needs, detail without a public meaning. */
    LP_DA("LP-DA", "Specific legal and physical protection needs (LP-DA)", LP),
    /** LP-DN: Specific legal and physical protection needs, detail without a public meaning. */
    LP_DN("LP-DN", "Specific legal and physical protection needs (LP-DN)", LP),
    /** LP-DO: Specific legal and physical protection needs, detail without a public meaning. */
    LP_DO("LP-DO", "Specific legal and physical protection needs (LP-DO)", LP),
    /** LP-DP: Specific legal and physical protection needs, detail without a public meaning. */
    LP_DP("LP-DP", "Specific legal and physical protection needs (LP-DP)", LP),
    /** LP-DT: Specific legal and physical protection needs, detail without a public meaning. */
    LP_DT("LP-DT", "Specific legal and physical protection needs (LP-DT)", LP),
    /** LP-ES: Specific legal and physical protection needs, detail without a public meaning. */
    LP_ES("LP-ES", "Specific legal and physical protection needs (LP-ES)", LP),
    /** LP-FR: Specific legal and physical protection needs, detail without a public meaning. */
    LP_FR("LP-FR", "Specific legal and physical protection needs (LP-FR)", LP),
    /** LP-IH: Specific legal and physical protection needs, detail without a public meaning. */
    LP_IH("LP-IH", "Specific legal and physical protection needs (LP-IH)", LP),
    /** LP-LS: Specific legal and physical protection needs, detail without a public meaning. */
    LP_LS("LP-LS", "Specific legal and physical protection needs (LP-LS)", LP),
    /** LP-MD: Specific legal and physical protection needs, detail without a public meaning. */
    LP_MD("LP-MD", "Specific legal and physical protection needs (LP-MD)", LP),
    /** LP-MM: Specific legal and physical protection needs, detail without a public meaning. */
    LP_MM("LP-MM", "Specific legal and physical protection needs (LP-MM)", LP),
    /** LP-MS: Specific legal and physical protection needs, detail without a public meaning. */
    LP_MS("LP-MS", "Specific legal and physical protection needs (LP-MS)", LP),
    /** LP-NA: Specific legal and physical protection needs, detail without a public meaning. */
    LP_NA("LP-NA", "Specific legal and physical protection needs (LP-NA)", LP),
    /** LP-ND: Specific legal and physical protection needs, no legal documentation. */
    LP_ND("LP-ND", "Specific legal and physical protection needs: no legal documentation", LP),
    /** LP-PV: Specific legal and physical protection needs, detail without a public meaning. */
    LP_PV("LP-PV", "Specific legal and physical protection needs (LP-PV)", LP),
    /** LP-RD: Specific legal and physical protection needs, at risk of removal. */
    LP_RD("LP-RD", "Specific legal and physical protection needs: at risk of removal", LP),
    /** LP-RP: Specific legal and physical protection needs, detail without a public meaning. */
    LP_RP("LP-RP", "Specific legal and physical protection needs (LP-RP)", LP),
    /** LP-RR: Specific legal and physical protection needs, at risk of refoulement. */
    LP_RR("LP-RR", "Specific legal and physical protection needs: at risk of refoulement", LP),
    /** LP-ST: Specific legal and physical protection needs, detail without a public meaning. */
    LP_ST("LP-ST", "Specific legal and physical protection needs (LP-ST)", LP),
    /** LP-TA: Specific legal and physical protection needs, detail without a public meaning. */
    LP_TA("LP-TA", "Specific legal and physical protection needs (LP-TA)", LP),
    /** LP-TC: Specific legal and physical protection needs, detail without a public meaning. */
    LP_TC("LP-TC", "Specific legal and physical protection needs (LP-TC)", LP),
    /** LP-TD: Specific legal and physical protection needs, at risk of deportation. */
    LP_TD("LP-TD", "Specific legal and physical protection needs: at risk of deportation", LP),
    /** LP-TO: Specific legal and physical protection needs, detail without a public meaning. */
    LP_TO("LP-TO", "Specific legal and physical protection needs (LP-TO)", LP),
    /** LP-TR: Specific legal and physical protection needs, detail without a public meaning. */
    LP_TR("LP-TR", "Specific legal and physical protection needs (LP-TR)", LP),
    /** LP-UP: Specific legal and physical protection needs, urgent physical protection. */
    LP_UP("LP-UP", "Specific legal and physical protection needs: urgent physical protection", LP),
    /** LP-VA: Specific legal and physical protection needs, violence/SGBV in asylum. */
    LP_VA("LP-VA", "Specific legal and physical protection needs: violence/SGBV in asylum", LP),
    /** LP-VF: Specific legal and physical protection needs, violence/SGBV in flight. */
    LP_VF("LP-VF", "Specific legal and physical protection needs: violence/SGBV in flight", LP),
    /** LP-VO: Specific legal and physical protection needs, violence/SGBV in origin. */
    LP_VO("LP-VO", "Specific legal and physical protection needs: violence/SGBV in origin", LP),
    /** LP-VP: Specific legal and physical protection needs, detail without a public meaning. */
    LP_VP("LP-VP", "Specific legal and physical protection needs (LP-VP)", LP),
    /** LP-WP: Specific legal and physical protection needs, detail without a public meaning. */
    LP_WP("LP-WP", "Specific legal and physical protection needs (LP-WP)", LP),
    /** PG: Pregnant or lactating (category). */
    PG("PG", "Pregnant or lactating", null),
    /** PG-HR: Pregnant or lactating, high-risk pregnancy. */
    PG_HR("PG-HR", "Pregnant or lactating: high-risk pregnancy", PG),
    /** PG-LC: Pregnant or lactating, lactating. */
    PG_LC("PG-LC", "Pregnant or lactating: lactating", PG),
    /** SC: Unaccompanied or separated child (category). */
    SC("SC", "Unaccompanied or separated child", null),
    /** SC-CH: Unaccompanied or separated child, detail without a public meaning. */
    SC_CH("SC-CH", "Unaccompanied or separated child (SC-CH)", SC),
    /** SC-FC: Unaccompanied or separated child, detail without a public meaning. */
    SC_FC("SC-FC", "Unaccompanied or separated child (SC-FC)", SC),
    /** SC-IC: Unaccompanied or separated child, detail without a public meaning. */
    SC_IC("SC-IC", "Unaccompanied or separated child (SC-IC)", SC),
    /** SC-NC: Unaccompanied or separated child, detail without a public meaning. */
    SC_NC("SC-NC", "Unaccompanied or separated child (SC-NC)", SC),
    /** SC-SC: Unaccompanied or separated child, separated. */
    SC_SC("SC-SC", "Unaccompanied or separated child: separated", SC),
    /** SC-UC: Unaccompanied or separated child, unaccompanied. */
    SC_UC("SC-UC", "Unaccompanied or separated child: unaccompanied", SC),
    /** SC-UF: Unaccompanied or separated child, detail without a public meaning. */
    SC_UF("SC-UF", "Unaccompanied or separated child (SC-UF)", SC),
    /** SC-UM: Unaccompanied or separated child, unaccompanied minor. */
    SC_UM("SC-UM", "Unaccompanied or separated child: unaccompanied minor", SC),
    /** SM: Serious medical condition (category). */
    SM("SM", "Serious medical condition", null),
    /** SM-AD: Serious medical condition, detail without a public meaning. */
    SM_AD("SM-AD", "Serious medical condition (SM-AD)", SM),
    /** SM-CC: Serious medical condition, detail without a public meaning. */
    SM_CC("SM-CC", "Serious medical condition (SM-CC)", SM),
    /** SM-CI: Serious medical condition, chronic illness. */
    SM_CI("SM-CI", "Serious medical condition: chronic illness", SM),
    /** SM-DP: Serious medical condition, detail without a public meaning. */
    SM_DP("SM-DP", "Serious medical condition (SM-DP)", SM),
    /** SM-MI: Serious medical condition, mental illness. */
    SM_MI("SM-MI", "Serious medical condition: mental illness", SM),
    /** SM-MN: Serious medical condition, malnutrition. */
    SM_MN("SM-MN", "Serious medical condition: malnutrition", SM),
    /** SM-OT: Serious medical condition, detail without a public meaning. */
    SM_OT("SM-OT", "Serious medical condition (SM-OT)", SM),
    /** SP: Single parent (category). */
    SP("SP", "Single parent", null),
    /** SP-CG: Single parent, detail without a public meaning. */
    SP_CG("SP-CG", "Single parent (SP-CG)", SP),
    /** SP-GP: Single parent, detail without a public meaning. */
    SP_GP("SP-GP", "Single parent (SP-GP)", SP),
    /** SP-PT: Single parent, detail without a public meaning. */
    SP_PT("SP-PT", "Single parent (SP-PT)", SP),
    /** SV: SGBV (category). */
    SV("SV", "SGBV", null),
    /** SV-FM: SGBV, forced marriage threat. */
    SV_FM("SV-FM", "SGBV: forced marriage threat", SV),
    /** SV-GM: SGBV, FGM. */
    SV_GM("SV-GM", "SGBV: FGM", SV),
    /** SV-HK: SGBV, detail without a public meaning. */
    SV_HK("SV-HK", "SGBV (SV-HK)", SV),
    /** SV-HP: SGBV, detail without a public meaning. */
    SV_HP("SV-HP", "SGBV (SV-HP)", SV),
    /** SV-SS: SGBV, survival sex. */
    SV_SS("SV-SS", "SGBV: survival sex", SV),
    /** SV-VA: SGBV, detail without a public meaning. */
    SV_VA("SV-VA", "SGBV (SV-VA)", SV),
    /** SV-VF: SGBV, detail without a public meaning. */
    SV_VF("SV-VF", "SGBV (SV-VF)", SV),
    /** SV-VO: SGBV, detail without a public meaning. */
    SV_VO("SV-VO", "SGBV (SV-VO)", SV),
    /** TR: Torture (category). */
    TR("TR", "Torture", null),
    /** TR-HO: Torture, detail without a public meaning. */
    TR_HO("TR-HO", "Torture (TR-HO)", TR),
    /** TR-PI: Torture, detail without a public meaning. */
    TR_PI("TR-PI", "Torture (TR-PI)", TR),
    /** TR-WV: Torture, detail without a public meaning. */
    TR_WV("TR-WV", "Torture (TR-WV)", TR),
    /** WR: Woman at risk (category). */
    WR("WR", "Woman at risk", null),
    /** WR-GM: Woman at risk, detail without a public meaning. */
    WR_GM("WR-GM", "Woman at risk (WR-GM)", WR),
    /** WR-HR: Woman at risk, detail without a public meaning. */
    WR_HR("WR-HR", "Woman at risk (WR-HR)", WR),
    /** WR-LC: Woman at risk, detail without a public meaning. */
    WR_LC("WR-LC", "Woman at risk (WR-LC)", WR),
    /** WR-PY: Woman at risk, detail without a public meaning. */
    WR_PY("WR-PY", "Woman at risk (WR-PY)", WR),
    /** WR-SF: Woman at risk, detail without a public meaning. */
    WR_SF("WR-SF", "Woman at risk (WR-SF)", WR),
    /** WR-UW: Woman at risk, detail without a public meaning. */
    WR_UW("WR-UW", "Woman at risk (WR-UW)", WR),
    /** WR-WF: Woman at risk, detail without a public meaning. */
    WR_WF("WR-WF", "Woman at risk (WR-WF)", WR),
    /** WR-WR: Woman at risk, detail without a public meaning. */
    WR_WR("WR-WR", "Woman at risk (WR-WR)", WR);

    private static final Vocabulary<SpecificNeed> VOCABULARY = new Vocabulary<>(values(), "UNHCR specific need",
            SpecificNeed::code, n -> List.of(n.code, n.label), IssueCode.NEED_UNKNOWN);

    private final String code;
    private final String label;
    private final @Nullable SpecificNeed category;

    SpecificNeed(String code, String label, @Nullable SpecificNeed category) {
        this.code = code;
        this.label = label;
        this.category = category;
    }

    /**
     * Returns the proGres code, the wire form.
     *
     * @return e.g. {@code SC-UC} or {@code SC}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the name for people.
     *
     * @return e.g. {@code Unaccompanied or separated child: unaccompanied}
     */
    public String label() {
        return label;
    }

    /**
     * Returns whether this is a category rather than a detail code.
     *
     * @return true for two-letter codes
     */
    public boolean isCategory() {
        return category == null;
    }

    /**
     * Returns the category of this need: itself for a category.
     *
     * @return the category
     */
    public SpecificNeed category() {
        return category == null ? this : category;
    }

    /**
     * Returns the detail codes of a category.
     *
     * @return the details, in source order; empty for a detail code
     */
    public List<SpecificNeed> details() {
        return Stream.of(values()).filter(n -> n.category == this).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the categories.
     *
     * @return the 12 categories, in source order
     */
    public static List<SpecificNeed> categories() {
        return Stream.of(values()).filter(SpecificNeed::isCategory).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the need with exactly this code.
     *
     * @param code e.g. {@code CR-CS}, not null
     * @return the need
     * @throws org.migrationkit.core.validation.InvalidValueException ({@code need.unknown}) if no need has this
     *     code; the message lists the codes
     */
    public static SpecificNeed ofCode(String code) {
        return VOCABULARY.ofCode(code);
    }

    /**
     * Finds the need with exactly this code.
     *
     * @param code e.g. {@code PG-LC}, not null
     * @return the need, or empty
     */
    public static Optional<SpecificNeed> findByCode(String code) {
        return VOCABULARY.findByCode(code);
    }

    /**
     * Looks a need up by code ({@code sc-uc}, {@code SC_UC}) or label, ignoring case and spacing.
     *
     * @param text any text, not null
     * @return the need, or a miss with {@code need.unknown} and a close code as suggestion
     */
    public static Lookup<SpecificNeed> lookup(CharSequence text) {
        return VOCABULARY.lookup(text);
    }

    /** Returns {@link #code()}. */
    @Override
    public String toString() {
        return code;
    }
}
