#!/usr/bin/env python3
"""Build the gazetteer and lexicon data files of newskg from the shared reference material.

Writes (deterministically, sorted, UTF-8, tab-separated, header line first):
  data/gazetteer/countries.tsv  code, label, iso2, wikidata, names, adjectives, capitals
  data/lexicon/agents.tsv       term, sector, plural

Usage: python3 data/scripts/build_gazetteer.py [--ref /work/shared/reference] [--root <project dir>] [--check]
Python 3 standard library only.

Sources and licenses:
  countryinfo/CountryInfo.120116.txt  CC BY-SA 3.0 (openeventdata/CountryInfo): the country list, CAMEO codes,
      ISO alpha-2 codes, capitals; names and adjectives are a hand-curated, proper-cased selection of its
      <Nationality> variants plus the additions in SPEC below. countries.tsv is therefore CC BY-SA 3.0.
  phoenix/Phoenix.agents.txt          MIT (openeventdata/petrarch2): agent nouns and sectors. agents.tsv is MIT.
The curated values in this script (labels, Wikidata Q-ids, extra names) are the project's own.
The other gazetteer files (organizations.tsv, agreements.tsv, people.tsv) and lexicon/roles.tsv are
hand-written and not produced by this script.
"""
import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT_REF = "/work/shared/reference"

# =====================================================================================
# countries.tsv  (from countryinfo/CountryInfo.120116.txt, CC BY-SA 3.0)
# =====================================================================================

SMALL = {"of", "the", "and", "da", "de", "du", "des", "la", "le", "y", "e", "et", "es", "al", "el", "an", "au", "aux", "in", "on", "upon"}
ACRONYMS = {"US", "USA", "UK", "UAE", "DPRK", "DRC", "ROK", "PRC", "FYROM", "RDTL", "DR", "PDR", "HKSAR", "TRNC", "USVI", "CAR", "BVI", "NZ", "RSA", "KSA", "ROC"}


def read_countryinfo(path):
    """Records of CountryInfo.txt: dicts with code, name, iso3, iso2, nat (list), cap (list)."""
    raw = open(path, "rb").read().decode("utf-8", "replace")
    body = raw[raw.index("-->") + 3:]
    recs, cur, infield = [], None, None
    for line in body.split("\n"):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if infield:
            if line.startswith("</"):
                infield = None
            elif cur is not None:
                cur[infield].append(line)
            continue
        if line == "<Country>":
            cur = {"code": "", "name": "", "iso3": "", "iso2": "", "nat": [], "cap": []}
            recs.append(cur)
            continue
        if cur is None:
            continue
        m = re.match(r"<(CountryCode|CountryName|ISO3166-alpha3|ISO3166-alpha2)>(.*?)</\1>", line)
        if m:
            key = {"CountryCode": "code", "CountryName": "name", "ISO3166-alpha3": "iso3", "ISO3166-alpha2": "iso2"}[m.group(1)]
            if not cur[key]:
                cur[key] = m.group(2).strip()
            continue
        m = re.match(r"<(Nationality|Capital)>$", line)
        if m:
            infield = "nat" if m.group(1) == "Nationality" else "cap"
    return recs


def clean(s):
    """CountryInfo token (AFGHAN_, COTE_D'IVOIRE_) to plain upper-case words, or ''."""
    s = s.replace("\ufffd", "")
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip().rstrip("]").strip()
    if any(ord(c) > 127 for c in s):
        return ""
    return s


def word_case(w, first):
    if w in ACRONYMS or "." in w.rstrip(".") or (len(w) > 1 and w.endswith(".") and w[:-1].isalpha() and len(w) <= 3 and w[:-1] in {"U", "S", "N", "E", "W"}):
        return w
    lw = w.lower()
    if not first and lw in SMALL:
        return lw
    # apostrophes: d'Ivoire, N'Djamena, Nuku'alofa, Sana'a, St. John's
    if "'" in lw:
        head, _, tail = lw.partition("'")
        if head == "d" and tail:
            return "d'" + tail[:1].upper() + tail[1:]
        if len(head) == 1 and tail:
            return head.upper() + "'" + tail[:1].upper() + tail[1:]
        return head[:1].upper() + head[1:] + "'" + tail
    parts = lw.split("-")
    return "-".join(p if (i > 0 and p in SMALL) else p[:1].upper() + p[1:] for i, p in enumerate(parts))


def proper(s):
    """Upper-case CountryInfo text to Title Case with lower-case particles."""
    words = s.split(" ")
    return " ".join(word_case(w, i == 0) for i, w in enumerate(words))


