package org.migrationkit.core.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.vocab.MmpRegion;
import org.migrationkit.core.vocab.MmpRoute;

/**
 * A named migration route: a Missing Migrants Project route with the region it mostly lies in and the countries
 * journeys on it usually start from, cross or reach.
 *
 * <p><b>The region and the usual countries are the library's documented heuristic, not a published standard</b>
 * (DESIGN §7): MMP names routes (domain-standards §1.3) but publishes no list of their countries. The catalogue
 * behind {@link #of(MmpRoute)} takes the region from where MMP files most of the route's incidents (its "Region of
 * Incident" in the MMP data 2014–2023) and the countries from the route's name and MMP's descriptions of it (the
 * EHOA Eastern Route: Ethiopia → Djibouti or Somalia → Yemen → Saudi Arabia). The sample-data generator draws
 * journeys from it; no rule checks a journey's countries against it. Routes whose extent MMP does not describe
 * ({@link MmpRoute#HORN_OF_AFRICA_ROUTE}, {@link MmpRoute#CARIBBEAN_TO_CENTRAL_AMERICA}) have no region and no usual
 * countries. Build a {@code Route} with the constructor to use other countries.
 *
 * <pre>{@code
 * Route.of(MmpRoute.EASTERN_ROUTE_TO_FROM_EHOA).usualCountries();   // [ETH, DJI, SOM, YEM, SAU]
 * Route.of(MmpRoute.DARIEN).includes(CountryCode.of("PAN"));        // true
 * }</pre>
 *
 * @param name the route, not null
 * @param region the Missing Migrants Project region the route mostly lies in; null if not known or the route spans
 *     regions evenly
 * @param usualCountries the countries journeys on the route usually start from, cross or reach, roughly in travel
 *     order; empty if not known; unmodifiable
 */
public record Route(MmpRoute name, @Nullable MmpRegion region, List<CountryCode> usualCountries) {
    private static final Map<MmpRoute, Route> CATALOGUE = catalogue(
            // route, region, usual countries (ISO 3166-1 alpha-3, roughly in travel order)
            entry(MmpRoute.US_MEXICO_BORDER_CROSSING, MmpRegion.NORTH_AMERICA, "GTM HND SLV MEX USA"),
            entry(MmpRoute.AFGHANISTAN_TO_IRAN, MmpRegion.SOUTHERN_ASIA, "AFG IRN"),
            entry(MmpRoute.SAHARA_DESERT_CROSSING, MmpRegion.NORTHERN_AFRICA, "NER MLI TCD SDN LBY DZA"),
            entry(MmpRoute.CENTRAL_MEDITERRANEAN, MmpRegion.MEDITERRANEAN, "NGA NER LBY TUN ITA MLT"),
            entry(MmpRoute.WESTERN_MEDITERRANEAN, MmpRegion.MEDITERRANEAN, "MAR DZA ESP"),
            entry(MmpRoute.EASTERN_ROUTE_TO_FROM_EHOA, MmpRegion.EASTERN_AFRICA, "ETH DJI SOM YEM SAU"),
            entry(MmpRoute.EASTERN_MEDITERRANEAN, MmpRegion.MEDITERRANEAN, "SYR AFG TUR GRC CYP"),
            entry(MmpRoute.WESTERN_AFRICA_ATLANTIC_ROUTE_TO_THE_CANARY_ISLANDS, MmpRegion.NORTHERN_AFRICA,
                    "SEN GMB MRT ESH MAR CPV ESP"),
            entry(MmpRoute.WESTERN_BALKANS, MmpRegion.EUROPE, "GRC BGR MKD ALB SRB BIH HRV HUN"),
            entry(MmpRoute.DARIEN, MmpRegion.CENTRAL_AMERICA, "COL PAN"),
            entry(MmpRoute.TURKIYE_EUROPE_LAND_ROUTE, MmpRegion.WESTERN_ASIA, "TUR GRC BGR"),
            entry(MmpRoute.ENGLISH_CHANNEL_TO_THE_UK, MmpRegion.EUROPE, "FRA GBR"),
            entry(MmpRoute.SYRIA_TO_TURKIYE, MmpRegion.WESTERN_ASIA, "SYR TUR"),
            entry(MmpRoute.BELARUS_EU_BORDER, MmpRegion.EUROPE, "BLR POL LTU LVA"),
            entry(MmpRoute.IRAN_TO_TURKIYE, MmpRegion.SOUTHERN_ASIA, "IRN TUR"),
            entry(MmpRoute.ROUTE_TO_SOUTHERN_AFRICA, MmpRegion.EASTERN_AFRICA, "ETH SOM KEN TZA MWI MOZ ZAF"),
            entry(MmpRoute.CARIBBEAN_TO_US, MmpRegion.CARIBBEAN, "CUB HTI DOM BHS USA"),
            entry(MmpRoute.HORN_OF_AFRICA_ROUTE, null, ""),
            entry(MmpRoute.DOMINICAN_REPUBLIC_TO_PUERTO_RICO, MmpRegion.CARIBBEAN, "DOM PRI"),
            entry(MmpRoute.NORTHERN_ROUTE_FROM_EHOA, MmpRegion.EASTERN_AFRICA, "ETH ERI SDN EGY LBY"),
            entry(MmpRoute.ITALY_TO_FRANCE, MmpRegion.EUROPE, "ITA FRA"),
            entry(MmpRoute.SEA_CROSSINGS_TO_MAYOTTE, MmpRegion.EASTERN_AFRICA, "COM MDG MYT"),
            entry(MmpRoute.HAITI_TO_DOMINICAN_REPUBLIC, MmpRegion.CARIBBEAN, "HTI DOM"),
            entry(MmpRoute.UKRAINE_TO_EUROPE, MmpRegion.EUROPE, "UKR MDA ROU HUN SVK POL"),
            entry(MmpRoute.VENEZUELA_TO_CARIBBEAN, MmpRegion.CARIBBEAN, "VEN TTO CUW ABW"),
            entry(MmpRoute.CARIBBEAN_TO_CENTRAL_AMERICA, null, ""),
            entry(MmpRoute.BAY_OF_BENGAL_ANDAMAN_SEA, MmpRegion.SOUTH_EASTERN_ASIA, "MMR BGD THA MYS IDN"),
            entry(MmpRoute.DRC_TO_UGANDA, MmpRegion.EASTERN_AFRICA, "COD UGA"),
            entry(MmpRoute.NAF_RIVER_CROSSING, MmpRegion.SOUTHERN_ASIA, "MMR BGD"),
            entry(MmpRoute.MALAYSIA_TO_INDONESIA, MmpRegion.SOUTH_EASTERN_ASIA, "MYS IDN"));

