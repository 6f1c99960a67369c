package org.migrationkit.core.sample;

import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.migrationkit.core.model.AssistanceEvent;
import org.migrationkit.core.model.Journey;
import org.migrationkit.core.model.Leg;
import org.migrationkit.core.model.Migrant;

/**
 * A partner's multi-table dataset: migrants, their journeys, the journeys' legs and the assistance events, consistent
 * across tables — every journey's migrant is in {@link #migrants()}, every leg's journey in {@link #journeys()},
 * every event's beneficiary in {@link #migrants()}, every event dated within or after its migrant's first journey.
 *
 * <pre>{@code
 * PartnerDataset d = SampleData.seed(7).partnerDataset(1000);
 * d.migrants().count();    // 1000
 * d.journeys().count();    // about 1100
 * }</pre>
 *
 * <p>The tables are not held in memory: each call streams them again from the seed, in the same order, so a
 * dataset of millions of migrants costs no more memory than one. Made by {@link SampleData#partnerDataset(int)}.
 */
public final class PartnerDataset {
    private final SampleData config;
    private final int size;

    PartnerDataset(SampleData config, int size) {
        this.config = config;
        this.size = size;
    }

    /**
     * Returns the number of migrants.
     *
     * @return the size given to {@link SampleData#partnerDataset(int)}
     */
    public int size() {
        return size;
    }

    /**
     * Returns the migrants table.
     *
     * @return {@link #size()} migrants, ids {@code m-0000001} onwards
     */
    public Stream<Migrant> migrants() {
        Partners partners = new Partners(config);
        return indices().mapToObj(partners::migrant);
    }

    /**
     * Returns the journeys table, migrant by migrant.
     *
     * @return the journeys of the migrants
     */
    public Stream<Journey> journeys() {
        Partners partners = new Partners(config);
        return indices().mapToObj(partners::journeys).flatMap(List::stream);
    }

    /**
     * Returns the legs table, journey by journey in travel order.
     *
     * @return the legs of the journeys
     */
    public Stream<Leg> legs() {
        return journeys().flatMap(j -> j.legs().stream());
    }

    /**
     * Returns the assistance events table, migrant by migrant.
     *
     * @return the events, each for one of the migrants
     */
    public Stream<AssistanceEvent> assistanceEvents() {
        Partners partners = new Partners(config);
        return indices().mapToObj(partners::events).flatMap(List::stream);
    }

    private LongStream indices() {
        return LongStream.range(0, size);
    }

    /**
     * Returns the generator's options and the size.
     *
     * @return e.g. {@code PartnerDataset[migrants=1000, SampleData[seed=42, ...]]}
     */
    @Override
    public String toString() {
        return "PartnerDataset[migrants=" + size + ", " + config + "]";
    }
}