# CAMEO / ISO alpha-3 code -> (label as a journalist writes it, Wikidata Q-id).
COUNTRY = {
    "AFG": ("Afghanistan", "Q889"),
    "ALB": ("Albania", "Q222"),
    "DZA": ("Algeria", "Q262"),
    "ASM": ("American Samoa", "Q16641"),
    "AND": ("Andorra", "Q228"),
    "AGO": ("Angola", "Q916"),
    "AIA": ("Anguilla", "Q25228"),
    "ATG": ("Antigua and Barbuda", "Q781"),
    "ARG": ("Argentina", "Q414"),
    "ARM": ("Armenia", "Q399"),
    "ABW": ("Aruba", "Q21203"),
    "AUS": ("Australia", "Q408"),
    "AUT": ("Austria", "Q40"),
    "AZE": ("Azerbaijan", "Q227"),
    "BHS": ("Bahamas", "Q778"),
    "BHR": ("Bahrain", "Q398"),
    "BGD": ("Bangladesh", "Q902"),
    "BRB": ("Barbados", "Q244"),
    "BLR": ("Belarus", "Q184"),
    "BEL": ("Belgium", "Q31"),
    "BLZ": ("Belize", "Q242"),
    "BEN": ("Benin", "Q962"),
    "BMU": ("Bermuda", "Q23635"),
    "BTN": ("Bhutan", "Q917"),
    "BOL": ("Bolivia", "Q750"),
    "BIH": ("Bosnia and Herzegovina", "Q225"),
    "BWA": ("Botswana", "Q963"),
    "BRA": ("Brazil", "Q155"),
    "VGB": ("British Virgin Islands", "Q25305"),
    "BRN": ("Brunei", "Q921"),
    "BGR": ("Bulgaria", "Q219"),
    "BFA": ("Burkina Faso", "Q965"),
    "BDI": ("Burundi", "Q967"),
    "KHM": ("Cambodia", "Q424"),
    "CMR": ("Cameroon", "Q1009"),
    "CAN": ("Canada", "Q16"),
    "CPV": ("Cape Verde", "Q1011"),
    "CYM": ("Cayman Islands", "Q5785"),
    "CAF": ("Central African Republic", "Q929"),
    "TCD": ("Chad", "Q657"),
    "CHL": ("Chile", "Q298"),
    "CHN": ("China", "Q148"),
    "COL": ("Colombia", "Q739"),
    "COM": ("Comoros", "Q970"),
    "COG": ("Republic of the Congo", "Q971"),
    "COK": ("Cook Islands", "Q26988"),
    "CRI": ("Costa Rica", "Q800"),
    "CIV": ("Ivory Coast", "Q1008"),
    "HRV": ("Croatia", "Q224"),
    "CUB": ("Cuba", "Q241"),
    "CYP": ("Cyprus", "Q229"),
    "CZE": ("Czech Republic", "Q213"),
    "COD": ("Democratic Republic of the Congo", "Q974"),
    "DNK": ("Denmark", "Q35"),
    "DJI": ("Djibouti", "Q977"),
    "DMA": ("Dominica", "Q784"),
    "DOM": ("Dominican Republic", "Q786"),
    "ECU": ("Ecuador", "Q736"),
    "EGY": ("Egypt", "Q79"),
    "SLV": ("El Salvador", "Q792"),
    "GNQ": ("Equatorial Guinea", "Q983"),
    "ERI": ("Eritrea", "Q986"),
    "EST": ("Estonia", "Q191"),
    "ETH": ("Ethiopia", "Q115"),
    "FRO": ("Faroe Islands", "Q4628"),
    "FLK": ("Falkland Islands", "Q9648"),
    "KNA": ("Saint Kitts and Nevis", "Q763"),
    "FJI": ("Fiji", "Q712"),
    "FIN": ("Finland", "Q33"),
    "FRA": ("France", "Q142"),
    "GUF": ("French Guiana", "Q3769"),
    "PYF": ("French Polynesia", "Q30971"),
    "GAB": ("Gabon", "Q1000"),
    "GMB": ("Gambia", "Q1005"),
    "GEO": ("Georgia", "Q230"),
    "DEU": ("Germany", "Q183"),
    "GHA": ("Ghana", "Q117"),
    "GIB": ("Gibraltar", "Q1410"),
    "GBR": ("United Kingdom", "Q145"),
    "GRC": ("Greece", "Q41"),
    "GRL": ("Greenland", "Q223"),
    "GRD": ("Grenada", "Q769"),
    "GLP": ("Guadeloupe", "Q17012"),
    "GUM": ("Guam", "Q16635"),
    "GTM": ("Guatemala", "Q774"),
    "GGY": ("Guernsey", "Q25230"),
    "GIN": ("Guinea", "Q1006"),
    "GNB": ("Guinea-Bissau", "Q1007"),
    "GUY": ("Guyana", "Q734"),
    "HTI": ("Haiti", "Q790"),
    "HND": ("Honduras", "Q783"),
    "HKG": ("Hong Kong", "Q8646"),
    "HUN": ("Hungary", "Q28"),
    "ISL": ("Iceland", "Q189"),
    "IND": ("India", "Q668"),
    "IDN": ("Indonesia", "Q252"),
    "IRN": ("Iran", "Q794"),
    "IRQ": ("Iraq", "Q796"),
    "IRL": ("Ireland", "Q27"),
    "IMN": ("Isle of Man", "Q9676"),
    "ISR": ("Israel", "Q801"),
    "ITA": ("Italy", "Q38"),
    "JAM": ("Jamaica", "Q766"),
    "JPN": ("Japan", "Q17"),
    "JEY": ("Jersey", "Q785"),
    "JOR": ("Jordan", "Q810"),
    "KAZ": ("Kazakhstan", "Q232"),
    "KEN": ("Kenya", "Q114"),
    "KIR": ("Kiribati", "Q710"),
    "KSV": ("Kosovo", "Q1246"),
    "KGZ": ("Kyrgyzstan", "Q813"),
    "KWT": ("Kuwait", "Q817"),
    "LAO": ("Laos", "Q819"),
    "LVA": ("Latvia", "Q211"),
    "LBN": ("Lebanon", "Q822"),
    "LSO": ("Lesotho", "Q1013"),
    "LBR": ("Liberia", "Q1014"),
    "LBY": ("Libya", "Q1016"),
    "LIE": ("Liechtenstein", "Q347"),
    "LTU": ("Lithuania", "Q37"),
    "LUX": ("Luxembourg", "Q32"),
    "MKD": ("North Macedonia", "Q221"),
    "MDG": ("Madagascar", "Q1019"),
    "MWI": ("Malawi", "Q1020"),
    "MYS": ("Malaysia", "Q833"),
    "MDV": ("Maldives", "Q826"),
    "MLI": ("Mali", "Q912"),
    "MLT": ("Malta", "Q233"),
    "MHL": ("Marshall Islands", "Q709"),
    "MTQ": ("Martinique", "Q17054"),
    "MRT": ("Mauritania", "Q1025"),
    "MUS": ("Mauritius", "Q1027"),
    "MYT": ("Mayotte", "Q17063"),
    "MEX": ("Mexico", "Q96"),
    "FSM": ("Micronesia", "Q702"),
    "MDA": ("Moldova", "Q217"),
    "MCO": ("Monaco", "Q235"),
    "MNG": ("Mongolia", "Q711"),
    "MSR": ("Montserrat", "Q13353"),
    "MNE": ("Montenegro", "Q236"),
    "MAR": ("Morocco", "Q1028"),
    "MOZ": ("Mozambique", "Q1029"),
    "MMR": ("Myanmar", "Q836"),
    "NAM": ("Namibia", "Q1030"),
    "NRU": ("Nauru", "Q697"),
    "NPL": ("Nepal", "Q837"),
    "NLD": ("Netherlands", "Q55"),
    "ANT": ("Netherlands Antilles", "Q25227"),
    "NCL": ("New Caledonia", "Q33788"),
    "NZL": ("New Zealand", "Q664"),
    "NIC": ("Nicaragua", "Q811"),
    "NER": ("Niger", "Q1032"),
    "NGA": ("Nigeria", "Q1033"),
    "NIU": ("Niue", "Q34020"),
    "NFK": ("Norfolk Island", "Q31057"),
    "PRK": ("North Korea", "Q423"),
    "NOR": ("Norway", "Q20"),
    "OMN": ("Oman", "Q842"),
    "PAK": ("Pakistan", "Q843"),
    "PLW": ("Palau", "Q695"),
    "PSE": ("Palestine", "Q219060"),
    "PAN": ("Panama", "Q804"),
    "PNG": ("Papua New Guinea", "Q691"),
    "PRY": ("Paraguay", "Q733"),
    "PER": ("Peru", "Q419"),
    "PHL": ("Philippines", "Q928"),
    "PCN": ("Pitcairn Islands", "Q35672"),
    "POL": ("Poland", "Q36"),
    "PRT": ("Portugal", "Q45"),
    "PRI": ("Puerto Rico", "Q1183"),
    "QAT": ("Qatar", "Q846"),
    "ZAF": ("South Africa", "Q258"),
    "ROU": ("Romania", "Q218"),
    "RUS": ("Russia", "Q159"),
    "RWA": ("Rwanda", "Q1037"),
    "BLM": ("Saint Barthelemy", "Q25362"),
    "SHN": ("Saint Helena", "Q192184"),
    "LCA": ("Saint Lucia", "Q760"),
    "VCT": ("Saint Vincent and the Grenadines", "Q757"),
    "WSM": ("Samoa", "Q683"),
    "SMR": ("San Marino", "Q238"),
    "STP": ("Sao Tome and Principe", "Q1039"),
    "SAU": ("Saudi Arabia", "Q851"),
    "SEN": ("Senegal", "Q1041"),
    "SRB": ("Serbia", "Q403"),
    "SYC": ("Seychelles", "Q1042"),
    "SLE": ("Sierra Leone", "Q1044"),
    "SGP": ("Singapore", "Q334"),
    "SVK": ("Slovakia", "Q214"),
    "SVN": ("Slovenia", "Q215"),
    "SLB": ("Solomon Islands", "Q685"),
    "SOM": ("Somalia", "Q1045"),
    "KOR": ("South Korea", "Q884"),
    "SSD": ("South Sudan", "Q958"),
    "ESP": ("Spain", "Q29"),
    "LKA": ("Sri Lanka", "Q854"),
    "SDN": ("Sudan", "Q1049"),
    "SUR": ("Suriname", "Q730"),
    "SWZ": ("Eswatini", "Q1050"),
    "SWE": ("Sweden", "Q34"),
    "CHE": ("Switzerland", "Q39"),
    "SYR": ("Syria", "Q858"),
    "TWN": ("Taiwan", "Q865"),
    "TJK": ("Tajikistan", "Q863"),
    "THA": ("Thailand", "Q869"),
    "TMP": ("East Timor", "Q574"),
    "TGO": ("Togo", "Q945"),
    "TKL": ("Tokelau", "Q36823"),
    "TON": ("Tonga", "Q678"),
    "TTO": ("Trinidad and Tobago", "Q754"),
    "TUN": ("Tunisia", "Q948"),
    "TUR": ("Turkey", "Q43"),
    "TKM": ("Turkmenistan", "Q874"),
    "TUV": ("Tuvalu", "Q672"),
    "UGA": ("Uganda", "Q1036"),
    "UKR": ("Ukraine", "Q212"),
    "ARE": ("United Arab Emirates", "Q878"),
    "URY": ("Uruguay", "Q77"),
    "USA": ("United States", "Q30"),
    "TZA": ("Tanzania", "Q924"),
    "VIR": ("U.S. Virgin Islands", "Q11703"),
    "UZB": ("Uzbekistan", "Q265"),
    "VUT": ("Vanuatu", "Q686"),
    "VEN": ("Venezuela", "Q717"),
    "VNM": ("Vietnam", "Q881"),
    "WLF": ("Wallis and Futuna", "Q35555"),
    "ESH": ("Western Sahara", "Q6250"),
    "YEM": ("Yemen", "Q805"),
    "ZMB": ("Zambia", "Q953"),
    "ZWE": ("Zimbabwe", "Q954"),
    "IOT": ("British Indian Ocean Territory", "Q43448"),
    "CXR": ("Christmas Island", "Q31063"),
    "CCK": ("Cocos (Keeling) Islands", "Q36004"),
    "VAT": ("Vatican", "Q237"),
}

