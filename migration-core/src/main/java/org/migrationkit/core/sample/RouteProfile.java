package org.migrationkit.core.sample;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.geo.GeoPoint;
import org.migrationkit.core.geo.Location;
import org.migrationkit.core.model.Route;
import org.migrationkit.core.vocab.JourneyPurpose;
import org.migrationkit.core.vocab.MmpRegion;
import org.migrationkit.core.vocab.MmpRoute;
import org.migrationkit.core.vocab.PopulationType;
import org.migrationkit.core.vocab.TransportMode;

/**
 * What the generator knows about one route: the stages of a journey on it, who travels (nationalities, share of
 * women and of children), how (transport by land and by sea, smugglers), why, and where people die on it.
 *
 * <p><b>A documented heuristic of the generator, not a published standard</b> (DESIGN §7). Every country of a stage
 * is one of the route's usual countries ({@link Route#of(MmpRoute)}), checked when the class loads; the stages
 * follow the travel order MMP describes (the EHOA Eastern Route: Ethiopia → Djibouti or Somalia (Bossaso) → Yemen
 * → Saudi Arabia; the Central Mediterranean: West Africa → Niger → Libya or Tunisia → Italy or Malta). The shares of
 * women and children are round figures in the direction DTM flow monitoring reports them (few women on the Eastern
 * and Atlantic routes, many on the Ukraine and Darién routes), not measured values. The incident weights are MMP's
 * row counts per route 2014–2025 (domain-standards §1.3), except the Bay of Bengal, raised from 4 to 40 so that it
 * shows up in small samples.
 */
final class RouteProfile {
    /** One step of a journey: the countries it may pass through, by weight; optional steps are taken by chance. */
    record Stage(Weighted<CountryCode> countries, double probability, boolean entry) {
    }

    /**
     * A place where incidents happen on the route, with its MMP region, its causes, and the sources that report
     * there: the IOM office (quality 4) and the authority (quality 5).
     */
    record Place(Location location, MmpRegion region, CauseProfile causes, String office, String authority,
            String violence) {
    }

    private static final Map<MmpRoute, RouteProfile> PROFILES = new EnumMap<>(MmpRoute.class);

