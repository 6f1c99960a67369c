package org.migrationkit.io.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.gcm.GcmObjective;
import org.migrationkit.core.gcm.GuidingPrinciple;
import org.migrationkit.core.gcm.SdgIndicator;
import org.migrationkit.core.geo.AdminArea;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.geo.GeoPoint;
import org.migrationkit.core.geo.Location;
import org.migrationkit.core.geo.Region;
import org.migrationkit.core.model.AssistanceStatus;
import org.migrationkit.core.model.Beneficiary;
import org.migrationkit.core.model.EventId;
import org.migrationkit.core.model.FigureId;
import org.migrationkit.core.model.FigureMeasure;
import org.migrationkit.core.model.FigureUnit;
import org.migrationkit.core.model.IncidentId;
import org.migrationkit.core.model.JourneyId;
import org.migrationkit.core.model.LegId;
import org.migrationkit.core.model.MigrantId;
import org.migrationkit.core.model.RemittanceChannel;
import org.migrationkit.core.model.RemittanceId;
import org.migrationkit.core.people.AgeBand;
import org.migrationkit.core.people.AgeBandSet;
import org.migrationkit.core.people.Breakdown;
import org.migrationkit.core.people.Sex;
import org.migrationkit.core.time.Period;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;
import org.migrationkit.core.vocab.AssistanceType;
import org.migrationkit.core.vocab.AssessmentType;
import org.migrationkit.core.vocab.CauseCategory;
import org.migrationkit.core.vocab.DisplacementReason;
import org.migrationkit.core.vocab.Facilitation;
import org.migrationkit.core.vocab.HxlAttribute;
import org.migrationkit.core.vocab.HxlHashtag;
import org.migrationkit.core.vocab.HxlTag;
import org.migrationkit.core.vocab.IncidentType;
import org.migrationkit.core.vocab.JourneyPurpose;
import org.migrationkit.core.vocab.JourneyStatus;
import org.migrationkit.core.vocab.MmpRegion;
import org.migrationkit.core.vocab.MmpRoute;
import org.migrationkit.core.vocab.OriginRegion;
import org.migrationkit.core.vocab.PopulationType;
import org.migrationkit.core.vocab.SpecificNeed;
import org.migrationkit.core.vocab.TransportMode;
import org.migrationkit.io.schema.Entity;

/**
 * The Jackson module of migrationkit: serialisers and deserialisers for every record and value type of the model,
 * in the shape documented in {@code docs/json-format.md}. Register it on your own mapper, or let
 * {@code ObjectMapper.findAndRegisterModules()} find it (the module provides {@code com.fasterxml.jackson.databind.Module};
 * class-path users get it through {@code META-INF/services}).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new MigrationKitModule());
 * mapper.writeValueAsString(ReportedDate.ofMonth(2023, 5));   // "2023-05"
 * }</pre>
 *
 * <p>The shape: records are objects whose properties are their table's columns ({@code TableSchema}), a journey
 * with its legs in {@code legs}; ids, codes, dates and other value types are strings in their canonical text
 * (dates keep their precision: {@code 2023-05}); unknown values are left out, never {@code null} or 0. Reading
 * accepts numbers given as strings ({@code "12"}), treats {@code null} and blank strings as not reported, and
 * rejects with a {@link JsonRecordException} (a {@code MismatchedInputException} carrying the issues with their
 * codes and fields) what does not make a record (the readers of this package report such records as rejections
 * instead). No polymorphic typing is used or needed.
 */