# code -> "names / adjectives / extra capitals" (| separates values). Names and adjectives are the
# sensible English forms among CountryInfo's <Nationality> variants (misspellings, foreign-language
# forms, nicknames and "Korea (north)"-style sort keys dropped) plus a few common forms it lacks.
# Plural demonyms (Iranians) are derived from the adjectives. Each alias belongs to one country only.
SPEC = {
    "AFG": "Islamic Republic of Afghanistan|Islamic Emirate of Afghanistan / Afghan / ",
    "ALB": "Republic of Albania / Albanian / ",
    "DZA": "People's Democratic Republic of Algeria / Algerian / ",
    "ASM": "Eastern Samoa / American Samoan / Pago Pago",
    "AND": "Principality of Andorra / Andorran / ",
    "AGO": "Republic of Angola / Angolan / ",
    "AIA": " / Anguillan / ",
    "ATG": "Antigua|Barbuda / Antiguan|Barbudan / ",
    "ARG": "Argentine Republic / Argentine|Argentinian|Argentinean / ",
    "ARM": "Republic of Armenia / Armenian / ",
    "ABW": " / Aruban / Oranjestad",
    "AUS": "Commonwealth of Australia / Australian / ",
    "AUT": "Republic of Austria / Austrian / ",
    "AZE": "Republic of Azerbaijan / Azerbaijani|Azeri / ",
    "BHS": "Commonwealth of the Bahamas / Bahamian / ",
    "BHR": "Kingdom of Bahrain / Bahraini / ",
    "BGD": "People's Republic of Bangladesh / Bangladeshi / ",
    "BRB": " / Barbadian|Bajan / ",
    "BLR": "Republic of Belarus|Byelorussia|Belorussia / Belarusian|Belarussian / ",
    "BEL": "Kingdom of Belgium / Belgian / ",
    "BLZ": " / Belizean / ",
    "BEN": "Republic of Benin|Dahomey / Beninese / Cotonou",
    "BMU": " / Bermudian / ",
    "BTN": "Kingdom of Bhutan / Bhutanese / ",
    "BOL": "Plurinational State of Bolivia / Bolivian / Sucre",
    "BIH": "Bosnia-Herzegovina|Bosnia / Bosnian|Herzegovinian / ",
    "BWA": "Republic of Botswana / Motswana|Batswana / ",
    "BRA": "Federative Republic of Brazil|Brasil / Brazilian / Brasília",
    "VGB": "BVI / British Virgin Islander / Road Town",
    "BRN": "Brunei Darussalam|Nation of Brunei / Bruneian / ",
    "BGR": "Republic of Bulgaria / Bulgarian / ",
    "BFA": "Upper Volta / Burkinabe|Burkinabé / ",
    "BDI": "Republic of Burundi / Burundian / Gitega",
    "KHM": "Kingdom of Cambodia|Kampuchea / Cambodian|Khmer / ",
    "CMR": "Republic of Cameroon|Cameroun / Cameroonian / Yaoundé",
    "CAN": " / Canadian / ",
    "CPV": "Cabo Verde|Republic of Cabo Verde / Cape Verdean / ",
    "CYM": "Caymans / Caymanian / ",
    "CAF": "Centrafrique / Central African / ",
    "TCD": "Republic of Chad|Tchad / Chadian / ",
    "CHL": "Republic of Chile / Chilean / ",
    "CHN": "People's Republic of China|PRC|Mainland China / Chinese / Zhongnanhai",
    "COL": "Republic of Colombia / Colombian / Bogotá",
    "COM": "Union of the Comoros / Comoran|Comorian / ",
    "COG": "Republic of Congo|Congo-Brazzaville|Congo Republic /  / ",
    "COK": " / Cook Islander / Avarua",
    "CRI": "Republic of Costa Rica / Costa Rican / ",
    "CIV": "Cote d'Ivoire|Côte d'Ivoire|Republic of Cote d'Ivoire / Ivorian|Ivoirian / Yamoussoukro",
    "HRV": "Republic of Croatia|Hrvatska / Croatian|Croat / ",
    "CUB": "Republic of Cuba / Cuban / ",
    "CYP": "Republic of Cyprus / Cypriot|Greek Cypriot / ",
    "CZE": "Czechia / Czech / ",
    "COD": "DR Congo|DRC|D.R. Congo|DR of Congo|Democratic Republic of Congo|Congo-Kinshasa|Zaire / Congolese / ",
    "DNK": "Kingdom of Denmark / Danish|Dane / ",
    "DJI": "Republic of Djibouti / Djiboutian / ",
    "DMA": "Commonwealth of Dominica /  / ",
    "DOM": " / Dominican / ",
    "ECU": "Republic of Ecuador / Ecuadorian|Ecuadorean / ",
    "EGY": "Arab Republic of Egypt / Egyptian / ",
    "SLV": "Republic of El Salvador / Salvadoran|Salvadorean / ",
    "GNQ": "Republic of Equatorial Guinea / Equatorial Guinean|Equatoguinean / ",
    "ERI": "State of Eritrea / Eritrean / ",
    "EST": "Republic of Estonia / Estonian / ",
    "ETH": "Federal Democratic Republic of Ethiopia|Abyssinia / Ethiopian / ",
    "FRO": "Faroes|Faeroe Islands|Faeroes / Faroese|Faeroese / Torshavn|Tórshavn",
    "FLK": "Falklands|Malvinas|Islas Malvinas / Falkland Islander / ",
    "KNA": "St. Kitts and Nevis|St Kitts and Nevis|Saint Christopher and Nevis|St. Kitts / Kittitian|Nevisian / ",
    "FJI": "Republic of Fiji / Fijian / ",
    "FIN": "Republic of Finland / Finnish|Finns / ",
    "FRA": "French Republic / French|Frenchman|Frenchwoman / Elysee|Élysée|Elysee Palace|Élysée Palace",
    "GUF": "Guyane / French Guianese / ",
    "PYF": " / French Polynesian / Papeete",
    "GAB": "Gabonese Republic / Gabonese / ",
    "GMB": "Republic of the Gambia / Gambian / ",
    "GEO": "Republic of Georgia / Georgian / ",
    "DEU": "Federal Republic of Germany / German / ",
    "GHA": "Republic of Ghana / Ghanaian / ",
    "GIB": " / Gibraltarian / ",
    "GBR": "Britain|Great Britain|U.K.|UK|United Kingdom of Great Britain and Northern Ireland / British|Briton / Downing Street|Whitehall",
    "GRC": "Hellenic Republic|Hellas / Greek / ",
    "GRL": "Kalaallit Nunaat / Greenlandic|Greenlander / Nuuk",
    "GRD": " / Grenadian / ",
    "GLP": " / Guadeloupean / Basse-Terre",
    "GUM": " / Guamanian / Hagatna|Hagåtña",
    "GTM": "Republic of Guatemala / Guatemalan / ",
    "GGY": "Bailiwick of Guernsey / Guernseyman / St. Peter Port",
    "GIN": "Republic of Guinea|Guinea-Conakry / Guinean / ",
    "GNB": "Guinea Bissau|Republic of Guinea-Bissau / Bissau-Guinean / ",
    "GUY": "Co-operative Republic of Guyana / Guyanese / ",
    "HTI": "Republic of Haiti / Haitian / ",
    "HND": "Republic of Honduras / Honduran / ",
    "HKG": "Hongkong|Hong Kong SAR|HKSAR / Hong Konger|Hongkonger / ",
    "HUN": " / Hungarian / ",
    "ISL": "Republic of Iceland / Icelandic|Icelander / Reykjavík",
    "IND": "Republic of India|Bharat / Indian / ",
    "IDN": "Republic of Indonesia / Indonesian / ",
    "IRN": "Islamic Republic of Iran|Persia / Iranian|Persian / ",
    "IRQ": "Republic of Iraq / Iraqi / ",
    "IRL": "Republic of Ireland|Eire|Éire / Irish|Irishman|Irishwoman / ",
    "IMN": " / Manx / ",
    "ISR": "State of Israel / Israeli / ",
    "ITA": "Italian Republic / Italian / ",
    "JAM": " / Jamaican / ",
    "JPN": "Nippon / Japanese / ",
    "JEY": "Bailiwick of Jersey / Jerseyman / St. Helier|Saint Helier",
    "JOR": "Hashemite Kingdom of Jordan|Kingdom of Jordan / Jordanian / ",
    "KAZ": "Republic of Kazakhstan / Kazakh|Kazakhstani / Nur-Sultan",
    "KEN": "Republic of Kenya / Kenyan / ",
    "KIR": " / I-Kiribati / South Tarawa",
    "KSV": "Republic of Kosovo / Kosovar|Kosovan / Prishtina",
    "KGZ": "Kyrgyz Republic|Kirghizia / Kyrgyz|Kirghiz / ",
    "KWT": "State of Kuwait / Kuwaiti / ",
    "LAO": "Lao PDR|Lao People's Democratic Republic / Laotian|Lao / ",
    "LVA": "Republic of Latvia / Latvian / ",
    "LBN": "Lebanese Republic / Lebanese / ",
    "LSO": "Kingdom of Lesotho / Basotho|Mosotho / ",
    "LBR": "Republic of Liberia / Liberian / ",
    "LBY": "State of Libya / Libyan / ",
    "LIE": "Principality of Liechtenstein / Liechtensteiner / ",
    "LTU": "Republic of Lithuania / Lithuanian / ",
    "LUX": "Grand Duchy of Luxembourg / Luxembourger|Luxembourgish / ",
    "MKD": "Macedonia|Republic of North Macedonia|Republic of Macedonia|FYROM|Former Yugoslav Republic of Macedonia / Macedonian|North Macedonian / ",
    "MDG": "Republic of Madagascar / Malagasy / ",
    "MWI": "Republic of Malawi / Malawian / ",
    "MYS": " / Malaysian / ",
    "MDV": "Republic of Maldives / Maldivian / ",
    "MLI": "Republic of Mali / Malian / ",
    "MLT": "Republic of Malta / Maltese / ",
    "MHL": "Republic of the Marshall Islands / Marshallese / ",
    "MTQ": " / Martinican|Martiniquais / Fort-de-France",
    "MRT": "Islamic Republic of Mauritania / Mauritanian / ",
    "MUS": "Republic of Mauritius / Mauritian / ",
    "MYT": " / Mahoran|Mahorais / Mamoudzou",
    "MEX": "United Mexican States / Mexican / ",
    "FSM": "Federated States of Micronesia / Micronesian / ",
    "MDA": "Republic of Moldova|Moldavia / Moldovan / Chișinău",
    "MCO": "Principality of Monaco / Monegasque|Monacan / ",
    "MNG": " / Mongolian / ",
    "MSR": " / Montserratian / ",
    "MNE": "Crna Gora / Montenegrin / ",
    "MAR": "Kingdom of Morocco / Moroccan / ",
    "MOZ": "Republic of Mozambique / Mozambican / ",
    "MMR": "Burma|Republic of the Union of Myanmar / Burmese|Myanmarese / Naypyidaw|Nay Pyi Taw|Naypyitaw",
    "NAM": "Republic of Namibia / Namibian / ",
    "NRU": "Republic of Nauru / Nauruan / Yaren",
    "NPL": " / Nepalese|Nepali / ",
    "NLD": "Holland|Kingdom of the Netherlands / Dutch|Dutchman|Dutchwoman|Netherlander / ",
    "ANT": "Dutch Antilles / Antillean / Willemstad",
    "NCL": "Kanaky / New Caledonian / Noumea|Nouméa",
    "NZL": "Aotearoa|NZ / New Zealander / ",
    "NIC": "Republic of Nicaragua / Nicaraguan / ",
    "NER": "Republic of Niger / Nigerien / ",
    "NGA": "Federal Republic of Nigeria / Nigerian / ",
    "NIU": " / Niuean / Alofi",
    "NFK": " / Norfolk Islander / ",
    "PRK": "DPRK|D.P.R.K.|Democratic People's Republic of Korea|N. Korea / North Korean / ",
    "NOR": "Kingdom of Norway / Norwegian / ",
    "OMN": "Sultanate of Oman / Omani / ",
    "PAK": "Islamic Republic of Pakistan / Pakistani / ",
    "PLW": "Republic of Palau / Palauan / Ngerulmud",
    "PSE": "State of Palestine|Occupied Palestinian Territories|Palestinian territories|West Bank|Gaza|Gaza Strip / Palestinian / Ramallah",
    "PAN": "Republic of Panama / Panamanian / ",
    "PNG": "Independent State of Papua New Guinea / Papua New Guinean / ",
    "PRY": "Republic of Paraguay / Paraguayan / Asunción",
    "PER": "Republic of Peru / Peruvian / ",
    "PHL": "Republic of the Philippines / Philippine|Filipino / ",
    "PCN": "Pitcairn / Pitcairn Islander / Adamstown",
    "POL": "Republic of Poland / Polish / ",
    "PRT": "Portuguese Republic / Portuguese / ",
    "PRI": "Commonwealth of Puerto Rico / Puerto Rican / San Juan",
    "QAT": "State of Qatar / Qatari / ",
    "ZAF": "Republic of South Africa / South African / ",
    "ROU": "Rumania / Romanian / ",
    "RUS": "Russian Federation / Russian / Kremlin",
    "RWA": "Republic of Rwanda / Rwandan / ",
    "BLM": "Saint Barthélemy|St. Barts|St. Barths|Saint-Barthélemy / Barthélemois / Gustavia",
    "SHN": "St. Helena|Saint Helena, Ascension and Tristan da Cunha / Saint Helenian / ",
    "LCA": "St. Lucia|St Lucia / Saint Lucian|St. Lucian / ",
    "VCT": "St. Vincent and the Grenadines|St Vincent and the Grenadines|Saint Vincent|St. Vincent / Vincentian / ",
    "WSM": "Independent State of Samoa|Western Samoa / Samoan / ",
    "SMR": "Republic of San Marino / Sammarinese / ",
    "STP": "São Tomé and Príncipe / Santomean|Sao Tomean / ",
    "SAU": "Kingdom of Saudi Arabia|KSA / Saudi|Saudi Arabian / ",
    "SEN": "Republic of Senegal / Senegalese / ",
    "SRB": "Republic of Serbia / Serbian|Serb / ",
    "SYC": "Republic of Seychelles / Seychellois / ",
    "SLE": "Republic of Sierra Leone / Sierra Leonean / ",
    "SGP": "Republic of Singapore / Singaporean / ",
    "SVK": "Slovak Republic / Slovak|Slovakian / ",
    "SVN": "Republic of Slovenia / Slovenian|Slovene / ",
    "SLB": "Solomons / Solomon Islander / ",
    "SOM": "Federal Republic of Somalia / Somali / ",
    "KOR": "Republic of Korea|ROK|S. Korea / South Korean / Blue House",
    "SSD": "Republic of South Sudan / South Sudanese / ",
    "ESP": "Kingdom of Spain / Spanish|Spaniard / ",
    "LKA": "Democratic Socialist Republic of Sri Lanka|Ceylon / Sri Lankan / ",
    "SDN": "Republic of the Sudan|Republic of Sudan / Sudanese / ",
    "SUR": "Republic of Suriname|Surinam / Surinamese / ",
    "SWZ": "Swaziland|Kingdom of Eswatini|Kingdom of Swaziland / Swazi|Liswati / Lobamba",
    "SWE": "Kingdom of Sweden / Swedish|Swede / ",
    "CHE": "Swiss Confederation|Confederation of Switzerland / Swiss / ",
    "SYR": "Syrian Arab Republic / Syrian / ",
    "TWN": "Republic of China|Chinese Taipei|Formosa / Taiwanese / ",
    "TJK": "Republic of Tajikistan / Tajik|Tajikistani / ",
    "THA": "Kingdom of Thailand|Siam / Thai / ",
    "TMP": "Timor-Leste|Timor Leste|Democratic Republic of Timor-Leste / Timorese|East Timorese / ",
    "TGO": "Togolese Republic / Togolese / Lomé",
    "TKL": " / Tokelauan / ",
    "TON": "Kingdom of Tonga / Tongan / ",
    "TTO": "Republic of Trinidad and Tobago|Trinidad / Trinidadian|Tobagonian / ",
    "TUN": "Republic of Tunisia / Tunisian / ",
    "TUR": "Türkiye|Turkiye|Republic of Turkey|Republic of Türkiye / Turkish|Turk / ",
    "TKM": " / Turkmen / Ashkhabad",
    "TUV": " / Tuvaluan / Funafuti",
    "UGA": "Republic of Uganda / Ugandan / ",
    "UKR": " / Ukrainian / ",
    "ARE": "UAE|U.A.E. / Emirati / ",
    "URY": "Oriental Republic of Uruguay / Uruguayan / ",
    "USA": "United States of America|U.S.|US|U.S.A.|USA|America / American / White House",
    "TZA": "United Republic of Tanzania / Tanzanian / Dodoma",
    "VIR": "US Virgin Islands|United States Virgin Islands|Virgin Islands of the United States|USVI / Virgin Islander / Charlotte Amalie",
    "UZB": "Republic of Uzbekistan / Uzbek|Uzbekistani / ",
    "VUT": "Republic of Vanuatu|New Hebrides / Ni-Vanuatu / ",
    "VEN": "Bolivarian Republic of Venezuela / Venezuelan / ",
    "VNM": "Viet Nam|Socialist Republic of Vietnam / Vietnamese / ",
    "WLF": "Wallis and Futuna Islands / Wallisian|Futunan / Mata-Utu",
    "ESH": "Sahrawi Arab Democratic Republic / Sahrawi|Saharawi / ",
    "YEM": "Republic of Yemen / Yemeni / ",
    "ZMB": "Republic of Zambia / Zambian / ",
    "ZWE": "Republic of Zimbabwe / Zimbabwean / ",
    "IOT": "Chagos Islands|Chagos Archipelago / Chagossian / ",
    "CXR": "Territory of Christmas Island / Christmas Islander / Flying Fish Cove",
    "CCK": "Cocos Islands|Keeling Islands / Cocos Islander / ",
    "VAT": "Vatican City|Vatican City State|Holy See /  / ",
}


