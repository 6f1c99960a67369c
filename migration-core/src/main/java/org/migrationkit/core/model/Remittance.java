package org.migrationkit.core.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.constraints.ConsistentRemittance;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.validation.Checkable;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.RuleContext;

/**
 * Money sent home across a corridor, with what sending it cost: the input of SDG indicator 10.c.1, remittance
 * costs as a proportion of the amount remitted, and of GCM objective 20 (DESIGN §3; domain-standards §6).
 *
 * <pre>{@code
 * Remittance r = Remittance.builder().id(RemittanceId.of("r-1"))
 *         .from(CountryCode.of("SAU")).to(CountryCode.of("YEM"))
 *         .amount(new BigDecimal("200.00")).cost(new BigDecimal("12.50")).currency("USD")
 *         .channel(RemittanceChannel.MONEY_TRANSFER_OPERATOR)
 *         .build();
 * r.costPercent();   // 6.25
 * }</pre>
 *
 * <p>Amount and cost are in the same currency, as given: equality follows {@link BigDecimal#equals}, so
 * {@code 200.0} and {@code 200.00} differ; the rules compare by value.
 *
 * <p><b>Construction</b> checks structure only: required parts present, an amount above zero
 * ({@code remittance.amount-not-positive}), a cost of zero or more ({@code remittance.cost-negative}).
 * <b>Rules across fields</b> are reported by {@link #check(RuleContext)} — through {@code RecordRules.check} or
 * any Jakarta {@code Validator} ({@link ConsistentRemittance}) — never thrown:
 * <ul>
 * <li>{@code remittance.cost-exceeds-amount} on {@code cost} (value: the cost) — the cost is above the amount;</li>
 * <li>{@code date.in-future} on {@code date} (value: the date) — the date is certainly after today.</li>
 * </ul>
 *
 * @param id the remittance id, not null
 * @param from the sending country, not null
 * @param to the receiving country, not null
 * @param amount the amount sent, above zero, in {@code currency}; not null
 * @param cost the total cost of sending it (fees and the exchange-rate margin), zero or more, in {@code currency};
 *     not null
 * @param currency the ISO 4217 currency of amount and cost, not null
 * @param channel how the money was sent, not null
 * @param date when it was sent, or null if not reported
 */
