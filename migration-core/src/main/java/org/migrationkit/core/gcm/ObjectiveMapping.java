package org.migrationkit.core.gcm;

import static org.migrationkit.core.gcm.GcmObjective.ACCESS_TO_BASIC_SERVICES;
import static org.migrationkit.core.gcm.GcmObjective.DIGNIFIED_RETURN_AND_REINTEGRATION;
import static org.migrationkit.core.gcm.GcmObjective.ERADICATE_TRAFFICKING;
import static org.migrationkit.core.gcm.GcmObjective.INFORMATION_PROVISION;
import static org.migrationkit.core.gcm.GcmObjective.LEGAL_IDENTITY_AND_DOCUMENTATION;
import static org.migrationkit.core.gcm.GcmObjective.REDUCE_VULNERABILITIES;
import static org.migrationkit.core.gcm.GcmObjective.REGULAR_PATHWAYS;
import static org.migrationkit.core.gcm.GcmObjective.SAVE_LIVES;
import static org.migrationkit.core.gcm.GcmObjective.SCREENING_AND_REFERRAL;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.vocab.AssistanceType;

/**
 * Which GCM objectives each assistance type serves: an immutable mapping with a documented default that users
 * can override.
 *
 * <p><b>The default is the library's own judgement</b>, read from the objectives' titles (A/RES/73/195,
 * domain-standards §6); it is <b>not</b> an official crosswalk by the UN Network on Migration or IOM. Each type
 * maps to at least one objective:
 * <ul>
 * <li>protection → 7 (reduce vulnerabilities); mhpss → 15, 7; health → 15; vaccination → 15;</li>
 * <li>legal_aid → 12, 7; shelter → 15, 7; nfi → 15, 7; food → 15, 7; cash → 7; wash → 15;</li>
 * <li>avrr → 21; resettlement → 5; family_tracing → 8, 7; counter_trafficking → 10, 7;</li>
 * <li>information → 3; referral → 12; education → 15; documentation → 4; transportation → 7;
 *     reception → 15, 7.</li>
 * </ul>
 *
 * <pre>{@code
 * ObjectiveMapping m = ObjectiveMapping.defaults().with(AssistanceType.CASH, Set.of(GcmObjective.REMITTANCES));
 * m.objectivesFor(AssistanceType.AVRR);   // [DIGNIFIED_RETURN_AND_REINTEGRATION]
 * }</pre>
 */
public final class ObjectiveMapping {
    private static final ObjectiveMapping DEFAULTS = defaultMapping();

    private final Map<AssistanceType, Set<GcmObjective>> map;

    private ObjectiveMapping(Map<AssistanceType, Set<GcmObjective>> map) {
        this.map = map;
    }

    /**
     * Returns the library's default mapping (see the class description).
     *
     * @return the default mapping, covering every assistance type
     */
    public static ObjectiveMapping defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the objectives an assistance type serves.
     *
     * @param type the assistance type, not null
     * @return the objectives, in objective order; empty only if a user mapped the type to none
     */
    public Set<GcmObjective> objectivesFor(AssistanceType type) {
        return map.get(Objects.requireNonNull(type, "type"));
    }

    /**
     * Returns a copy in which one assistance type serves the given objectives instead.
     *
     * @param type the assistance type, not null
     * @param objectives the objectives it serves, not null; empty to map it to none
     * @return the new mapping; this one is unchanged
     */
    public ObjectiveMapping with(AssistanceType type, Set<GcmObjective> objectives) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(objectives, "objectives");
        Map<AssistanceType, Set<GcmObjective>> copy = new EnumMap<>(map);
        copy.put(type, frozen(objectives));
        return new ObjectiveMapping(Collections.unmodifiableMap(copy));
    }

    /**
     * Returns the whole mapping.
     *
     * @return an unmodifiable map with every assistance type as a key
     */
    public Map<AssistanceType, Set<GcmObjective>> asMap() {
        return map;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ObjectiveMapping && ((ObjectiveMapping) o).map.equals(map);
    }

    @Override
    public int hashCode() {
        return map.hashCode();
    }

    /**
     * Returns the mapping as text, e.g. {@code ObjectiveMapping{protection=[7], mhpss=[7, 15], ...}}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "ObjectiveMapping" + map.toString();
    }

    private static Set<GcmObjective> frozen(Set<GcmObjective> objectives) {
        Set<GcmObjective> set = EnumSet.noneOf(GcmObjective.class);
        for (GcmObjective o : objectives) {
            set.add(Objects.requireNonNull(o, "objective"));
        }
        return Collections.unmodifiableSet(set);
    }

    private static ObjectiveMapping defaultMapping() {
        Map<AssistanceType, Set<GcmObjective>> m = new EnumMap<>(AssistanceType.class);
        m.put(AssistanceType.PROTECTION, Set.of(REDUCE_VULNERABILITIES));
        m.put(AssistanceType.MHPSS, Set.of(ACCESS_TO_BASIC_SERVICES, REDUCE_VULNERABILITIES));
        m.put(AssistanceType.HEALTH, Set.of(ACCESS_TO_BASIC_SERVICES));
        m.put(AssistanceType.VACCINATION, Set.of(ACCESS_TO_BASIC_SERVICES));
        m.put(AssistanceType.LEGAL_AID, Set.of(SCREENING_AND_REFERRAL, REDUCE_VULNERABILITIES));
        m.put(AssistanceType.SHELTER, Set.of(ACCESS_TO_BASIC_SERVICES, REDUCE_VULNERABILITIES));
        m.put(AssistanceType.NFI, Set.of(ACCESS_TO_BASIC_SERVICES, REDUCE_VULNERABILITIES));
        m.put(AssistanceType.FOOD, Set.of(ACCESS_TO_BASIC_SERVICES, REDUCE_VULNERABILITIES));
        m.put(AssistanceType.CASH, Set.of(REDUCE_VULNERABILITIES));
        m.put(AssistanceType.WASH, Set.of(ACCESS_TO_BASIC_SERVICES));
        m.put(AssistanceType.AVRR, Set.of(DIGNIFIED_RETURN_AND_REINTEGRATION));
        m.put(AssistanceType.RESETTLEMENT, Set.of(REGULAR_PATHWAYS));
        m.put(AssistanceType.FAMILY_TRACING, Set.of(SAVE_LIVES, REDUCE_VULNERABILITIES));
        m.put(AssistanceType.COUNTER_TRAFFICKING, Set.of(ERADICATE_TRAFFICKING, REDUCE_VULNERABILITIES));
        m.put(AssistanceType.INFORMATION, Set.of(INFORMATION_PROVISION));
        m.put(AssistanceType.REFERRAL, Set.of(SCREENING_AND_REFERRAL));
        m.put(AssistanceType.EDUCATION, Set.of(ACCESS_TO_BASIC_SERVICES));
        m.put(AssistanceType.DOCUMENTATION, Set.of(LEGAL_IDENTITY_AND_DOCUMENTATION));
        m.put(AssistanceType.TRANSPORTATION, Set.of(REDUCE_VULNERABILITIES));
        m.put(AssistanceType.RECEPTION, Set.of(ACCESS_TO_BASIC_SERVICES, REDUCE_VULNERABILITIES));
        Map<AssistanceType, Set<GcmObjective>> frozen = new EnumMap<>(AssistanceType.class);
        m.forEach((type, objectives) -> frozen.put(type, frozen(objectives)));
        return new ObjectiveMapping(Collections.unmodifiableMap(frozen));
    }
}