    static {
        add(new RouteProfile(MmpRoute.EASTERN_ROUTE_TO_FROM_EHOA, 18, 599)
                .stages("ETH:85,SOM:15 > DJI:45,SOM:55 > YEM > SAU").people(null, 0.22, 0.15)
                .transport("FOOT:40,BUS:25,TRUCK:35", "DJI-YEM SOM-YEM", "BOAT:70,SMALL_BOAT:30", 0.85)
                .purposes("LABOUR:80,MIGRATION:15,FAMILY:5", "MIGRANT:70,LABOUR_MIGRANT:30")
                .place(5, "YEM", "off the coast of Lahj, Yemen", 130500, 448800, MmpRegion.WESTERN_ASIA,
                        CauseProfile.SEA, "IOM Yemen", "Yemeni Coast Guard")
                .place(2, "DJI", "off Obock, Djibouti", 119700, 432900, MmpRegion.EASTERN_AFRICA, CauseProfile.SEA,
                        "IOM Djibouti", "Djibouti Coast Guard")
                .place(3, "YEM", "Sa'dah, near the Saudi border", 169400, 437600, MmpRegion.WESTERN_ASIA,
                        CauseProfile.BORDER_VIOLENCE, "IOM Yemen", "Yemeni Ministry of Health")
                .place(1, "ETH", "Afar, Ethiopia", 117600, 410100, MmpRegion.EASTERN_AFRICA, CauseProfile.DESERT,
                        "IOM Ethiopia", "Ethiopian authorities"));
        add(new RouteProfile(MmpRoute.CENTRAL_MEDITERRANEAN, 15, 1659)
                .stages("NGA > *NER > LBY:80,TUN:20 > ITA:90,MLT:10")
                .people("NGA:30,GIN:14,CIV:14,MLI:12,GMB:10,SEN:10,NER:10", 0.15, 0.10)
                .transport("BUS:40,TRUCK:45,CAR:15", "LBY-ITA LBY-MLT TUN-ITA TUN-MLT", "BOAT:45,SMALL_BOAT:55", 0.9)
                .purposes("MIGRATION:40,ASYLUM:25,LABOUR:35", "MIGRANT:70,ASY:30")
                .place(4, "LBY", "off Zuwara, Libya", 329300, 120800, MmpRegion.MEDITERRANEAN, CauseProfile.SEA,
                        "IOM Libya", "Libyan Coast Guard")
                .place(3, "ITA", "off Lampedusa, Italy", 355000, 126000, MmpRegion.MEDITERRANEAN, CauseProfile.SEA,
                        "IOM Italy", "Italian Coast Guard")
                .place(3, "TUN", "off Sfax, Tunisia", 347400, 107600, MmpRegion.MEDITERRANEAN, CauseProfile.SEA,
                        "IOM Tunisia", "Tunisian National Guard"));
        add(new RouteProfile(MmpRoute.WESTERN_AFRICA_ATLANTIC_ROUTE_TO_THE_CANARY_ISLANDS, 8, 350)
                .stages("SEN:50,GMB:50 > *MRT?40 > ESP").people("SEN:35,GMB:30,MLI:20,GIN:15", 0.08, 0.12)
                .transport("BUS:70,CAR:30", "SEN-ESP GMB-ESP MRT-ESP", "BOAT:100", 0.9)
                .purposes("MIGRATION:50,LABOUR:45,ASYLUM:5", "MIGRANT:85,ASY:15")
                .place(4, "MRT", "off Nouadhibou, Mauritania", 209000, -170500, MmpRegion.NORTHERN_AFRICA,
                        CauseProfile.SEA, "IOM Mauritania", "Mauritanian Coast Guard")
                .place(3, "ESP", "off El Hierro, Canary Islands", 276500, -180000, MmpRegion.NORTHERN_AFRICA,
                        CauseProfile.SEA, "IOM Spain", "Salvamento Marítimo")
                .place(2, "SEN", "off Mbour, Senegal", 144000, -169700, MmpRegion.WESTERN_AFRICA, CauseProfile.SEA,
                        "IOM Senegal", "Senegalese Navy"));
        add(new RouteProfile(MmpRoute.AFGHANISTAN_TO_IRAN, 10, 3236)
                .stages("AFG > IRN").people(null, 0.08, 0.18)
                .transport("FOOT:35,CAR:30,TRUCK:20,BUS:15", "", "BOAT:1", 0.75)
                .purposes("LABOUR:70,ASYLUM:20,FAMILY:10", "MIGRANT:80,LABOUR_MIGRANT:20")
                .quality("4:70,2:15,1:15")
                .place(5, "IRN", "Saravan border area, Iran", 273700, 623300, MmpRegion.SOUTHERN_ASIA,
                        CauseProfile.BORDER_VIOLENCE, "IOM Afghanistan", "Iranian authorities")
                .place(3, "AFG", "Nimroz, Afghanistan", 309500, 618600, MmpRegion.SOUTHERN_ASIA,
                        CauseProfile.BORDER_VIOLENCE, "IOM Afghanistan", "Afghan authorities"));
        add(new RouteProfile(MmpRoute.US_MEXICO_BORDER_CROSSING, 12, 4256)
                .stages("HND:40,GTM:35,SLV:25 > GTM?50 > MEX > USA").people(null, 0.32, 0.25)
                .transport("BUS:45,TRUCK:25,FOOT:20,TRAIN:10", "", "BOAT:1", 0.7)
                .purposes("MIGRATION:40,ASYLUM:30,LABOUR:20,FAMILY:10", "MIGRANT:70,ASY:30")
                .quality("5:60,1:20,3:20")
                .place(6, "USA", "Pima County, Arizona", 319000, -1119000, MmpRegion.NORTH_AMERICA,
                        CauseProfile.US_MEXICO, "IOM", "Pima County Office of the Medical Examiner (PCOME)")
                .place(3, "USA", "Rio Grande near Eagle Pass, Texas", 287100, -1005000, MmpRegion.NORTH_AMERICA,
                        CauseProfile.US_MEXICO, "IOM", "US Border Patrol")
                .place(2, "MEX", "Ciudad Juárez, Chihuahua", 316900, -1064200, MmpRegion.CENTRAL_AMERICA,
                        CauseProfile.US_MEXICO, "IOM Mexico", "Fiscalía General del Estado de Chihuahua"));
        add(new RouteProfile(MmpRoute.SAHARA_DESERT_CROSSING, 6, 2228)
                .stages("MLI:30,NER:45,TCD:15,SDN:10 > LBY:70,DZA:30").people(null, 0.12, 0.08)
                .transport("TRUCK:60,CAR:30,MOTORBIKE:10", "", "BOAT:1", 0.9)
                .purposes("MIGRATION:50,LABOUR:50", "MIGRANT:100")
                .place(4, "NER", "Ténéré desert north of Agadez, Niger", 185000, 95000, MmpRegion.WESTERN_AFRICA,
                        CauseProfile.DESERT, "IOM Niger", "Nigerien authorities")
                .place(3, "LBY", "Kufra, Libya", 241800, 233000, MmpRegion.NORTHERN_AFRICA, CauseProfile.DESERT,
                        "IOM Libya", "Libyan Red Crescent")
                .place(2, "DZA", "Tamanrasset, Algeria", 227900, 55200, MmpRegion.NORTHERN_AFRICA,
                        CauseProfile.DESERT, "IOM Niger", "Algerian authorities"));
        add(new RouteProfile(MmpRoute.WESTERN_MEDITERRANEAN, 4, 785)
                .stages("MAR:70,DZA:30 > ESP").people("MAR:45,DZA:25,GIN:10,MLI:10,CIV:10", 0.08, 0.15)
                .transport("BUS:100", "MAR-ESP DZA-ESP", "SMALL_BOAT:80,BOAT:20", 0.85)
                .purposes("MIGRATION:60,LABOUR:40", "MIGRANT:100")
                .place(3, "ESP", "Alboran Sea", 359500, -30000, MmpRegion.MEDITERRANEAN, CauseProfile.SEA,
                        "IOM Spain", "Salvamento Marítimo")
                .place(2, "DZA", "off Oran, Algeria", 357500, -7000, MmpRegion.MEDITERRANEAN, CauseProfile.SEA,
                        "IOM Algeria", "Algerian Coast Guard"));
        add(new RouteProfile(MmpRoute.EASTERN_MEDITERRANEAN, 6, 444)
                .stages("SYR:55,AFG:45 > TUR > GRC:85,CYP:15").people(null, 0.30, 0.30)
                .transport("BUS:40,CAR:30,FOOT:30", "TUR-GRC TUR-CYP", "SMALL_BOAT:80,BOAT:20", 0.85)
                .purposes("ASYLUM:75,FAMILY:15,MIGRATION:10", "ASY:60,REF:40")
                .place(4, "GRC", "off Lesvos, Greece", 392000, 263000, MmpRegion.MEDITERRANEAN, CauseProfile.SEA,
                        "IOM Greece", "Hellenic Coast Guard")
                .place(2, "TUR", "off Ayvalık, Türkiye", 393200, 266900, MmpRegion.MEDITERRANEAN, CauseProfile.SEA,
                        "IOM Türkiye", "Turkish Coast Guard"));
        add(new RouteProfile(MmpRoute.DARIEN, 5, 229)
                .stages("COL > PAN").people("VEN:55,ECU:15,HTI:15,COL:15", 0.35, 0.25)
                .transport("FOOT:85,BOAT:15", "", "BOAT:1", 0.6)
                .purposes("MIGRATION:50,ASYLUM:30,FAMILY:20", "MIGRANT:100")
                .place(4, "PAN", "Darién Gap, Panama", 80000, -773000, MmpRegion.CENTRAL_AMERICA, CauseProfile.JUNGLE,
                        "IOM Panama", "Servicio Nacional de Fronteras (SENAFRONT)")
                .place(1, "COL", "Necoclí, Colombia", 84200, -767800, MmpRegion.SOUTH_AMERICA, CauseProfile.JUNGLE,
                        "IOM Colombia", "Colombian authorities"));
        add(new RouteProfile(MmpRoute.ENGLISH_CHANNEL_TO_THE_UK, 3, 169)
                .stages("FRA > GBR").people("AFG:25,IRN:20,IRQ:20,ERI:15,SDN:10,SYR:10", 0.10, 0.12)
                .transport("TRUCK:100", "FRA-GBR", "SMALL_BOAT:100", 0.95)
                .purposes("ASYLUM:70,FAMILY:20,MIGRATION:10", "ASY:80,MIGRANT:20")
                .place(3, "FRA", "off Wimereux, France", 507700, 16000, MmpRegion.EUROPE, CauseProfile.SEA,
                        "IOM France", "Préfecture maritime de la Manche")
                .place(2, "FRA", "Calais, France", 509500, 18500, MmpRegion.EUROPE, CauseProfile.LAND_EUROPE,
                        "IOM France", "French authorities"));
        add(new RouteProfile(MmpRoute.BELARUS_EU_BORDER, 2, 103)
                .stages("BLR > POL:60,LTU:25,LVA:15").people("IRQ:40,SYR:25,AFG:20,YEM:15", 0.15, 0.15)
                .transport("FOOT:90,CAR:10", "", "BOAT:1", 0.7)
                .purposes("ASYLUM:80,MIGRATION:20", "ASY:90,MIGRANT:10")
                .place(3, "POL", "Podlaskie forest, Poland", 527000, 238000, MmpRegion.EUROPE,
                        CauseProfile.LAND_EUROPE, "IOM Poland", "Polish Border Guard")
                .place(1, "LTU", "Druskininkai border area, Lithuania", 540100, 239700, MmpRegion.EUROPE,
                        CauseProfile.LAND_EUROPE, "IOM Lithuania", "Lithuanian State Border Guard Service"));
        add(new RouteProfile(MmpRoute.UKRAINE_TO_EUROPE, 5, 14)
                .stages("UKR > POL:50,MDA:15,ROU:15,HUN:10,SVK:10").people(null, 0.65, 0.35)
                .transport("TRAIN:35,BUS:35,CAR:30", "", "BOAT:1", 0.02)
                .purposes("ASYLUM:85,FAMILY:15", "REF:100")
                .place(1, "ROU", "Tisza river, Romania", 479500, 241000, MmpRegion.EUROPE, CauseProfile.LAND_EUROPE,
                        "IOM Romania", "Romanian Border Police"));
        add(new RouteProfile(MmpRoute.BAY_OF_BENGAL_ANDAMAN_SEA, 3, 40)
                .stages("MMR:40,BGD:60 > MYS:60,IDN:40").people("MMR:100", 0.40, 0.35)
                .transport("BOAT:100", "MMR-MYS MMR-IDN BGD-MYS BGD-IDN", "BOAT:100", 0.95)
                .purposes("ASYLUM:70,FAMILY:20,MIGRATION:10", "REF:70,STA:30")
                .place(2, "IDN", "off Aceh, Indonesia", 55000, 953000, MmpRegion.SOUTH_EASTERN_ASIA, CauseProfile.SEA,
                        "IOM Indonesia", "Indonesian Search and Rescue Agency (BASARNAS)")
                .place(1, "MMR", "off Rakhine, Myanmar", 195000, 935000, MmpRegion.SOUTH_EASTERN_ASIA,
                        CauseProfile.SEA, "IOM Myanmar", "Myanmar authorities"));
        add(new RouteProfile(MmpRoute.ROUTE_TO_SOUTHERN_AFRICA, 3, 95)
                .stages("ETH:75,SOM:25 > KEN > TZA > MWI?60 > MOZ > ZAF").people(null, 0.05, 0.15)
                .transport("TRUCK:50,BUS:30,FOOT:20", "", "BOAT:1", 0.9)
                .purposes("LABOUR:85,MIGRATION:15", "MIGRANT:100")
                .place(2, "TZA", "Mbeya, Tanzania", -89000, 334500, MmpRegion.EASTERN_AFRICA, CauseProfile.TRUCK,
                        "IOM Tanzania", "Tanzanian Police")
                .place(1, "MOZ", "Tete, Mozambique", -161600, 335900, MmpRegion.EASTERN_AFRICA, CauseProfile.TRUCK,
                        "IOM Mozambique", "Mozambican authorities"));
        add(new RouteProfile(MmpRoute.NORTHERN_ROUTE_FROM_EHOA, 3, 45)
                .stages("ETH:60,ERI:40 > SDN > EGY?30 > LBY").people(null, 0.20, 0.15)
                .transport("TRUCK:60,CAR:25,FOOT:15", "", "BOAT:1", 0.9)
                .purposes("ASYLUM:50,MIGRATION:30,LABOUR:20", "ASY:50,MIGRANT:50")
                .place(2, "SDN", "North Darfur desert, Sudan", 170000, 250000, MmpRegion.NORTHERN_AFRICA,
                        CauseProfile.DESERT, "IOM Sudan", "Sudanese authorities")
                .place(1, "LBY", "Kufra, Libya", 241800, 233000, MmpRegion.NORTHERN_AFRICA, CauseProfile.DESERT,
                        "IOM Libya", "Libyan Red Crescent"));
    }

