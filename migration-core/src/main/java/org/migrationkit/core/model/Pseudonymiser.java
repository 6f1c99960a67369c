package org.migrationkit.core.model;

import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a partner's raw identifiers (case numbers, registration numbers) into stable pseudonymous ids with a keyed
 * HMAC-SHA256 (RFC 2104), so that records of one person link up across files without the raw id being kept
 * (DESIGN §8).
 *
 * <p><b>Format.</b> {@link #pseudonym(CharSequence)} is {@code "ps-"} followed by the first 16 bytes (128 bits) of
 * {@code HMAC-SHA256(key, UTF-8(raw))} in lower-case hexadecimal: 35 characters, e.g.
 * {@code ps-2f1c0e1d3a4b5c6d7e8f90a1b2c3d4e5}. It depends only on the key and the raw id's characters, so it is the
 * same on every JVM and in every run; anyone holding the key can reproduce it, e.g.
 * {@code printf %s "$RAW" | openssl dgst -sha256 -mac HMAC -macopt hexkey:$KEY_HEX} (the first 32 hex digits). Without the key it cannot be
 * reversed or recomputed. The raw id is hashed exactly as given: trim or normalise it first if the source pads it.
 *
 * <p><b>Contexts.</b> {@link #withContext(String)} gives a pseudonymiser whose pseudonyms differ from this one's
 * for the same raw id — use one context per partner or table when ids must not link across them. It uses the
 * derived key {@code HMAC-SHA256(key, UTF-8("migrationkit/context/" + context))}, so the no-context pseudonyms above
 * stay plain HMACs of the raw id.
 *
 * <p><b>Safety.</b> The key is copied on creation; the caller should wipe its own copy. Neither the key nor raw ids
 * appear in {@link #toString()}, in exception messages or in logs (this class logs nothing). Keys shorter than 16
 * bytes are refused; use 32 random bytes. Keep the key secret and stable: a lost key means the pseudonyms can no
 * longer be linked to new data, a leaked key means pseudonyms of guessable raw ids can be recomputed.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Pseudonymiser p = Pseudonymiser.withKey(secretKeyBytes).withContext("partner-42");
 * MigrantId id = p.migrantId(rawCaseNumber);
 * }</pre>
 */
public final class Pseudonymiser {
    /** The shortest key accepted, in bytes. */
    public static final int MIN_KEY_BYTES = 16;
    /** The prefix of every pseudonym. */
    public static final String PREFIX = "ps-";

    private static final String ALGORITHM = "HmacSHA256";
    private static final int PSEUDONYM_BYTES = 16;
    private static final String CONTEXT_LABEL = "migrationkit/context/";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final SecretKeySpec masterKey;
    private final String context;
    private final SecretKeySpec key;
    // Initialised once and never used directly: each call works on a clone, so threads share no MAC state.
    private final Mac prototype;

    private Pseudonymiser(SecretKeySpec masterKey, String context, SecretKeySpec key) {
        this.masterKey = masterKey;
        this.context = context;
        this.key = key;
        this.prototype = newMac(key);
    }

    /**
     * Returns a pseudonymiser with the given secret key and no context.
     *
     * @param key the secret key, at least 16 bytes (32 random bytes recommended); copied, not null
     * @return the pseudonymiser
     * @throws IllegalArgumentException if the key is shorter than 16 bytes (the message gives only its length)
     */
    public static Pseudonymiser withKey(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("Pseudonymiser key has " + key.length + " bytes, fewer than "
                    + MIN_KEY_BYTES + ": use a secret random key of at least " + MIN_KEY_BYTES
                    + " bytes (32 recommended).");
        }
        SecretKeySpec master = new SecretKeySpec(key, ALGORITHM); // SecretKeySpec copies the bytes
        return new Pseudonymiser(master, "", master);
    }

    /**
     * Returns a pseudonymiser with the same key and the given context, whose pseudonyms differ from this one's.
     * The context replaces this one's (contexts do not nest).
     *
     * @param context a name for the partner, table or purpose, e.g. {@code "partner-42/cases"}; not null; the empty
     *     string means no context
     * @return the pseudonymiser
     */
    public Pseudonymiser withContext(String context) {
        Objects.requireNonNull(context, "context");
        if (context.isEmpty()) {
            return new Pseudonymiser(masterKey, "", masterKey);
        }
        byte[] derived = newMac(masterKey).doFinal((CONTEXT_LABEL + context).getBytes(StandardCharsets.UTF_8));
        try {
            return new Pseudonymiser(masterKey, context, new SecretKeySpec(derived, ALGORITHM));
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    /**
     * Returns the context.
     *
     * @return the context, empty when none
     */
    public String context() {
        return context;
    }

    /**
     * Returns the pseudonym of a raw id: {@code "ps-"} and 32 lower-case hex digits (see the type's description).
     *
     * @param raw the raw id, not null, not blank; never stored or shown
     * @return the pseudonym, 35 characters
     * @throws IllegalArgumentException if the raw id is blank or is not valid UTF-16 (an unpaired surrogate); the
     *     message does not show it
     */
    public String pseudonym(CharSequence raw) {
        byte[] mac = mac(raw);
        char[] out = new char[PREFIX.length() + 2 * PSEUDONYM_BYTES];
        PREFIX.getChars(0, PREFIX.length(), out, 0);
        for (int i = 0; i < PSEUDONYM_BYTES; i++) {
            out[PREFIX.length() + 2 * i] = HEX[(mac[i] >> 4) & 0xF];
            out[PREFIX.length() + 2 * i + 1] = HEX[mac[i] & 0xF];
        }
        return new String(out);
    }

    /**
     * Returns the migrant id for a raw id.
     *
     * @param raw the raw id, not null, not blank
     * @return the id whose value is {@link #pseudonym(CharSequence)}
     * @throws IllegalArgumentException as {@link #pseudonym(CharSequence)}
     */
    public MigrantId migrantId(CharSequence raw) {
        return new MigrantId(pseudonym(raw));
    }

    /**
     * Returns the journey id for a raw id.
     *
     * @param raw the raw id, not null, not blank
     * @return the id whose value is {@link #pseudonym(CharSequence)}
     * @throws IllegalArgumentException as {@link #pseudonym(CharSequence)}
     */
    public JourneyId journeyId(CharSequence raw) {
        return new JourneyId(pseudonym(raw));
    }

    /**
     * Returns the leg id for a raw id.
     *
     * @param raw the raw id, not null, not blank
     * @return the id whose value is {@link #pseudonym(CharSequence)}
     * @throws IllegalArgumentException as {@link #pseudonym(CharSequence)}
     */
    public LegId legId(CharSequence raw) {
        return new LegId(pseudonym(raw));
    }

    /**
     * Returns the assistance event id for a raw id.
     *
     * @param raw the raw id, not null, not blank
     * @return the id whose value is {@link #pseudonym(CharSequence)}
     * @throws IllegalArgumentException as {@link #pseudonym(CharSequence)}
     */
    public EventId eventId(CharSequence raw) {
        return new EventId(pseudonym(raw));
    }

    /**
     * Returns the incident id for a raw id (incident ids are usually public, e.g. MMP's; pseudonymise those a
     * partner keeps private).
     *
     * @param raw the raw id, not null, not blank
     * @return the id whose value is {@link #pseudonym(CharSequence)}
     * @throws IllegalArgumentException as {@link #pseudonym(CharSequence)}
     */
    public IncidentId incidentId(CharSequence raw) {
        return new IncidentId(pseudonym(raw));
    }

    /**
     * Returns the remittance id for a raw id.
     *
     * @param raw the raw id, not null, not blank
     * @return the id whose value is {@link #pseudonym(CharSequence)}
     * @throws IllegalArgumentException as {@link #pseudonym(CharSequence)}
     */
    public RemittanceId remittanceId(CharSequence raw) {
        return new RemittanceId(pseudonym(raw));
    }

    /**
     * Describes the pseudonymiser without its key.
     *
     * @return e.g. {@code Pseudonymiser[HmacSHA256, context="partner-42", key hidden]}
     */
    @Override
    public String toString() {
        return "Pseudonymiser[" + ALGORITHM + ", context=\"" + context + "\", key hidden]";
    }

    private byte[] mac(CharSequence raw) {
        Objects.requireNonNull(raw, "raw");
        if (raw.toString().isBlank()) {
            throw new IllegalArgumentException("Raw id is blank: a blank id names no one, so it has no pseudonym; "
                    + "leave the id unknown instead.");
        }
        byte[] bytes;
        try {
            // A strict encoder: String.getBytes would silently turn an unpaired surrogate into '?', merging ids.
            java.nio.ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(raw));
            bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("Raw id is not valid text (it has an unpaired surrogate character); "
                    + "the id is not shown.", e);
        }
        try {
            return mac().doFinal(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private Mac mac() {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            // Providers need not support cloning; a fresh instance costs a provider look-up, nothing more.
            return newMac(key);
        }
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // Every Java SE platform must provide HmacSHA256 (javax.crypto.Mac), and any key bytes are valid for it.
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }
}
