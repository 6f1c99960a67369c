package org.migrationkit.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The same seed gives the same data on every JVM and platform: the SHA-256 of a seeded dataset's canonical text is
 * pinned here, and CI runs this test on JDK 17 and 25. A change to the generator that changes its output must
 * update the hash (and say so in the commit): the test prints the actual one.
 */
class GoldenHashTest {
    private static final String GOLDEN = "07a6d19b8cad96230a60ab737b9a3198575b95eb41984c5ff1e9b01075202a90";

    @Test
    void seededDataset_hasTheGoldenHash() throws NoSuchAlgorithmException {
        String text = canonicalText(SampleData.seed(20261123L));
        String actual = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(actual).as("SHA-256 of the canonical text of seed 20261123 (actual: %s; first lines:%n%s)", actual,
                text.substring(0, 600)).isEqualTo(GOLDEN);
    }

    /** A partner dataset of 1,000 migrants and 1,000 records of every other entity. */
    static String canonicalText(SampleData sample) {
        CanonicalText c = new CanonicalText();
        PartnerDataset partner = sample.partnerDataset(1_000);
        partner.migrants().forEach(c::migrant);
        partner.journeys().forEach(c::journey);
        partner.legs().forEach(c::leg);
        partner.assistanceEvents().forEach(c::event);
        sample.incidents().limit(1_000).forEach(c::incident);
        sample.populationFigures().limit(1_000).forEach(c::figure);
        sample.remittances().limit(1_000).forEach(c::remittance);
        return c.text();
    }
}
