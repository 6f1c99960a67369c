package org.migrationkit.core.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.model.Remittance;
import org.migrationkit.core.model.RemittanceChannel;
import org.migrationkit.core.model.RemittanceId;

/**
 * Generates remittances, each from the seed and its index alone. Amounts and costs are whole cents built from
 * integers ({@code BigDecimal.valueOf(cents, 2)}), never from a double's decimal expansion.
 */
final class Remittances {
    private static final long STREAM = 12;

    /**
     * A corridor: sender, receiver, the sender's currency, its weight, its typical cost in basis points of the amount
     * and the typical amount in whole units of the currency (about USD 200, the World Bank's reference send).
     */
    private record Corridor(CountryCode from, CountryCode to, Currency currency, int basisPoints, int typical) {
    }

    // The generator's heuristic levels, in the range the World Bank's Remittance Prices Worldwide reports
    // (global average around 6 %; SDG target 10.c: below 3 %) — not RPW figures.
    private static final Weighted<Corridor> CORRIDORS = corridors(
            "USA MEX USD 20 400 200", "USA GTM USD 8 420 200", "USA HND USD 6 450 200", "USA SLV USD 4 380 200",
            "USA HTI USD 3 550 200", "SAU ETH SAR 6 650 750", "SAU YEM SAR 5 480 750", "SAU PAK SAR 8 300 750",
            "ARE IND AED 10 250 735", "GBR NGA GBP 5 700 160", "ITA NGA EUR 3 750 185", "ESP SEN EUR 3 600 185",
            "FRA SEN EUR 3 650 185", "ZAF MWI ZAR 3 1500 3700");
    private static final Weighted<RemittanceChannel> CHANNELS = Weighted.parse(
            "MONEY_TRANSFER_OPERATOR:50,BANK:20,MOBILE_MONEY:15,INFORMAL:10,POST_OFFICE:5", RemittanceChannel::valueOf);

    private final SampleData config;

    Remittances(SampleData config) {
        this.config = config;
    }

    Remittance remittance(long i) {
        SplitMix64 rng = SplitMix64.of(config.seed(), STREAM, i);
        Corridor c = CORRIDORS.pick(rng);
        RemittanceChannel channel = CHANNELS.pick(rng);
        double r = rng.nextDouble();
        long units;
        if (r < 0.25) {
            units = c.typical(); // the reference send
        } else if (r < 0.4) {
            units = c.typical() * 5L / 2; // the larger reference send (USD 500)
        } else {
            units = Math.max(1, Math.round(c.typical() * StrictMath.exp(0.6 * rng.nextGaussian())));
        }
        long cents = units * 100 + (rng.chance(0.3) ? rng.nextInt(100) : 0);
        double factor;
        switch (channel) {
            case MOBILE_MONEY:
                factor = 0.7;
                break;
            case INFORMAL:
                factor = 0.6;
                break;
            case BANK:
                factor = 1.7;
                break;
            case POST_OFFICE:
                factor = 1.3;
                break;
            default:
                factor = 1.0;
                break;
        }
        long basisPoints = Math.round(c.basisPoints() * factor * StrictMath.exp(0.35 * rng.nextGaussian()));
        basisPoints = Math.max(20, Math.min(3_000, basisPoints));
        long costCents = (cents * basisPoints + 5_000) / 10_000; // half up, in whole cents
        return Remittance.builder().id(RemittanceId.of(SampleIds.of("r-", i, ""))).from(c.from()).to(c.to())
                .amount(BigDecimal.valueOf(cents, 2)).cost(BigDecimal.valueOf(costCents, 2)).currency(c.currency())
                .channel(channel).date(rng.chance(0.95) ? Dates.day(config.day(rng)) : null).build();
    }

    private static Weighted<Corridor> corridors(String... rows) {
        List<Corridor> corridors = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (String row : rows) {
            String[] f = row.split(" ");
            corridors.add(new Corridor(CountryCode.of(f[0]), CountryCode.of(f[1]), Currency.getInstance(f[2]),
                    Integer.parseInt(f[4]), Integer.parseInt(f[5])));
            weights.add(Integer.parseInt(f[3]));
        }
        return Weighted.of(corridors, weights);
    }
}