# CountryInfo records that are not countries (sub-state entities or regions without an ISO code).
SKIP_RECORDS = {"TIBET", "TURKISH_REPUBLIC_OF_NORTH_CYPRUS", "BOSNIAK/CROAT_FEDERATION", "BOSNIAN_SERB_REPUBLICA"}

# Records whose CountryInfo code is missing, shared with the parent state (FRA for Mayotte) or not an
# ISO code: the code used instead. 6-letter CAMEO sub-codes (USAASM) use the ISO alpha-3 (ASM).
RECORD_CODE = {
    "MAYOTTE": "MYT", "SAINT_BARTHELEMY": "BLM", "JERSEY": "JEY", "BRITISH_INDIAN_OCEAN_TERRITORY": "IOT",
    "CHRISTMAS_ISLAND": "CXR", "COCOS_ISLANDS": "CCK", "SERBIA_AND_MONTENEGRO": "SRB",
    "NETHERLANDS_ANTILLES": "ANT",
}

# ISO alpha-2 codes that CountryInfo has wrong or lacks (its ISR row says IS, GTM says GP, ...).
ISO2_FIX = {
    "ISR": "IL", "GTM": "GT", "GIN": "GN", "MMR": "MM", "COK": "CK", "KSV": "XK", "SRB": "RS", "ANT": "AN",
}

