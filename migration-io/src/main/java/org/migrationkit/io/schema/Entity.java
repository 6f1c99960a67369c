package org.migrationkit.io.schema;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.migrationkit.core.model.AssistanceEvent;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.model.Journey;
import org.migrationkit.core.model.Leg;
import org.migrationkit.core.model.Migrant;
import org.migrationkit.core.model.PopulationFigure;
import org.migrationkit.core.model.Remittance;

/**
 * The entities of the model that have a table of their own, with the names tools and users rely on (DESIGN §10):
 * the entity id ({@code population-figure}), the table name ({@code population_figures}) and the default file
 * name ({@code population_figures.csv}). Ids are never renamed.
 */
public enum Entity {
    /** A person, under a pseudonymous id: {@link Migrant}. */
    MIGRANT("migrant", "migrants", Migrant.class),
    /** The travel of one migrant: {@link Journey}; in JSON with its legs nested. */
    JOURNEY("journey", "journeys", Journey.class),
    /** One stretch of a journey: {@link Leg}. */
    LEG("leg", "legs", Leg.class),
    /** A Missing Migrants Project record: {@link Incident}. */
    INCIDENT("incident", "incidents", Incident.class),
    /** A stock or flow figure with its breakdown by sex and age: {@link PopulationFigure}. */
    POPULATION_FIGURE("population-figure", "population_figures", PopulationFigure.class),
    /** A service delivered or a referral made: {@link AssistanceEvent}. */
    ASSISTANCE_EVENT("assistance-event", "assistance_events", AssistanceEvent.class),
    /** Money sent home across a corridor: {@link Remittance}. */
    REMITTANCE("remittance", "remittances", Remittance.class);

    private static final String IDS = Arrays.stream(values()).map(Entity::id).collect(Collectors.joining(", "));

    private final String id;
    private final String tableName;
    private final Class<?> recordType;

    Entity(String id, String tableName, Class<?> recordType) {
        this.id = id;
        this.tableName = tableName;
        this.recordType = recordType;
    }

    /**
     * Returns the entity id the command line, the reports and layout ids ({@code entity:<id>}) use.
     *
     * @return e.g. {@code assistance-event}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the table name: the snake-case plural, also the Data Package resource name.
     *
     * @return e.g. {@code assistance_events}
     */
    public String tableName() {
        return tableName;
    }

    /**
     * Returns the default file name of the entity's CSV table.
     *
     * @return e.g. {@code assistance_events.csv}
     */
    public String fileName() {
        return tableName + ".csv";
    }

    /**
     * Returns the record type of the model the table's rows become.
     *
     * @return e.g. {@code Migrant.class}
     */
    public Class<?> recordType() {
        return recordType;
    }

    /**
     * Finds an entity by id.
     *
     * @param id an id such as {@code migrant}, not null
     * @return the entity, or empty if no entity has that id
     */
    public static Optional<Entity> findById(String id) {
        Objects.requireNonNull(id, "id");
        for (Entity e : values()) {
            if (e.id.equals(id)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the entity with the given id.
     *
     * @param id an id such as {@code migrant}, not null
     * @return the entity
     * @throws IllegalArgumentException if no entity has that id; the message lists the ids
     */
    public static Entity ofId(String id) {
        return findById(id).orElseThrow(() -> new IllegalArgumentException(
                "Unknown entity \"" + id + "\": use one of " + IDS + "."));
    }

    /**
     * Finds the entity whose rows become records of the given type.
     *
     * @param type a record type such as {@code Migrant.class}, not null
     * @return the entity, or empty if the type has no table
     */
    public static Optional<Entity> findByRecordType(Class<?> type) {
        Objects.requireNonNull(type, "type");
        for (Entity e : values()) {
            if (e.recordType == type) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the id.
     *
     * @return {@link #id()}
     */
    @Override
    public String toString() {
        return id;
    }
}