@ConsistentRemittance
public record Remittance(RemittanceId id, CountryCode from, CountryCode to, BigDecimal amount, BigDecimal cost,
        Currency currency, RemittanceChannel channel, @Nullable ReportedDate date) implements Checkable {

    /** The scale of {@link #costPercent()}: hundredths of a percentage point. */
    public static final int COST_PERCENT_SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Creates the record, checking its structure (see the class description).
     *
     * @throws NullPointerException if a required part is null
     * @throws InvalidValueException ({@code remittance.amount-not-positive}) if the amount is zero or less;
     *     ({@code remittance.cost-negative}) if the cost is below zero
     */
    public Remittance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(channel, "channel");
        if (amount.signum() <= 0) {
            throw new InvalidValueException(IssueCode.REMITTANCE_AMOUNT_NOT_POSITIVE, "Remittance amount "
                    + amount.toPlainString() + " is not above zero: the amount sent is a positive number.");
        }
        if (cost.signum() < 0) {
            throw new InvalidValueException(IssueCode.REMITTANCE_COST_NEGATIVE, "Remittance cost "
                    + cost.toPlainString() + " is negative: the cost of sending is zero or more.");
        }
    }

    /**
     * Returns a builder; every part but the date is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this record's components, to make a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns the cost as a percentage of the amount, the measure of SDG 10.c.1 (target: below 3%).
     *
     * @return {@code 100 × cost / amount}, rounded half up to {@link #COST_PERCENT_SCALE} decimals, e.g. {@code 6.25}
     */
    public BigDecimal costPercent() {
        return cost.multiply(HUNDRED).divide(amount, COST_PERCENT_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Reports the record's rule violations (see the class description for codes, fields and values).
     *
     * @param context where problems go, not null
     */
    @Override
    public void check(RuleContext context) {
        if (cost.compareTo(amount) > 0) {
            context.report(IssueCode.REMITTANCE_COST_EXCEEDS_AMOUNT, "cost", cost.toPlainString());
        }
        if (date != null && date.isAfter(context.today())) {
            context.report(IssueCode.DATE_IN_FUTURE, "date", date);
        }
    }

    /** Builds a {@link Remittance}. Every part but the date (null by default) is required. */
    public static final class Builder {
        private @Nullable RemittanceId id;
        private @Nullable CountryCode from;
        private @Nullable CountryCode to;
        private @Nullable BigDecimal amount;
        private @Nullable BigDecimal cost;
        private @Nullable Currency currency;
        private @Nullable RemittanceChannel channel;
        private @Nullable ReportedDate date;

        private Builder() {
        }

        private Builder(Remittance r) {
            id = r.id;
            from = r.from;
            to = r.to;
            amount = r.amount;
            cost = r.cost;
            currency = r.currency;
            channel = r.channel;
            date = r.date;
        }

        /**
         * Sets the remittance id.
         *
         * @param id the id, not null
         * @return this builder
         */
        public Builder id(RemittanceId id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the sending country.
         *
         * @param from the country, not null
         * @return this builder
         */
        public Builder from(CountryCode from) {
            this.from = Objects.requireNonNull(from, "from");
            return this;
        }

        /**
         * Sets the receiving country.
         *
         * @param to the country, not null
         * @return this builder
         */
        public Builder to(CountryCode to) {
            this.to = Objects.requireNonNull(to, "to");
            return this;
        }

        /**
         * Sets the amount sent.
         *
         * @param amount above zero, not null
         * @return this builder
         */
        public Builder amount(BigDecimal amount) {
            this.amount = Objects.requireNonNull(amount, "amount");
            return this;
        }

        /**
         * Sets the cost of sending.
         *
         * @param cost zero or more, not null
         * @return this builder
         */
        public Builder cost(BigDecimal cost) {
            this.cost = Objects.requireNonNull(cost, "cost");
            return this;
        }

        /**
         * Sets the currency of amount and cost.
         *
         * @param currency the currency, not null
         * @return this builder
         */
        public Builder currency(Currency currency) {
            this.currency = Objects.requireNonNull(currency, "currency");
            return this;
        }

        /**
         * Sets the currency of amount and cost by its ISO 4217 code.
         *
         * @param code e.g. {@code USD}, not null
         * @return this builder
         * @throws InvalidValueException ({@code currency.unknown}) if the code is not an ISO 4217 code
         */
        public Builder currency(String code) {
            return currency(CurrencyCodes.ofCode(code));
        }

        /**
         * Sets how the money was sent.
         *
         * @param channel the channel, not null
         * @return this builder
         */
        public Builder channel(RemittanceChannel channel) {
            this.channel = Objects.requireNonNull(channel, "channel");
            return this;
        }

        /**
         * Sets when the money was sent.
         *
         * @param date the date, or null if not reported (the default)
         * @return this builder
         */
        public Builder date(@Nullable ReportedDate date) {
            this.date = date;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws NullPointerException if a required part was not set
         * @throws InvalidValueException ({@code remittance.amount-not-positive}) if the amount is zero or less;
         *     ({@code remittance.cost-negative}) if the cost is below zero
         */
        public Remittance build() {
            return new Remittance(Objects.requireNonNull(id, "id"), Objects.requireNonNull(from, "from"),
                    Objects.requireNonNull(to, "to"), Objects.requireNonNull(amount, "amount"),
                    Objects.requireNonNull(cost, "cost"), Objects.requireNonNull(currency, "currency"),
                    Objects.requireNonNull(channel, "channel"), date);
        }

        /**
         * Returns the settings so far.
         *
         * @return e.g. {@code Remittance.Builder[id=null, from=SAU, ...]}
         */
        @Override
        public String toString() {
            return "Remittance.Builder[id=" + id + ", from=" + from + ", to=" + to + ", amount=" + amount
                    + ", cost=" + cost + ", currency=" + currency + ", channel=" + channel + ", date=" + date + "]";
        }
    }
}