# Countries the project needs that CountryInfo lacks: code -> ISO alpha-2 (label etc. in COUNTRY/SPEC).
EXTRA_COUNTRIES = {"VAT": "VA"}

# CountryInfo capitals dropped: nicknames, wrong entries, historical or local-language forms, and
# ambiguous words ("Male" is the Maldives' capital but mostly an English word).
DROP_CAPITALS = {
    "City of Light", "Eternal City", "New Flower", "Thule", "Male", "Washington D.C.", "Bruxelles",
    "Kobenhavn", "Praha", "Prag", "Roma", "Warszawa", "Lisboa", "Beograd", "Bucharesti", "Bucuresti",
    "Athinai", "Al Qahira", "El Qahira", "Bayrut", "Dimashq", "Dimash", "Masqat", "Al Kuwayt", "Koweit",
    "Al Khartoum", "Tarabulus Al-Gharb", "Muqdisho", "Mogadiscio", "Ciudad de Mexico", "La Habana",
    "Konakri", "Helsingfors", "Christiania", "Serdica", "Usumbura", "Leopoldville", "Fort-Lamy",
    "Salisbury", "Frunze", "Stalinabad", "Urga", "Kulun", "Ciudad Trujillo", "Bida", "El Beda", "Uskub",
    "Skoplje", "Tiflis", "Erivan", "Jerevan", "Gran Santiago", "Vilna", "Vilno", "Wilno", "Tallin",
    "Biskek", "Dusanbe", "Dyushambe", "Taskent", "Taipeh", "Phnum Penh", "Pnom Penh", "Asmera",
    "Adis Abeba", "Tarawa Atoll", "Yaren District", "Luxembourg-Ville", "Monaco-Ville", "Rangoon",
    "Yangon", "Valetta", "Kyyiv", "Sana", "St. Georges", "Melekeok", "Vaiaku", "Tarawa",
}
# Capitals dropped for one country only (CountryInfo gives Montenegro Serbia's capital).
DROP_CAPITALS_OF = {"MNE": {"Belgrade", "Beograd"}}
# CountryInfo spellings replaced by the usual English form.
CAPITAL_FIX = {"Porto Novo": "Porto-Novo", "Port au Prince": "Port-au-Prince", "Port of Spain": "Port of Spain"}