    private final MmpRoute route;
    private final int journeyWeight;
    private final int incidentWeight;
    private final List<Stage> stages = new ArrayList<>();
    private int entryStage;
    private @Nullable Weighted<CountryCode> nationalities;
    private double femaleShare;
    private double childShare;
    private @Nullable Weighted<TransportMode> landModes;
    private @Nullable Weighted<TransportMode> seaModes;
    private final List<String> seaCrossings = new ArrayList<>();
    private double smugglerShare;
    private @Nullable Weighted<JourneyPurpose> purposes;
    private @Nullable Weighted<PopulationType> populationTypes;
    private Weighted<Integer> quality = Weighted.parse("1:11,2:19,3:12,4:35,5:23", Integer::valueOf);
    private final List<Place> places = new ArrayList<>();
    private final List<Integer> placeWeights = new ArrayList<>();
    private @Nullable Weighted<Place> placeChoice;

    private RouteProfile(MmpRoute route, int journeyWeight, int incidentWeight) {
        this.route = route;
        this.journeyWeight = journeyWeight;
        this.incidentWeight = incidentWeight;
    }

    private static void add(RouteProfile p) {
        Set<CountryCode> usual = Set.copyOf(Route.of(p.route).usualCountries());
        for (Stage s : p.stages) {
            for (CountryCode c : s.countries().items()) {
                if (!usual.contains(c)) {
                    throw new IllegalStateException(c + " is not a usual country of " + p.route);
                }
            }
        }
        p.placeChoice = Weighted.of(p.places, p.placeWeights);
        PROFILES.put(p.route, p);
    }