public final class MigrationKitModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module; public for {@code ServiceLoader}. */
    public MigrationKitModule() {
        super("MigrationKitModule", Version.unknownVersion());
        for (Entity e : Entity.values()) {
            record(e.recordType());
        }
        text(MigrantId.class, MigrantId::toString, MigrantId::lookup);
        text(JourneyId.class, JourneyId::toString, JourneyId::lookup);
        text(LegId.class, LegId::toString, LegId::lookup);
        text(IncidentId.class, IncidentId::toString, IncidentId::lookup);
        text(EventId.class, EventId::toString, EventId::lookup);
        text(FigureId.class, FigureId::toString, FigureId::lookup);
        text(RemittanceId.class, RemittanceId::toString, RemittanceId::lookup);
        text(CountryCode.class, CountryCode::toString, CountryCode::lookup);
        text(Region.class, Region::toString, Region::lookup);
        text(GeoPoint.class, GeoPoint::toString, GeoPoint::lookup);
        text(ReportedDate.class, ReportedDate::toString, ReportedDate::lookup);
        text(Period.class, Period::toString, Period::lookup);
        text(AgeBand.class, AgeBand::toString, AgeBand::lookup);
        text(AgeBandSet.class, AgeBandSet::id, t -> AgeBandSet.findById(t.toString()).map(Lookup::found)
                .orElseGet(() -> Lookup.miss(IssueCode.AGE_BAND_NOT_IN_SET)));
        text(OriginRegion.class, OriginRegion::toString, OriginRegion::lookup);
        text(HxlTag.class, HxlTag::toString, HxlTag::lookup);
        text(Sex.class, Sex::code, Sex::lookup);
        text(CauseCategory.class, CauseCategory::code, CauseCategory::lookup);
        text(IncidentType.class, IncidentType::code, IncidentType::lookup);
        text(MmpRegion.class, MmpRegion::code, MmpRegion::lookup);
        text(MmpRoute.class, MmpRoute::code, MmpRoute::lookup);
        text(PopulationType.class, PopulationType::code, PopulationType::lookup);
        text(SpecificNeed.class, SpecificNeed::code, SpecificNeed::lookup);
        text(TransportMode.class, TransportMode::code, TransportMode::lookup);
        text(Facilitation.class, Facilitation::code, Facilitation::lookup);
        text(JourneyPurpose.class, JourneyPurpose::code, JourneyPurpose::lookup);
        text(JourneyStatus.class, JourneyStatus::code, JourneyStatus::lookup);
        text(AssistanceType.class, AssistanceType::code, AssistanceType::lookup);
        text(AssistanceStatus.class, AssistanceStatus::code, AssistanceStatus::lookup);
        text(AssessmentType.class, AssessmentType::code, AssessmentType::lookup);
        text(DisplacementReason.class, DisplacementReason::code, DisplacementReason::lookup);
        text(FigureUnit.class, FigureUnit::code, FigureUnit::lookup);
        text(FigureMeasure.class, FigureMeasure::code, FigureMeasure::lookup);
        text(RemittanceChannel.class, RemittanceChannel::code, RemittanceChannel::lookup);
        text(HxlHashtag.class, HxlHashtag::code, HxlHashtag::lookup);
        text(HxlAttribute.class, HxlAttribute::code, HxlAttribute::lookup);
        text(GcmObjective.class, GcmObjective::code, GcmObjective::lookup);
        text(GuidingPrinciple.class, GuidingPrinciple::code, GuidingPrinciple::lookup);
        text(SdgIndicator.class, SdgIndicator::code, SdgIndicator::lookup);
        composites();
    }

    private <T> void record(Class<T> type) {
        addSerializer(type, new ValueCodecs.RecordSerializer<>(type));
        addDeserializer(type, new ValueCodecs.RecordDeserializer<>(type));
    }

    private <V> void text(Class<V> type, Function<V, String> toText, Function<CharSequence, Lookup<V>> lookup) {
        addSerializer(type, new ValueCodecs.TextSerializer<>(type, toText));
        addDeserializer(type, new ValueCodecs.TextDeserializer<>(type, lookup));
    }

    private void composites() {
        addSerializer(AdminArea.class, new ValueCodecs.ObjectSerializer<>(AdminArea.class, a -> parts(
                "country", a.country(), "level", a.level(), "pcode", a.pcode(), "name", a.name())));
        addDeserializer(AdminArea.class, new ValueCodecs.ObjectDeserializer<>(AdminArea.class, (n, c) ->
                AdminArea.of(required(n, "country", CountryCode.class, c), required(n, "level", Integer.class, c),
                        optional(n, "pcode", String.class, c), optional(n, "name", String.class, c))));
        addSerializer(Location.class, new ValueCodecs.ObjectSerializer<>(Location.class, l -> {
            AdminArea a = l.adminArea();
            GeoPoint p = l.point();
            return parts("country", l.country(), "adm_level", a == null ? null : a.level(),
                    "adm_pcode", a == null ? null : a.pcode(), "adm_name", a == null ? null : a.name(),
                    "place", l.place(), "latitude", p == null ? null : p.latitude(),
                    "longitude", p == null ? null : p.longitude());
        }));
        addDeserializer(Location.class, new ValueCodecs.ObjectDeserializer<>(Location.class, (n, c) -> {
            CountryCode country = optional(n, "country", CountryCode.class, c);
            Integer level = optional(n, "adm_level", Integer.class, c);
            AdminArea admin = level == null ? null : AdminArea.of(
                    java.util.Objects.requireNonNull(country, "an admin area needs its country"), level,
                    optional(n, "adm_pcode", String.class, c), optional(n, "adm_name", String.class, c));
            Double lat = optional(n, "latitude", Double.class, c);
            Double lon = optional(n, "longitude", Double.class, c);
            GeoPoint point = lat == null && lon == null ? null : GeoPoint.of(
                    java.util.Objects.requireNonNull(lat, "latitude"), java.util.Objects.requireNonNull(lon, "longitude"));
            return Location.of(country, admin, optional(n, "place", String.class, c), point);
        }));
        addSerializer(Breakdown.class, new ValueCodecs.ObjectSerializer<>(Breakdown.class, b -> {
            List<Map<String, @Nullable Object>> cells = new ArrayList<>();
            for (Map.Entry<Breakdown.Cell, Integer> e : b.cells().entrySet()) {
                cells.add(parts("sex", e.getKey().sex(), "age_band", e.getKey().band(), "count", e.getValue()));
            }
            return parts("total", b.total(), "complete", b.isComplete(), "age_band_set", b.bandSet(),
                    "cells", cells.isEmpty() ? null : cells);
        }));
        addDeserializer(Breakdown.class, new ValueCodecs.ObjectDeserializer<>(Breakdown.class, (n, c) -> {
            Boolean complete = optional(n, "complete", Boolean.class, c);
            Breakdown.Builder b = Breakdown.builder().total(optional(n, "total", Integer.class, c))
                    .complete(Boolean.TRUE.equals(complete)).bandSet(optional(n, "age_band_set", AgeBandSet.class, c));
            JsonNode cells = n.get("cells");
            if (cells != null && !cells.isNull()) {
                for (JsonNode cell : cells) {
                    b.cell(required(cell, "sex", Sex.class, c), optional(cell, "age_band", AgeBand.class, c),
                            required(cell, "count", Integer.class, c));
                }
            }
            return b.build();
        }));
        ValueCodecs.ObjectSerializer<Beneficiary> beneficiary = new ValueCodecs.ObjectSerializer<>(
                Beneficiary.class, b -> b instanceof Beneficiary.Person
                        ? parts("migrant_id", ((Beneficiary.Person) b).migrant())
                        : parts("count", b.count()));
        addSerializer(Beneficiary.class, beneficiary);
        addSerializer(Beneficiary.Person.class, new ValueCodecs.ObjectSerializer<>(Beneficiary.Person.class,
                b -> parts("migrant_id", b.migrant())));
        addSerializer(Beneficiary.Group.class, new ValueCodecs.ObjectSerializer<>(Beneficiary.Group.class,
                b -> parts("count", b.count())));
        addDeserializer(Beneficiary.class, new ValueCodecs.ObjectDeserializer<>(Beneficiary.class, (n, c) -> {
            MigrantId id = optional(n, "migrant_id", MigrantId.class, c);
            if (id != null) {
                return Beneficiary.person(id);
            }
            Integer count = optional(n, "count", Integer.class, c);
            if (count == null) {
                throw new InvalidValueException(IssueCode.JSON_MISSING_PROPERTY,
                        "A beneficiary has migrant_id (one person) or count (a group).");
            }
            return Beneficiary.group(count);
        }));
    }

    private static Map<String, @Nullable Object> parts(@Nullable Object... keysAndValues) {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
        }
        return map;
    }

    private static <V> @Nullable V optional(JsonNode node, String name, Class<V> type, DeserializationContext c)
            throws java.io.IOException {
        JsonNode v = node.get(name);
        if (v == null || v.isNull() || v.isTextual() && v.asText().isBlank()) {
            return null;
        }
        return c.readTreeAsValue(v, type);
    }

    private static <V> V required(JsonNode node, String name, Class<V> type, DeserializationContext c)
            throws java.io.IOException {
        V v = optional(node, name, type, c);
        if (v == null) {
            throw new IllegalArgumentException("Property " + name + " is missing: it is required.");
        }
        return v;
    }
}
