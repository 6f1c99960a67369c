package org.migrationkit.core.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.geo.GeoPoint;
import org.migrationkit.core.geo.Location;
import org.migrationkit.core.model.AssistanceEvent;
import org.migrationkit.core.model.Beneficiary;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.model.Journey;
import org.migrationkit.core.model.Leg;
import org.migrationkit.core.model.Migrant;
import org.migrationkit.core.model.PopulationFigure;
import org.migrationkit.core.model.Remittance;
import org.migrationkit.core.people.Breakdown;

/**
 * The canonical text of generated records, for the golden hash: one line per record, the entity's name then every
 * field in a fixed order, separated by {@code |}; null is empty; lists joined by {@code ;}. Nothing here depends on
 * the JVM: coordinates are written from their exact binary value rounded to 4 decimals (not through
 * {@code Double.toString}, whose digits changed in JDK 19), decimals with {@code toPlainString}.
 */
final class CanonicalText {
    private final StringBuilder out = new StringBuilder();

    String text() {
        return out.toString();
    }

    void migrant(Migrant m) {
        line("migrant", m.id(), m.sex(), m.age(), m.birthYear(), list(m.nationalities()), m.countryOfBirth(),
                list(m.populationTypes()), list(m.specificNeeds()), m.unaccompanied());
    }

    void journey(Journey j) {
        line("journey", j.id(), j.migrant(), j.origin(), j.destination(), j.route(), j.purpose(), j.status(),
                j.legs().size());
    }

    void leg(Leg l) {
        line("leg", l.journey(), l.sequence(), l.origin(), l.destination(), l.departed(), l.arrived(), l.transport(),
                l.facilitation());
    }

    void event(AssistanceEvent e) {
        Beneficiary b = e.beneficiary();
        Object who = b instanceof Beneficiary.Person ? ((Beneficiary.Person) b).migrant() : "group " + b.count();
        line("assistance-event", e.id(), e.provider(), who, e.type(), e.status(), e.date(), location(e.location()),
                e.consentRecorded(), list(e.objectives()));
    }

    void incident(Incident i) {
        line("incident", i.id(), i.subId(), i.kind(), i.date(), location(i.location()), i.region(), i.route(),
                list(i.causes()), i.reportedCause(), i.dead(), i.missing(), i.total(), i.survivors(), i.females(),
                i.males(), i.children(), list(i.originCountries()), i.originRegion(), list(i.sources()),
                list(i.urls()), i.sourceQuality());
    }

    void figure(PopulationFigure f) {
        Breakdown b = f.breakdown();
        String cells = b.cells().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
        line("population-figure", f.id(), f.populationType(), location(f.location()), f.origin(), f.period(),
                b.total(), b.isComplete(), b.bandSet() == null ? null : b.bandSet().id(), cells, f.unit(),
                f.measure(), f.source(), f.edition());
    }

    void remittance(Remittance r) {
        line("remittance", r.id(), r.from(), r.to(), r.amount().toPlainString(), r.cost().toPlainString(),
                r.currency().getCurrencyCode(), r.channel(), r.date());
    }

    private static @Nullable String location(@Nullable Location l) {
        if (l == null) {
            return null;
        }
        GeoPoint p = l.point();
        return text(l.country()) + "/" + text(l.adminArea()) + "/" + text(l.place()) + "/"
                + (p == null ? "" : decimal(p.latitude()) + "," + decimal(p.longitude()));
    }

    private static String decimal(double d) {
        return new BigDecimal(d).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String list(Collection<?> values) {
        return values.stream().map(CanonicalText::text).collect(Collectors.joining(";"));
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    private void line(String entity, @Nullable Object... fields) {
        StringJoiner j = new StringJoiner("|");
        j.add(entity);
        for (Object f : fields) {
            j.add(text(f));
        }
        out.append(j).append('\n');
    }
}