    /** The routes the generator knows, in {@link MmpRoute} declaration order. */
    static List<MmpRoute> supported() {
        return List.copyOf(PROFILES.keySet());
    }

    static @Nullable RouteProfile find(MmpRoute route) {
        return PROFILES.get(route);
    }

    // ---- table DSL (class initialisation only) ----

    private RouteProfile stages(String spec) {
        String[] parts = spec.split(">");
        for (int i = 0; i < parts.length; i++) {
            String s = parts[i].trim();
            boolean entry = s.startsWith("*");
            if (entry) {
                s = s.substring(1);
                entryStage = i;
            }
            double probability = 1.0;
            int q = s.indexOf('?');
            if (q >= 0) {
                probability = Integer.parseInt(s.substring(q + 1)) / 100.0;
                s = s.substring(0, q);
            }
            stages.add(new Stage(Weighted.parse(s, CountryCode::of), probability, entry));
        }
        return this;
    }

    private RouteProfile people(@Nullable String nationalitySpec, double female, double children) {
        this.nationalities = nationalitySpec == null ? null : Weighted.parse(nationalitySpec, CountryCode::of);
        this.femaleShare = female;
        this.childShare = children;
        return this;
    }

    private RouteProfile transport(String land, String seaPairs, String sea, double smugglers) {
        this.landModes = Weighted.parse(land, TransportMode::valueOf);
        this.seaModes = Weighted.parse(sea, TransportMode::valueOf);
        for (String pair : seaPairs.trim().split("\\s+")) {
            if (!pair.isEmpty()) {
                seaCrossings.add(pair);
            }
        }
        this.smugglerShare = smugglers;
        return this;
    }