NO_PLURAL_ADJ = {
    "Khmer", "Lao", "Malagasy", "Basotho", "Mosotho", "Motswana", "Batswana", "Burkinabe", "Burkinabé",
    "Ni-Vanuatu", "I-Kiribati", "Liswati", "Manx", "Kyrgyz", "Kirghiz", "Turkmen", "Philippine",
    "Greenlandic", "Icelandic", "Luxembourgish", "Barthélemois", "Martiniquais", "Mahorais",
    "Seychellois", "Central African", "Saudi Arabian", "Swiss", "Faroese", "Faeroese",
}


def demonym_plural(adj):
    """Iranian -> Iranians, Frenchman -> Frenchmen; None for Chinese, British, Swiss."""
    if adj in NO_PLURAL_ADJ or " " in adj.strip() and adj.split(" ")[-1] in NO_PLURAL_ADJ:
        return None
    last = adj.split(" ")[-1]
    if last.endswith("man") and last.lower() not in NOT_MAN:
        return adj[:-3] + "men"
    if re.search(r"(ese|ish|sh|ss|x|z|ch|s|ic)$", last) and last != "Czech":
        return None
    return adj + "s"


def split_spec(v):
    parts = [p.strip() for p in v.split(" / ")]
    while len(parts) < 3:
        parts.append("")
    return [[x.strip() for x in p.split("|") if x.strip()] for p in parts[:3]]


def build_countries(ref):
    recs = read_countryinfo(os.path.join(ref, "countryinfo", "CountryInfo.120116.txt"))
    rows = {}
    for r in recs:
        if r["name"] in SKIP_RECORDS:
            continue
        code = RECORD_CODE.get(r["name"]) or (r["code"] if len(r["code"]) == 3 else r["iso3"])
        if code in rows:
            raise SystemExit("duplicate country code %s (%s)" % (code, r["name"]))
        if code not in COUNTRY or code not in SPEC:
            raise SystemExit("no curated entry for %s (%s)" % (code, r["name"]))
        iso2 = ISO2_FIX.get(code, r["iso2"])
        caps = []
        for c in r["cap"]:
            c = proper(clean(c))
            c = CAPITAL_FIX.get(c, c)
            if c and c not in DROP_CAPITALS and c not in DROP_CAPITALS_OF.get(code, set()):
                caps.append(c)
        rows[code] = {"iso2": iso2, "caps": caps}
    for code, iso2 in EXTRA_COUNTRIES.items():
        rows[code] = {"iso2": iso2, "caps": []}
    out = []
    for code in sorted(rows):
        label, qid = COUNTRY[code]
        names, adjs, extra_caps = split_spec(SPEC[code])
        adjectives = []
        for a in adjs:
            adjectives.append(a)
            pl = demonym_plural(a)
            if pl:
                adjectives.append(pl)
        seen = {label}
        names = [n for n in names if not (n in seen or seen.add(n))]
        adjectives = [a for a in adjectives if not (a in seen or seen.add(a))]
        caps = [c for c in rows[code]["caps"] + extra_caps if not (c in seen or seen.add(c))]
        out.append((code, label, rows[code]["iso2"], qid, "|".join(names), "|".join(adjectives), "|".join(caps)))
    return out


def check_countries(rows):
    """Every alias (label, name, adjective, capital) must belong to one country, and codes be unique."""
    owner, problems = {}, []
    iso2 = {}
    for code, label, i2, qid, names, adjs, caps in rows:
        if i2 in iso2:
            problems.append("iso2 %s for %s and %s" % (i2, iso2[i2], code))
        iso2[i2] = code
        for a in [label] + [x for f in (names, adjs, caps) for x in f.split("|") if x]:
            k = a.lower()
            if k in owner and owner[k] != code:
                problems.append("alias %r for %s and %s" % (a, owner[k], code))
            owner[k] = code
    return problems


# =====================================================================================
# agents.tsv  (from phoenix/Phoenix.agents.txt, MIT)
# =====================================================================================

# Sector corrections: the dictionary codes these MED (or not at all), but in news they
# almost always speak or act for a government.
AGENT_SECTOR_FIX = {
    "spokesman": "GOV",
    "spokeswoman": "GOV",
    "spokesperson": "GOV",
    "deputy": "LEG",  # dictionary: COP (US sheriff's deputy); in world news: member of a chamber of deputies
}

# Agent nouns missing from the dictionary (or only present inside longer phrases).
AGENT_ADD = {
    "official": "GOV",
    "administration": "GOV",
    "ministry": "GOV",
    "minister": "GOV",
    "authorities": "GOV",
    "regime": "GOV",
    "diplomat": "GOV",
    "spokesperson": "GOV",
    "spokesman": "GOV",
    "spokeswoman": "GOV",
    "lawmaker": "LEG",
    "legislator": "LEG",
    "parliament": "LEG",
    "court": "JUD",
    "protester": "OPP",
    "protestor": "OPP",
    "demonstrator": "OPP",
    "opposition": "OPP",
    "opposition group": "OPP",
    "police": "COP",
    "army": "MIL",
    # only the plural: "Serb forces", "government forces" (the dictionary has only longer phrases;
    # the singular "force" is mostly "the use of force")
    "forces": "MIL",
    "rebel": "REB",
    "government": "GOV",
}

# Explicit plurals that the dictionary gets wrong or that the rules below cannot derive.
AGENT_PLURAL_FIX = {
    "midwife": "midwives",
    "member of the legislature": "members of the legislature",
    "authorities": "",
    "forces": "",
    "attorney general": "attorneys general",
    "solicitor general": "solicitors general",
    "secretary general": "secretaries general",
    "secretary-general": "secretaries-general",
    "mafioso": "mafiosi",
    "prosecutor general": "prosecutors general",
    "procurator general": "procurators general",
    "court supreme": "",
}

