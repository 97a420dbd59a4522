"""General knowledge about news English: titles, institutions, outlets, verbs of attribution.

Nothing here is taken from particular articles: these are the words and names any reader of
international news knows.
"""
from __future__ import annotations

# Words that make up a person's title or role ("US Defense Secretary", "Deputy Press Secretary").
TITLE_WORDS = frozenset("""
president vice prime minister secretary general secretary-general deputy press spokesperson spokesman
spokeswoman spokesperson defense defence foreign interior finance justice home state chief leader
envoy ambassador chancellor king queen prince princess crown senator sen. governor mayor director
commander admiral general gen. col. colonel lt. lieutenant major sgt. sergeant chairman chairwoman chair
head counselor counsellor adviser advisor assistant staff representative rep. dr. mr. mrs. ms. pope
cardinal archbishop bishop sheikh emir speaker lawmaker judge justice attorney inspector commissioner
officer official undersecretary under-secretary minister-president premier first lady supreme
national security intelligence army navy military air force coast guard trade economy economic
education health labour labor energy agriculture environment culture information transport
defense-minister opposition party ruling former acting interim senior junior top ex- chief-of-staff
executive ceo founder editor correspondent analyst expert diplomat counterpart dictator leader
""".split())

# Heads of noun phrases that name an institution of a country ("South Korean defence ministry").
INSTITUTION_HEADS = frozenset("""
ministry department office agency service council commission parliament assembly cabinet
""".split())
# Institutions that only count when written as names ("the Russian Navy", not "the Ukrainian military").
CAPITALISED_INSTITUTION_HEADS = frozenset("army navy force forces guard police government embassy military".split())

# Major news organisations, with their usual short forms. Outlets are speakers of kind "reported".
NEWS_OUTLETS: dict[str, list[str]] = {
    "Reuters": [],
    "Associated Press": ["AP"],
    "Agence France-Presse": ["AFP"],
    "Yonhap": ["Yonhap News Agency", "Yonhap news agency"],
    "Kyodo": ["Kyodo News", "Kyodo news agency"],
    "Xinhua": ["Xinhua News Agency"],
    "TASS": ["Tass"],
    "RIA Novosti": [],
    "Interfax": [],
    "KCNA": ["Korean Central News Agency"],
    "IANS": ["Indo-Asian News Service"],
    "ANI": ["Asian News International"],
    "PTI": ["Press Trust of India"],
    "Al Jazeera": [],
    "Al Arabiya": [],
    "Asharq Al-Awsat": [],
    "Al-Monitor": [],
    "Middle East Eye": [],
    "Arab News": [],
    "The National": [],
    "Tasnim": ["Tasnim News Agency"],
    "IRNA": ["Islamic Republic News Agency"],
    "Fars": ["Fars News Agency"],
    "WAFA": [],
    "SANA": [],
    "MENA": ["Middle East News Agency"],
    "EFE": [],
    "ANSA": [],
    "dpa": ["Deutsche Presse-Agentur", "DPA"],
    "Jiji Press": ["Jiji"],
    "Bernama": [],
    "Antara": [],
    "PAP": [],
    "Sputnik": [],
    "Daily NK": [],
    "NK News": [],
    "Korea JoongAng Daily": ["JoongAng"],
    "The Korea Herald": ["Korea Herald"],
    "The Korea Times": ["Korea Times"],
    "The Japan Times": ["Japan Times"],
    "Asahi Shimbun": ["Asahi"],
    "Yomiuri Shimbun": ["Yomiuri"],
    "Mainichi": [],
    "Global Times": [],
    "People's Daily": [],
    "CCTV": [],
    "Le Figaro": [],
    "El Pais": ["El País"],
    "La Repubblica": [],
    "Corriere della Sera": [],
    "The Telegraph": [],
    "The Independent": [],
    "Daily Mail": [],
    "USA Today": [],
    "Los Angeles Times": ["LA Times"],
    "The Atlantic": [],
    "CNBC": [],
    "MSNBC": [],
    "PBS": [],
    "ITV": [],
    "Channel 4 News": [],
    "ABC": ["Australian Broadcasting Corporation"],
    "CBC": ["Canadian Broadcasting Corporation"],
    "The Moscow Times": ["Moscow Times"],
    "Meduza": [],
    "Novaya Gazeta": [],
    "Kommersant": [],
    "Izvestia": [],
    "RIA": [],
    "Ukrainska Pravda": [],
    "Interfax-Ukraine": [],
    "Suspilne": [],
    "NDTV": [],
    "The Indian Express": ["Indian Express"],
    "Press TV": [],
    "Geo News": [],
    "The Straits Times": ["Straits Times"],
    "Channel NewsAsia": ["CNA"],
    "BBC": ["British Broadcasting Corporation"],
    "CNN": [],
    "The New York Times": ["New York Times", "NYT"],
    "The Washington Post": ["Washington Post"],
    "The Wall Street Journal": ["Wall Street Journal", "WSJ"],
    "Bloomberg": ["Bloomberg News"],
    "Financial Times": ["FT"],
    "The Guardian": [],
    "The Times": [],
    "The Economist": [],
    "Politico": [],
    "Axios": [],
    "NBC News": ["NBC"],
    "CBS News": ["CBS"],
    "ABC News": [],
    "Fox News": [],
    "NPR": [],
    "Sky News": [],
    "Deutsche Welle": ["DW"],
    "France 24": [],
    "Le Monde": [],
    "Der Spiegel": ["Spiegel"],
    "KBS": ["Korean Broadcasting System"],
    "NHK": [],
    "Kyiv Independent": ["The Kyiv Independent"],
    "Ukrinform": [],
    "RT": ["Russia Today"],
    "Business Standard": [],
    "Hindustan Times": [],
    "The Hindu": [],
    "Times of India": ["The Times of India"],
    "Dawn": [],
    "South China Morning Post": ["SCMP"],
    "Nikkei": ["Nikkei Asia"],
    "Haaretz": [],
    "The Times of Israel": ["Times of Israel"],
    "Anadolu Agency": ["Anadolu"],
    "Euronews": [],
    "Voice of America": ["VOA"],
    "Radio Free Europe": ["RFE/RL"],
}