    /**
     * Creates a route.
     *
     * @throws NullPointerException if {@code name}, {@code usualCountries} or one of the countries is null
     */
    public Route {
        Objects.requireNonNull(name, "name");
        usualCountries = List.copyOf(usualCountries);
    }

    /**
     * Returns the catalogue's route of this name: its region and usual countries as the library's heuristic has them
     * (see the type's description).
     *
     * @param name the route, not null
     * @return the route; with no region and no countries for a route the catalogue does not describe
     */
    public static Route of(MmpRoute name) {
        return CATALOGUE.get(Objects.requireNonNull(name, "name"));
    }

    /**
     * Returns the catalogue: one route per {@link MmpRoute} constant.
     *
     * @return the routes, in the declaration order of {@link MmpRoute}
     */
    public static List<Route> catalogue() {
        return List.copyOf(CATALOGUE.values());
    }

    /**
     * Returns whether the country is one of the route's usual countries.
     *
     * @param country the country, not null
     * @return true if it is in {@link #usualCountries()}
     */
    public boolean includes(CountryCode country) {
        return usualCountries.contains(Objects.requireNonNull(country, "country"));
    }

    private static Route entry(MmpRoute name, @Nullable MmpRegion region, String countries) {
        List<CountryCode> codes = new ArrayList<>();
        for (String code : countries.split(" ")) {
            if (!code.isEmpty()) {
                codes.add(CountryCode.of(code));
            }
        }
        return new Route(name, region, codes);
    }

    private static Map<MmpRoute, Route> catalogue(Route... routes) {
        Map<MmpRoute, Route> map = new EnumMap<>(MmpRoute.class);
        for (Route r : routes) {
            map.put(r.name(), r);
        }
        // Every constant has an entry, so of(..) never returns null; a new MmpRoute constant must be added above.
        List<MmpRoute> missing = Stream.of(MmpRoute.values()).filter(r -> !map.containsKey(r))
                .collect(Collectors.toList());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Route catalogue lacks " + missing);
        }
        return map;
    }
}