# Truncated stems of the TABARI-era dictionary (FINANCE_MINIST, PORT_AUTHORIT) -> full words.
AGENT_STEMS = {"minist": ["minister", "ministry"], "authorit": ["authority"], "compan": ["company"], "industr": ["industry"]}

# Dictionary entries dropped: garbled ("ent affairs minist") or clauses rather than nouns.
AGENT_DROP = {"ent affairs minister", "ent affairs ministry", "soldiers, along with their families"}

UNCOUNTABLE = {
    "police", "personnel", "staff", "clergy", "media", "press", "military", "infantry",
    "artillery", "cavalry", "intelligence", "security", "public", "people", "aircraft",
    "enforcement", "crime", "news", "gendarmerie", "gendarmery", "youth", "rabble",
    "poor", "jewry", "laity", "peasantry", "weaponry", "leadership", "opposition", "judiciary",
    "fedayeen", "mujahideen", "mujahedeen", "mujahedin", "mujahidin", "taliban", "corps",
    "kin", "offspring", "livestock", "equipment", "hardware", "gangdom", "aid", "brass", "shipping",
}
IRREGULAR = {
    "man": "men", "woman": "women", "person": "people", "child": "children", "thief": "thieves",
    "wife": "wives", "housewife": "housewives", "midwife": "midwives", "chief": "chiefs",
    "hero": "heroes", "torpedo": "torpedoes", "veto": "vetoes", "alumnus": "alumni",
    "mafioso": "mafiosi", "criterion": "criteria", "leaf": "leaves", "self": "selves",
    "half": "halves", "life": "lives", "knife": "knives", "fungus": "fungi", "nucleus": "nuclei",
    "crisis": "crises", "analysis": "analyses", "thesis": "theses", "basis": "bases",
    "bus": "buses", "caucus": "caucuses", "campus": "campuses", "census": "censuses",
    "virus": "viruses", "status": "statuses", "chorus": "choruses", "consensus": "consensuses",
}
NOT_MAN = {"human", "german", "roman", "shaman", "talisman", "ottoman", "caiman", "walkman", "oman", "cayman"}
PREPOSITIONS = {"of", "for", "in", "to", "at", "on", "with", "from", "against", "without", "under", "over"}


def plural_word(w):
    lw = w.lower()
    if lw in IRREGULAR:
        return IRREGULAR[lw]
    if lw in UNCOUNTABLE or lw.endswith("men") or lw.endswith("people") or lw.endswith("children"):
        return None
    if lw.endswith("man") and lw not in NOT_MAN and not lw.endswith("german"):
        return lw[:-3] + "men"
    if lw.endswith("person"):
        return lw[:-6] + "people"
    if lw.endswith("wife"):
        return lw[:-4] + "wives"
    if lw.endswith("child"):
        return lw + "ren"
    if lw.endswith("ss") or lw.endswith("sh") or lw.endswith("x") or lw.endswith("z"):
        return lw + "es"
    if lw.endswith("ch"):
        return lw + ("s" if lw.endswith("arch") or lw.endswith("ech") else "es")
    if lw.endswith("s"):
        return None  # already plural (forces, troops) or an invariable noun (corps, series)
    if lw.endswith("y") and len(lw) > 1 and lw[-2] not in "aeiou":
        return lw[:-1] + "ies"
    if lw.endswith(".") or lw.endswith("ed") or lw.endswith("-owned"):
        return None  # abbreviation (adm., gen.) or adjective (retired, state-owned)
    return lw + "s"


def plural_term(term):
    """Plural of an agent noun phrase: the head noun (before the first preposition, else the last word)."""
    if term in AGENT_PLURAL_FIX:
        return AGENT_PLURAL_FIX[term]
    words = term.split(" ")
    head = len(words) - 1
    for i, w in enumerate(words):
        if i > 0 and w in PREPOSITIONS:
            head = i - 1
            break
    hw = words[head]
    if "-" in hw and hw.split("-")[-1]:  # anti-drug agent is handled by the last word; a-b heads: pluralize the last part
        parts = hw.split("-")
        p = plural_word(parts[-1])
        pw = None if p is None else "-".join(parts[:-1] + [p])
    else:
        pw = plural_word(hw)
    if pw is None:
        return ""
    return " ".join(words[:head] + [pw] + words[head + 1:])


def build_agents(ref):
    path = os.path.join(ref, "phoenix", "Phoenix.agents.txt")
    macros = {}
    rows = {}  # term -> (sector, plural)
    order = []
    rejected = []
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().split("\n")
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if m:
            macros[m.group(1)] = [x.strip() for x in m.group(2).split(",")]
            continue
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^(?P<term>[^\[{]+?)\s*(\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]}]*)[\]}]\s*$", line)
        if not m:
            rejected.append(line)
            continue
        code = m.group("code").strip()
        if not code.startswith("~") or len(code) < 4:
            rejected.append(line)  # [IGO~] prefixes and malformed codes are not sectors
            continue
        sector = code[1:4]
        term = m.group("term").strip()
        explicit = m.group("plural")
        if any(ord(c) > 127 for c in term) or "(" in term:
            rejected.append(line)
            continue
        term = term.replace("AD!MINIST!RAT", "ADMINISTRAT")
        term = re.sub(r"_\s+", "_", term)
        forms = []
        for singular, plural in expand(term, macros):
            last = norm_term(singular).split(" ")[-1]
            if last in AGENT_STEMS:
                base = norm_term(singular)[: -len(last)]
                forms += [(base + w, None) for w in AGENT_STEMS[last]]
            else:
                forms.append((singular, plural))
        for singular, plural in forms:
            t = norm_term(singular)
            if t in AGENT_DROP:
                continue
            if not t or t.split(" ")[-1] in PREPOSITIONS:
                continue  # "ambassador to", "embassy in": phrase prefixes, not nouns
            if plural is not None:
                pl = norm_term(plural)
            elif explicit is not None and explicit.strip():
                pl = norm_term(explicit)
            elif explicit is not None and not t.split(" ")[-1].endswith("man"):
                pl = ""  # {} in the dictionary: no plural form (police, rabble)
            else:
                pl = plural_term(t)
            if t in AGENT_PLURAL_FIX:
                pl = AGENT_PLURAL_FIX[t]
            sec = AGENT_SECTOR_FIX.get(t, sector)
            if t not in rows:
                rows[t] = (sec, pl)
                order.append(t)
    for t, sec in AGENT_ADD.items():
        if t not in rows:
            rows[t] = (sec, plural_term(t) if t not in AGENT_PLURAL_FIX else AGENT_PLURAL_FIX[t])
    # a term already listed as another term's plural (rebel armies / rebel army) is dropped
    plurals = {pl for (_, pl) in rows.values() if pl}
    out = []
    for t in sorted(rows):
        sec, pl = rows[t]
        if t in plurals and t not in AGENT_ADD and any(rows[o][1] == t and o != t for o in rows):
            continue
        if pl == t:
            pl = ""
        out.append((t, sec, pl))
    return out, rejected