# Country names as news writes them, beyond ISO 3166's own names (pycountry supplies those).
COUNTRY_VARIANTS: dict[str, list[str]] = {
    "US": ["US", "United States", "U.S.", "USA", "U.S.A.", "America", "United States of America", "the States"],
    "GB": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
    "RU": ["Russia"],
    "KP": ["North Korea", "N. Korea", "DPRK", "N Korea"],
    "KR": ["South Korea", "S. Korea", "ROK", "S Korea", "Republic of Korea"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "TR": ["Turkey"],
    "CZ": ["Czech Republic"],
    "CI": ["Ivory Coast"],
    "MM": ["Burma"],
    "NL": ["Holland"],
    "VA": ["Vatican", "Vatican City"],
    "PS": ["Palestine"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of Congo"],
    "CG": ["Republic of Congo", "Congo-Brazzaville"],
    "CV": ["Cape Verde"],
    "TL": ["East Timor"],
    "SZ": ["Swaziland"],
    "MK": ["Macedonia"],
    "FM": ["Micronesia"],
    "UA": ["Kiev"],
    "XK": ["Kosovo"],
}
# The canonical name news uses, where ISO's differs ("Russian Federation" -> "Russia").
COUNTRY_CANONICAL = {"RU": "Russia", "US": "United States", "GB": "United Kingdom", "TR": "Turkey",
                     "CZ": "Czech Republic", "VA": "Vatican", "PS": "Palestine", "CD": "DR Congo",
                     "CG": "Republic of the Congo", "MK": "North Macedonia"}

# Demonyms and adjectives of countries, by ISO code.
DEMONYMS: dict[str, list[str]] = {
    "AF": ["Afghan"], "AL": ["Albanian"], "DZ": ["Algerian"], "AO": ["Angolan"], "AR": ["Argentine", "Argentinian"],
    "AM": ["Armenian"], "AU": ["Australian"], "AT": ["Austrian"], "AZ": ["Azerbaijani"], "BH": ["Bahraini"],
    "BD": ["Bangladeshi"], "BY": ["Belarusian"], "BE": ["Belgian"], "BJ": ["Beninese"], "BT": ["Bhutanese"],
    "BO": ["Bolivian"], "BA": ["Bosnian"], "BW": ["Botswanan"], "BR": ["Brazilian"], "BN": ["Bruneian"],
    "BG": ["Bulgarian"], "BF": ["Burkinabe"], "BI": ["Burundian"], "KH": ["Cambodian"], "CM": ["Cameroonian"],
    "CA": ["Canadian"], "CF": ["Central African"], "TD": ["Chadian"], "CL": ["Chilean"], "CN": ["Chinese"],
    "CO": ["Colombian"], "CR": ["Costa Rican"], "HR": ["Croatian"], "CU": ["Cuban"], "CY": ["Cypriot"],
    "CZ": ["Czech"], "DK": ["Danish"], "DJ": ["Djiboutian"], "DO": ["Dominican"], "EC": ["Ecuadorian"],
    "EG": ["Egyptian"], "SV": ["Salvadoran"], "ER": ["Eritrean"], "EE": ["Estonian"], "ET": ["Ethiopian"],
    "FI": ["Finnish"], "FR": ["French"], "GA": ["Gabonese"], "GM": ["Gambian"], "GE": ["Georgian"],
    "DE": ["German"], "GH": ["Ghanaian"], "GR": ["Greek"], "GT": ["Guatemalan"], "GN": ["Guinean"],
    "HT": ["Haitian"], "HN": ["Honduran"], "HU": ["Hungarian"], "IS": ["Icelandic"], "IN": ["Indian"],
    "ID": ["Indonesian"], "IR": ["Iranian"], "IQ": ["Iraqi"], "IE": ["Irish"], "IL": ["Israeli"],
    "IT": ["Italian"], "JM": ["Jamaican"], "JP": ["Japanese"], "JO": ["Jordanian"], "KZ": ["Kazakh", "Kazakhstani"],
    "KE": ["Kenyan"], "KP": ["North Korean"], "KR": ["South Korean"], "KW": ["Kuwaiti"], "KG": ["Kyrgyz"],
    "LA": ["Lao", "Laotian"], "LV": ["Latvian"], "LB": ["Lebanese"], "LR": ["Liberian"], "LY": ["Libyan"],
    "LT": ["Lithuanian"], "LU": ["Luxembourgish"], "MG": ["Malagasy"], "MW": ["Malawian"], "MY": ["Malaysian"],
    "MV": ["Maldivian"], "ML": ["Malian"], "MT": ["Maltese"], "MR": ["Mauritanian"], "MX": ["Mexican"],
    "MD": ["Moldovan"], "MN": ["Mongolian"], "ME": ["Montenegrin"], "MA": ["Moroccan"], "MZ": ["Mozambican"],
    "MM": ["Myanmar", "Burmese"], "NA": ["Namibian"], "NP": ["Nepali", "Nepalese"], "NL": ["Dutch"],
    "NZ": ["New Zealand"], "NI": ["Nicaraguan"], "NE": ["Nigerien"], "NG": ["Nigerian"], "MK": ["Macedonian"],
    "NO": ["Norwegian"], "OM": ["Omani"], "PK": ["Pakistani"], "PS": ["Palestinian"], "PA": ["Panamanian"],
    "PG": ["Papua New Guinean"], "PY": ["Paraguayan"], "PE": ["Peruvian"], "PH": ["Filipino", "Philippine"],
    "PL": ["Polish"], "PT": ["Portuguese"], "QA": ["Qatari"], "RO": ["Romanian"], "RU": ["Russian"],
    "RW": ["Rwandan"], "SA": ["Saudi", "Saudi Arabian"], "SN": ["Senegalese"], "RS": ["Serbian"],
    "SL": ["Sierra Leonean"], "SG": ["Singaporean"], "SK": ["Slovak"], "SI": ["Slovenian"], "SO": ["Somali"],
    "ZA": ["South African"], "SS": ["South Sudanese"], "ES": ["Spanish"], "LK": ["Sri Lankan"], "SD": ["Sudanese"],
    "SE": ["Swedish"], "CH": ["Swiss"], "SY": ["Syrian"], "TW": ["Taiwanese"], "TJ": ["Tajik"], "TZ": ["Tanzanian"],
    "TH": ["Thai"], "TG": ["Togolese"], "TN": ["Tunisian"], "TR": ["Turkish"], "TM": ["Turkmen"], "UG": ["Ugandan"],
    "UA": ["Ukrainian"], "AE": ["Emirati"], "GB": ["British"], "US": ["American", "U.S."], "UY": ["Uruguayan"],
    "UZ": ["Uzbek"], "VE": ["Venezuelan"], "VN": ["Vietnamese"], "YE": ["Yemeni"], "ZM": ["Zambian"],
    "ZW": ["Zimbabwean"], "XK": ["Kosovar"],
}

# Acronyms that news writers expand in names ("UN Security Council" = "United Nations Security Council").
NAME_ACRONYMS = {"UN": "United Nations", "U.N.": "United Nations", "US": "United States",
                 "U.S.": "United States", "EU": "European Union", "UK": "United Kingdom"}
KNOWN_ORGANIZATIONS = {"UN": "United Nations", "U.N.": "United Nations", "EU": "European Union",
                       "NATO": "NATO", "Nato": "NATO"}

# Suffixes that name a region around a place ("Kursk region", "Kursk Oblast").
REGION_WORDS = frozenset("region oblast province area district governorate prefecture state county "
                         "territory border front frontier".split())
GEOGRAPHIC_FEATURES = frozenset("peninsula sea strait gulf bay coast island islands mountains river "
                                "desert valley basin ocean canal".split())
# Common nouns that name a place or part of one: "Russia's Kursk region", "the Russian city of
# Kursk", "a portion of Kursk region", "Russia's far east" -- unlike "Russia's war" or "support of Russia".
PLACE_NOUNS = REGION_WORDS | GEOGRAPHIC_FEATURES | frozenset(
    "city cities town towns village villages capital base bases camp camps port ports airfield airbase "
    "facility facilities soil outskirts part parts portion zone zones side interior east west north south "
    "northeast northwest southeast southwest regions areas provinces territories".split())

# Lemmas of attribution verbs, mapped to statement kinds.
VERB_KINDS: dict[str, str] = {
    **dict.fromkeys("say tell state stress add note assert indicate describe term label express suggest "
                    "claim insist announce explain emphasise emphasize reiterate remark comment write declare "
                    "mention argue reply respond affirm maintain underline highlight observe predict estimate "
                    "allege assess told vow pledge promise".split(), "said"),
    **dict.fromkeys("confirm verify corroborate".split(), "confirmed"),
    **dict.fromkeys("deny dismiss refute reject rebuff disavow".split(), "denied"),
    **dict.fromkeys("acknowledge admit concede recognise recognize".split(), "acknowledged"),
    **dict.fromkeys("urge demand appeal".split(), "called_for"),
    **dict.fromkeys("warn caution".split(), "warned"),
    **dict.fromkeys("accuse blame".split(), "accused"),
    **dict.fromkeys("condemn slam denounce criticise criticize decry deplore blast censure".split(), "condemned"),
    **dict.fromkeys("report cite".split(), "reported"),
}
# Said-type verbs that take a noun phrase with "as" rather than a clause ("labelled X as dangerous").
NP_SAYING_VERBS = frozenset("describe term label call".split())
# Verbs that negate the verb they govern ("refused to confirm", "refrained from confirming").
NEGATING_GOVERNORS = frozenset("refuse decline refrain fail avoid stop".split())
# Words that turn a deployment into speculation.
HEDGES = frozenset("could may might would likely possibly possible possibility probably speculation "
                   "expected plan plans planning considering consider whether if unlikely potential "
                   "potentially reportedly".split())
TROOP_WORDS = frozenset("troops troop soldiers soldier forces force personnel units battalion battalions "
                        "brigade brigades army servicemen fighters".split())
DEPLOY_VERBS = frozenset("send deploy dispatch station transfer".split())
DEPLOY_NOUNS = frozenset("deployment dispatch presence".split())
PRESENCE_VERBS = frozenset("be remain stay assemble gather arrive occupy fight".split())
TREATY_WORDS = frozenset("treaty agreement pact accord deal memorandum".split())
PERSONAL_PRONOUNS = frozenset("he she him her".split())
FIRST_PERSON = frozenset("i we".split())
# Auxiliaries under which a verb of saying has not (yet) been said: "would confirm", "will
# announce". With a negation they report a refusal ("could not confirm", "won't say").
HYPOTHETICAL_AUXILIARIES = frozenset("will would could might may should shall must 'll 'd wo".split())
# Subordinators that make an act of saying conditional or not yet done ("if he confirms").
CONDITIONAL_MARKS = frozenset("if unless whether until before once".split())
# Verbs whose infinitive still reports a statement made ("went on to say", "continued to deny",
# "was quick to point out"); under any other verb an infinitive is a plan or a duty ("plans to
# announce", "needs to tell").
CARRYING_GOVERNORS = frozenset("continue go appear seem hasten rush proceed keep repeat quick".split())
# Participles that add a second statement of the same speaker ("said ..., adding that ...").
ADDING_VERBS = frozenset("add".split())
# Participles that name whom a report relies on ("reported, citing officials").
SOURCE_PARTICIPLES = frozenset("cite quote".split())
# Verbs whose object is the addressee, not what was said ("told reporters").
ADDRESSEE_VERBS = frozenset("tell brief inform assure remind".split())
# Verbs of saying only with a clause or a quote: "maintains that ..." but "maintains a program".
CLAUSE_ONLY_VERBS = frozenset("maintain observe predict estimate assess declare write respond "
                              "reply answer hold".split())
# Prepositions that introduce what was said ("warned of", "called for", "accused X of",
# "described X as"); others ("in an interview", "on Twitter", "from Kyiv") are circumstances.
CONTENT_PREPOSITIONS = frozenset("for of about against as over".split())
