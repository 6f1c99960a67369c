package org.migrationkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PseudonymiserTest {
    private static final byte[] KEY = "migrationkit-test-key-0123456789".getBytes(StandardCharsets.US_ASCII);

    // Known answers, computed once outside Java:
    //   printf %s "CASE-0001" | openssl dgst -sha256 -hmac "migrationkit-test-key-0123456789"
    //   python3: hmac(hmac(key, b"migrationkit/context/partner-42").digest(), b"CASE-0001").hexdigest()
    @Test
    void pseudonym_isTheTruncatedHmacSha256InHexWithPrefix() {
        assertThat(Pseudonymiser.withKey(KEY).pseudonym("CASE-0001")).isEqualTo("ps-23336bd3f6b3843b755d7115c8861969");
    }

    @Test
    void pseudonym_hashesTheUtf8OfTheRawId() {
        assertThat(Pseudonymiser.withKey(KEY).pseudonym("Ağa-ñ/7")).isEqualTo("ps-60ccd0f54fbca5f77a3a8d8f97d07be6");
        assertThat(Pseudonymiser.withKey(KEY).pseudonym(new StringBuilder("CASE-0001")))
                .isEqualTo("ps-23336bd3f6b3843b755d7115c8861969");
    }

    @Test
    void withContext_usesTheDerivedKey() {
        Pseudonymiser plain = Pseudonymiser.withKey(KEY);
        Pseudonymiser partner = plain.withContext("partner-42");
        assertThat(partner.pseudonym("CASE-0001")).isEqualTo("ps-ddeb4b408bd09e548c65239acb6c190b");
        assertThat(partner.context()).isEqualTo("partner-42");
        assertThat(plain.context()).isEmpty();
        assertThat(partner.withContext("").pseudonym("CASE-0001")).isEqualTo(plain.pseudonym("CASE-0001"));
        assertThat(plain.withContext("partner-43").pseudonym("CASE-0001"))
                .isNotEqualTo(partner.pseudonym("CASE-0001"));
        // Contexts replace each other rather than nest.
        assertThat(plain.withContext("other").withContext("partner-42").pseudonym("CASE-0001"))
                .isEqualTo(partner.pseudonym("CASE-0001"));
    }

    @Test
    void pseudonym_isStableAndDistinctAcrossIds() {
        Pseudonymiser p = Pseudonymiser.withKey(KEY);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String pseudonym = p.pseudonym("CASE-" + i);
            assertThat(pseudonym).matches("ps-[0-9a-f]{32}")
                    .isEqualTo(Pseudonymiser.withKey(KEY).pseudonym("CASE-" + i));
            seen.add(pseudonym);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void differentKeys_giveDifferentPseudonyms() {
        byte[] other = KEY.clone();
        other[0] ^= 1;
        assertThat(Pseudonymiser.withKey(other).pseudonym("CASE-0001"))
                .isNotEqualTo(Pseudonymiser.withKey(KEY).pseudonym("CASE-0001"));
    }

    @Test
    void key_isCopied() {
        byte[] key = KEY.clone();
        Pseudonymiser p = Pseudonymiser.withKey(key);
        Arrays.fill(key, (byte) 0);
        assertThat(p.pseudonym("CASE-0001")).isEqualTo("ps-23336bd3f6b3843b755d7115c8861969");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"CASE-0001", "SYR-2019-004711", "1234567890"})
    void rawId_neverAppearsInTheOutput(String raw) {
        Pseudonymiser p = Pseudonymiser.withKey(KEY);
        assertThat(p.pseudonym(raw)).doesNotContain(raw);
        assertThat(p.migrantId(raw).value()).doesNotContain(raw);
        assertThat(p.toString()).doesNotContain(raw);
    }

    @Test
    void typedIds_carryThePseudonym() {
        Pseudonymiser p = Pseudonymiser.withKey(KEY);
        String ps = p.pseudonym("CASE-0001");
        assertThat(p.migrantId("CASE-0001")).isEqualTo(MigrantId.of(ps));
        assertThat(p.journeyId("CASE-0001")).isEqualTo(JourneyId.of(ps));
        assertThat(p.legId("CASE-0001")).isEqualTo(LegId.of(ps));
        assertThat(p.eventId("CASE-0001")).isEqualTo(EventId.of(ps));
        assertThat(p.incidentId("CASE-0001")).isEqualTo(IncidentId.of(ps));
        assertThat(p.remittanceId("CASE-0001")).isEqualTo(RemittanceId.of(ps));
    }

    @Test
    void toString_hidesTheKey() {
        Pseudonymiser p = Pseudonymiser.withKey(KEY).withContext("partner-42");
        assertThat(p).hasToString("Pseudonymiser[HmacSHA256, context=\"partner-42\", key hidden]");
        assertThat(p.toString()).doesNotContain("migrationkit-test-key").doesNotContain("6d69677261"); // hex of "migra"
    }

    @Test
    void withKey_refusesShortKeysWithoutShowingThem() {
        byte[] shortKey = "fifteen-bytes!!".getBytes(StandardCharsets.US_ASCII);
        assertThatIllegalArgumentException().isThrownBy(() -> Pseudonymiser.withKey(shortKey))
                .withMessage("Pseudonymiser key has 15 bytes, fewer than 16: use a secret random key of at least 16 "
                        + "bytes (32 recommended).");
        assertThat(Pseudonymiser.withKey(new byte[16]).pseudonym("x")).startsWith("ps-");
        assertThatNullPointerException().isThrownBy(() -> Pseudonymiser.withKey(null)).withMessage("key");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "\t\n"})
    void pseudonym_refusesBlankRawIds(String raw) {
        assertThatIllegalArgumentException().isThrownBy(() -> Pseudonymiser.withKey(KEY).pseudonym(raw))
                .withMessage("Raw id is blank: a blank id names no one, so it has no pseudonym; leave the id unknown "
                        + "instead.");
    }

    @Test
    void pseudonym_refusesUnpairedSurrogatesInsteadOfMergingIds() {
        assertThatIllegalArgumentException().isThrownBy(() -> Pseudonymiser.withKey(KEY).pseudonym("A\uD800B"))
                .withMessage("Raw id is not valid text (it has an unpaired surrogate character); the id is not shown.");
    }

    @Test
    void pseudonym_isThreadSafe() throws Exception {
        Pseudonymiser p = Pseudonymiser.withKey(KEY);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        if (!p.pseudonym("CASE-0001").equals("ps-23336bd3f6b3843b755d7115c8861969")) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