    private RouteProfile purposes(String purposeSpec, String typeSpec) {
        this.purposes = Weighted.parse(purposeSpec, JourneyPurpose::valueOf);
        this.populationTypes = Weighted.parse(typeSpec, PopulationType::valueOf);
        return this;
    }

    private RouteProfile quality(String spec) {
        this.quality = Weighted.parse(spec, Integer::valueOf);
        return this;
    }

    private RouteProfile place(int weight, String country, String text, int latE4, int lonE4, MmpRegion region,
            CauseProfile causes, String office, String authority) {
        // Exact decimal degrees: an integer over 10^4 is the double nearest that decimal on every JVM.
        GeoPoint point = GeoPoint.of(latE4 / 10_000.0, lonE4 / 10_000.0);
        String violence = route == MmpRoute.AFGHANISTAN_TO_IRAN ? "Gun Shot (by Iranian border police)" : "Gunshot";
        places.add(new Place(Location.of(CountryCode.of(country), null, text, point), region, causes, office,
                authority, violence));
        placeWeights.add(weight);
        return this;
    }

    // ---- accessors ----

    MmpRoute route() {
        return route;
    }

    int journeyWeight() {
        return journeyWeight;
    }

    int incidentWeight() {
        return incidentWeight;
    }

    List<Stage> stages() {
        return stages;
    }

    int entryStage() {
        return entryStage;
    }

    /** The nationalities of travellers, or null when they are the journey's origin country. */
    @Nullable Weighted<CountryCode> nationalities() {
        return nationalities;
    }

    double femaleShare() {
        return femaleShare;
    }

    double childShare() {
        return childShare;
    }

    Weighted<TransportMode> landModes() {
        return Objects.requireNonNull(landModes);
    }

    Weighted<TransportMode> seaModes() {
        return Objects.requireNonNull(seaModes);
    }

    boolean isSeaCrossing(CountryCode from, CountryCode to) {
        return seaCrossings.contains(from.alpha3() + "-" + to.alpha3());
    }

    double smugglerShare() {
        return smugglerShare;
    }

    Weighted<JourneyPurpose> purposes() {
        return Objects.requireNonNull(purposes);
    }

    Weighted<PopulationType> populationTypes() {
        return Objects.requireNonNull(populationTypes);
    }

    Weighted<Integer> quality() {
        return quality;
    }

    Weighted<Place> places() {
        return Objects.requireNonNull(placeChoice);
    }
}
