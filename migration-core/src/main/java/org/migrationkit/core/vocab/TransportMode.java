package org.migrationkit.core.vocab;

import org.migrationkit.core.internal.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * The means of transport of a journey leg.
 *
 * <p>The library's own list (DESIGN §3, journey legs), not a standard code list: the sources name "mode of
 * transport" as a DTM flow-monitoring field (domain-standards §2.1) without publishing its codes, and MMP names
 * means of travel only in text (train roofs, truck backs, unseaworthy boats, §1.1). Codes are lower snake case.
 */
public enum TransportMode {
    /** On foot. */
    FOOT("foot", "On foot", "walking", "walk"),
    /** Car or other private light vehicle. */
    CAR("car", "Car", "private car"),
    /** Bus or coach. */
    BUS("bus", "Bus", "coach", "minibus"),
    /** Truck or lorry, including travel hidden in the back. */
    TRUCK("truck", "Truck", "lorry"),
    /** Train, including travel on the roof. */
    TRAIN("train", "Train", "rail"),
    /** Boat of unspecified size. */
    BOAT("boat", "Boat"),
    /** Small boat or dinghy. */
    SMALL_BOAT("small_boat", "Small boat or dinghy", "dinghy", "small boat/dinghy"),
    /** Ship or ferry. */
    SHIP("ship", "Ship or ferry", "ferry", "ship/ferry"),
    /** Plane. */
    PLANE("plane", "Plane", "air", "airplane", "aeroplane", "aircraft"),
    /** Motorbike. */
    MOTORBIKE("motorbike", "Motorbike", "motorcycle"),
    /** Riding or draught animal. */
    ANIMAL("animal", "Animal", "pack animal"),
    /** Several modes on one leg. */
    MIXED("mixed", "Mixed"),
    /** A mode not in this list. */
    OTHER("other", "Other");

    private static final Vocabulary<TransportMode> VOCABULARY = new Vocabulary<>(values(), "transport mode",
            TransportMode::code, TransportMode::names, IssueCode.TRANSPORT_MODE_UNKNOWN);

    private final String code;
    private final String label;
    private final List<String> aliases;

    TransportMode(String code, String label, String... aliases) {
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
     * @throws org.migrationkit.core.validation.InvalidValueException ({@code transport-mode.unknown}) if no
     *     constant has this code; the message lists the codes
     */
    public static TransportMode ofCode(String code) {
        return VOCABULARY.ofCode(code);
    }

    /**
     * Finds the constant with exactly this code.
     *
     * @param code the code, not null
     * @return the constant, or empty
     */
    public static Optional<TransportMode> findByCode(String code) {
        return VOCABULARY.findByCode(code);
    }

    /**
     * Looks a code, label or alias up, ignoring case, diacritics and spacing.
     *
     * @param text any text, not null
     * @return the constant, or a miss with {@code transport-mode.unknown} and the closest code as suggestion
     */
    public static Lookup<TransportMode> lookup(CharSequence text) {
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
