package org.migrationkit.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.geo.GeoPoint;
import org.migrationkit.core.geo.Region;
import org.migrationkit.core.gcm.ObjectiveMapping;
import org.migrationkit.core.people.AgeBand;
import org.migrationkit.core.people.AgeBandSet;
import org.migrationkit.core.people.Breakdown;
import org.migrationkit.core.people.Sex;
import org.migrationkit.core.time.DateFormat;
import org.migrationkit.core.time.Period;
import org.migrationkit.core.validation.Lookup;
import org.migrationkit.core.vocab.AssistanceType;
import org.migrationkit.core.vocab.CauseCategory;
import org.migrationkit.core.vocab.HxlTag;
import org.migrationkit.core.vocab.MmpRoute;
import org.migrationkit.core.vocab.PopulationType;

/**
 * The value types and code lists of migration-core, as the README shows them: factories that throw on bad input
 * for values a program gives, and lookups that never throw for values read from partners' files.
 */
public final class ValueTypesExample {
    private ValueTypesExample() {
    }

    /**
     * Prints each example with its result.
     *
     * @param args none
     */
    public static void main(String... args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        // Countries: ISO 3166-1 with UN M49 regions, UN names and the non-ISO codes of real data.
        out.println(CountryCode.of("YEM").subRegion().name());                // Western Asia
        out.println(CountryCode.lookup("Türkiye").value());                   // TUR
        Lookup<CountryCode> typo = CountryCode.lookup("Germnay");             // a miss, never an exception
        out.println(typo.code() + " " + typo.suggestion());                   // country.unknown DEU
        out.println(Region.lookup("South Asia").value().name());              // Southern Asia
        out.println(GeoPoint.parse("38.610762461670, 26.651187816406").latitude()); // 38.61076246167

        // Dates keep their precision; each real file's format is an explicit object, never a guess per cell.
        out.println(DateFormat.MMP_WEB_2017.parse("January 05, 2020"));       // 2020-01-05
        out.println(DateFormat.MMP_WEB_2026.parse("Thu, 01/01/2026 - 12:00")); // 2026-01-01
        out.println(Period.parse("2023-01/2023-06").contains(LocalDate.of(2023, 3, 1))); // true

        // People: age bands, the named band sets, and breakdowns that check their own arithmetic.
        out.println(AgeBandSet.UNHCR.bandOf(7));                              // 5-11
        out.println(AgeBand.parse("60+").contains(75));                       // true
        Breakdown figures = Breakdown.builder().total(120).complete(true)
                .cell(Sex.FEMALE, AgeBand.of(0, 4), 10).cell(Sex.MALE, AgeBand.of(0, 4), 12).build();
        out.println(figures.check().get(0).code());                           // count.breakdown-mismatch

        // Vocabularies: exact source codes, legacy names mapped, "did you mean" on a miss.
        out.println(MmpRoute.lookup("Darien Gap").value().code());            // Darien
        out.println(CauseCategory.parseList("Drowning,Mixed or unknown"));     // [Drowning, Mixed or unknown]
        out.println(PopulationType.ofCode("ASY").label());                    // Asylum-seekers
        out.println(HxlTag.parse("#affected+f+children").matches("#affected+f-adults")); // true
        out.println(ObjectiveMapping.defaults().objectivesFor(AssistanceType.AVRR)); // [21]
    }
}