def expand(term, macros):
    """(singular, plural-or-None) forms of a dictionary entry with !MACRO! substitutions."""
    m = re.search(r"![A-Z]+!", term)
    if not m:
        return [(term, None)]
    name = m.group(0)
    values = macros.get(name, [])
    pairs = []
    if name == "!PERSON!":
        pairs = [("MAN", "MEN"), ("WOMAN", "WOMEN"), ("PERSON", "PEOPLE")]
    elif name == "!MINIST!":
        pairs = [("MINISTER", "MINISTERS"), ("MINISTRY", "MINISTRIES")]
    else:
        pairs = [(v, None) for v in values]
    out = []
    for s, p in pairs:
        rest_s = term[: m.start()] + s + term[m.end():]
        rest_p = None if p is None else term[: m.start()] + p + term[m.end():]
        for s2, p2 in expand(rest_s, macros):
            out.append((s2, rest_p if p2 is None else p2))
    return out


def norm_term(s):
    s = s.replace("_", " ").strip().lower()
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"^a ", "", s)
    s = re.sub(r"\s*,\s*", ", ", s)
    return s.strip(" ,")


# =====================================================================================
# validation of all gazetteer/lexicon files (generated and hand-written)
# =====================================================================================

TSV_HEADERS = {
    "gazetteer/countries.tsv": ["code", "label", "iso2", "wikidata", "names", "adjectives", "capitals"],
    "gazetteer/organizations.tsv": ["key", "label", "type", "code", "country", "wikidata", "aliases"],
    "gazetteer/agreements.tsv": ["key", "label", "wikidata", "aliases"],
    "gazetteer/people.tsv": ["key", "label", "country", "code", "wikidata", "aliases", "start", "end"],
    "lexicon/agents.tsv": ["term", "sector", "plural"],
    "lexicon/roles.tsv": ["title", "relation", "sector", "head"],
}


def read_tsv(path, header):
    """Rows of a data TSV as dicts; raises SystemExit on a format error."""
    problems, rows = [], []
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != header:
        problems.append("%s: header is not %s" % (path, "\t".join(header)))
    for i, line in enumerate(lines[1:], 2):
        if line.startswith("#"):
            continue
        cells = line.split("\t")
        if "\r" in line or len(cells) != len(header):
            problems.append("%s:%d: %d columns (want %d)" % (path, i, len(cells), len(header)))
            continue
        if any(c != c.strip() or (c and "" in c.split("|")) for c in cells):
            problems.append("%s:%d: stray whitespace or empty | item" % (path, i))
        rows.append(dict(zip(header, cells)))
    return rows, problems


def validate(root):
    """Format, key, reference and value checks over the six files; returns a list of problems."""
    import datetime
    problems, data = [], {}
    for rel, header in TSV_HEADERS.items():
        rows, p = read_tsv(os.path.join(root, "data", rel), header)
        problems += p
        keys = [r[header[0]] for r in rows]
        dup = sorted({k for k in keys if keys.count(k) > 1})
        if dup:
            problems.append("%s: duplicate keys %s" % (rel, dup))
        if keys != sorted(keys):
            problems.append("%s: rows not sorted by %s" % (rel, header[0]))
        data[rel] = rows
    countries = data["gazetteer/countries.tsv"]
    problems += ["countries.tsv: " + p for p in check_countries(
        [tuple(r[h] for h in TSV_HEADERS["gazetteer/countries.tsv"]) for r in countries])]
    codes = {r["code"] for r in countries}
    qid = re.compile(r"^Q[1-9][0-9]*$")
    seen_qids = {}
    for rel in ("gazetteer/countries.tsv", "gazetteer/organizations.tsv", "gazetteer/agreements.tsv", "gazetteer/people.tsv"):
        for r in data[rel]:
            q = r["wikidata"]
            if q and not qid.match(q):
                problems.append("%s: bad Q-id %r" % (rel, q))
            if q and q in seen_qids:
                problems.append("%s: Q-id %s also used by %s" % (rel, q, seen_qids[q]))
            seen_qids.setdefault(q, r[TSV_HEADERS[rel][0]]) if q else None
    for r in data["gazetteer/organizations.tsv"]:
        if r["type"] not in ("InternationalOrganization", "Organization", "Group"):
            problems.append("organizations.tsv: %s: type %r" % (r["key"], r["type"]))
        if r["country"] and r["country"] not in codes:
            problems.append("organizations.tsv: %s: unknown country %s" % (r["key"], r["country"]))
    for r in data["gazetteer/people.tsv"]:
        if not r["key"].startswith("person/"):
            problems.append("people.tsv: key %s lacks person/" % r["key"])
        if r["country"] and r["country"] not in codes:
            problems.append("people.tsv: %s: unknown country %s" % (r["key"], r["country"]))
        for col in ("start", "end"):
            if r[col]:
                try:
                    datetime.date.fromisoformat(r[col])
                except ValueError:
                    problems.append("people.tsv: %s: bad %s date %r" % (r["key"], col, r[col]))
        if r["start"] and r["end"] and r["end"] < r["start"]:
            problems.append("people.tsv: %s: ends before it starts" % r["key"])
    for r in data["lexicon/roles.tsv"]:
        if r["relation"] not in ("leaderOf", "spokespersonOf", "officialOf", "memberOf") or r["head"] not in ("yes", "no"):
            problems.append("roles.tsv: %s: bad relation/head" % r["title"])
        if r["title"] != r["title"].lower():
            problems.append("roles.tsv: %s: title not lower-case" % r["title"])
    for r in data["lexicon/agents.tsv"]:
        if not re.match(r"^[A-Z]{3}$", r["sector"]) or r["term"] != r["term"].lower():
            problems.append("agents.tsv: %s: bad sector or case" % r["term"])
    return problems


# =====================================================================================
# output
# =====================================================================================

def write_tsv(path, header, rows, comments=()):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        for c in comments:
            f.write("# " + c + "\n")
        for r in rows:
            cells = [str(x) for x in r]
            for x in cells:
                if "\t" in x or "\n" in x:
                    raise SystemExit("bad cell %r" % x)
            f.write("\t".join(cells) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ref", default=DEFAULT_REF, help="shared reference folder (default %(default)s)")
    ap.add_argument("--root", default=DEFAULT_ROOT, help="project root (default %(default)s)")
    ap.add_argument("--check", action="store_true", help="write nothing; validate the six gazetteer/lexicon files in place")
    args = ap.parse_args(argv)

    countries = build_countries(args.ref)
    problems = check_countries(countries)
    if problems:
        for p in problems:
            print("countries.tsv: " + p, file=sys.stderr)
        return 1
    agents, rejected = build_agents(args.ref)
    if args.check:
        problems = validate(args.root)
        for p in problems:
            print(p, file=sys.stderr)
        print("checked data/gazetteer and data/lexicon: %d problem(s)" % len(problems))
        return 1 if problems else 0
    write_tsv(
        os.path.join(args.root, "data", "gazetteer", "countries.tsv"),
        ["code", "label", "iso2", "wikidata", "names", "adjectives", "capitals"],
        countries,
        ["Generated by data/scripts/build_gazetteer.py from CountryInfo.120116.txt (openeventdata/CountryInfo, CC BY-SA 3.0).",
         "This file is licensed CC BY-SA 3.0. Columns: see data/README.md. Do not edit by hand: edit the script and rerun it."],
    )
    write_tsv(
        os.path.join(args.root, "data", "lexicon", "agents.tsv"),
        ["term", "sector", "plural"],
        agents,
        ["Generated by data/scripts/build_gazetteer.py from Phoenix.agents.txt (openeventdata/petrarch2, MIT).",
         "Columns: see data/README.md. Do not edit by hand: edit the script and rerun it."],
    )
    print("wrote countries.tsv (%d rows) and agents.tsv (%d rows)" % (len(countries), len(agents)))
    problems = validate(args.root)
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
