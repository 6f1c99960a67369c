package org.migrationkit.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Our SplitMix64 is the published algorithm: its known answers, and draws that stay in their bounds. */
class SplitMix64Test {
    @Test
    void nextLong_givesTheReferenceSequenceForSeedZero() {
        // The reference implementation (Vigna, splitmix64.c) seeded with 0.
        SplitMix64 rng = new SplitMix64(0);
        assertThat(rng.nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
        assertThat(rng.nextLong()).isEqualTo(0x6E789E6AA1B965F4L);
        assertThat(rng.nextLong()).isEqualTo(0x06C45D188009454FL);
    }

    @Test
    void draws_stayInTheirBounds() {
        SplitMix64 rng = SplitMix64.of(1, 2, 3);
        for (int k = 0; k < 10_000; k++) {
            assertThat(rng.nextInt(7)).isBetween(0, 6);
            assertThat(rng.between(10, 17)).isBetween(10, 17);
            assertThat(rng.nextDouble()).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
            assertThat(rng.nextGaussian()).isBetween(-3.47, 3.47);
        }
    }

    @Test
    void seedFor_separatesStreamsAndIndices() {
        assertThat(SplitMix64.seedFor(42, 1, 0)).isNotEqualTo(SplitMix64.seedFor(42, 1, 1))
                .isNotEqualTo(SplitMix64.seedFor(42, 2, 0)).isNotEqualTo(SplitMix64.seedFor(43, 1, 0));
    }

    @Test
    void pareto_isHeavyTailedAndCapped() {
        SplitMix64 rng = SplitMix64.of(7, 7, 7);
        int ones = 0;
        int tens = 0;
        for (int k = 0; k < 10_000; k++) {
            int n = Incidents.pareto(rng, 1.0, 500);
            assertThat(n).isBetween(1, 500);
            ones += n == 1 ? 1 : 0;
            tens += n >= 10 ? 1 : 0;
        }
        // P(n = 1) = 1 - 2^-1 = 0.5; P(n >= 10) = 10^-1 = 0.1.
        assertThat(ones).isBetween(4_800, 5_200);
        assertThat(tens).isBetween(900, 1_100);
    }
}
