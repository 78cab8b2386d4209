#!/usr/bin/env python3
"""Builds data/gazetteer/leaders.tsv: heads of state, heads of government and foreign ministers with dated terms.

Source: Wikidata (CC0) as queried and committed by the EveryPolitician scrapers (github.com/every-politician-scrapers):
  - world-leaders-2021, data/wikidata.csv: the holders of every country's head-of-state (P1906) and
    head-of-government (P1313) office in office in 2021-2022, with start and end years;
  - world, sources/foreign/wikidata.csv: the holders of every country's foreign-minister office (subclass of
    Q7330070), with start dates.
Both files were re-queried and committed many times; every committed version up to the pinned commit is read
(`git show`), so a holder who left office between two versions is known to have left by the later one.

Python 3, stdlib only, plus the git command line. Reads the fetched snapshots (bare git directories, see --mirror)
and countries.tsv, people.tsv and phoenix-people.tsv of this project; output is sorted and byte-for-byte
reproducible for the pinned commits.
"""
import argparse
import collections
import csv
import io
import os
import re
import subprocess
import sys
import unicodedata

DEFAULT_ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DEFAULT_MIRROR = "/work/.mirror"
LEADERS = ("every-politician-scrapers+world-leaders-2021", "be7039cf5952d8121c4f1e24eea64cc5dd465633",
           "data/wikidata.csv")
FOREIGN = ("every-politician-scrapers+world", "4a3b394d9a35d26d138cded8718d0805b7ce9336",
           "sources/foreign/wikidata.csv")
# Wikidata items of states that countries.tsv does not carry under that item
EXTRA_COUNTRIES = {"Q756617": "DNK", "Q29999": "NLD", "Q27": "IRL", "Q219060": "PSE", "Q159583": "VAT",
                   "Q427941": "AFG", "Q30747910": "AFG"}
HONORIFICS = ("Dr. ", "Archbishop ", "Sheikh ", "Sir ", "Prof. ", "H.E. ")
HEADER = ["key", "label", "country", "wikidata", "aliases", "terms"]


class Malformed(Exception):
    pass


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm(s):
    return re.sub(r"\s+", " ", fold(s).replace("-", " ")).strip().lower()


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", fold(s).lower()).strip("-")


def versions(mirror, repo, pin, path):
    """Every committed version of path up to pin, oldest first: [(commit date, rows)]."""
    gitdir = os.path.join(mirror, repo, "repo")
    if not os.path.isdir(gitdir):
        raise Malformed("%s: no snapshot; fetch github:%s first" % (gitdir, repo.replace("+", "/")))
    git = ["git", "--git-dir=" + (os.path.join(gitdir, ".git") if os.path.isdir(os.path.join(gitdir, ".git"))
                                  else gitdir)]
    log = subprocess.run(git + ["log", "--format=%H %cs", pin, "--", path], check=True, capture_output=True,
                         text=True).stdout.split("\n")
    out = []
    for line in reversed([x for x in log if x.strip()]):
        commit, date = line.split()
        text = subprocess.run(git + ["show", "%s:%s" % (commit, path)], check=True, capture_output=True).stdout
        out.append((date, list(csv.DictReader(io.StringIO(text.decode("utf-8"))))))
    return out


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        return [dict(zip(header, line.rstrip("\n").split("\t"))) for line in f
                if line.strip() and not line.startswith("#")]


def country_map(root):
    m = {r["wikidata"]: r["code"] for r in read_tsv(os.path.join(root, "data", "gazetteer", "countries.tsv"))
         if r["wikidata"]}
    for q, code in EXTRA_COUNTRIES.items():
        m.setdefault(q, code)
    return m


def clean_name(name):
    for h in HONORIFICS:
        if name.startswith(h):
            name = name[len(h):]
    name = re.sub(r",? (Sr|Jr)\.?$", "", name)
    return name.strip()


def leader_terms(vers, countries, stats):
    """Heads of state and government: {(person, country): {"name", "terms": {(start, end)}}}."""
    spans = {}     # (person, position, start_year) -> [name, country, end_year, last version date seen]
    dates = [d for d, _ in vers]
    for i, (date, rows) in enumerate(vers):
        for r in rows:
            person = r.get("officeholder", "")
            name = r.get("officeholderLabel") or r.get("officeholderItemLabel") or ""
            qc = r.get("countryid") or r.get("country") or ""
            label = r.get("positionLabel") or r.get("positionItemLabel") or ""
            if not person or re.fullmatch(r"Q\d+", name or "Q0"):
                stats["leaders: no English label"] += 1
                continue
            if label.lower().startswith("monarch of") and countries.get(qc) != "GBR":
                # the British monarch is also monarch of 14 other realms: coded once, as GBR
                stats["leaders: Commonwealth realm monarch (kept as GBR)"] += 1
                continue
            if qc not in countries:
                stats["leaders: state not in countries.tsv"] += 1
                continue
            k = (person, r["position"], r["start_year"])
            s = spans.setdefault(k, [name, countries[qc], "", date, i])
            s[0], s[3], s[4] = name, date, i
            if r.get("end_year"):
                s[2] = r["end_year"]
    out = {}
    for (person, _pos, start), (name, code, end, _seen, last) in spans.items():
        if not start or not start.isdigit() or int(start) < 1900:
            stats["leaders: no usable start year"] += 1
            continue
        start_d = "%s-01-01" % start
        if end:
            end_d = "%s-12-31" % end
        elif last < len(vers) - 1:
            end_d = dates[last + 1]      # gone from the next version: out of office by then
        else:
            end_d = ""
        e = out.setdefault((person, code), {"name": name, "terms": set()})
        e["terms"].add((start_d, end_d))
    return out


def foreign_terms(vers, countries, stats):
    """Foreign ministers: {(person, country): {"name", "terms": {(start, end)}}}; end = successor's start."""
    seen = {}      # (person, country, start) -> [name, index of last version seen]
    for i, (_date, rows) in enumerate(vers):
        for r in rows:
            if not r.get("person") or not r.get("start") or not r.get("name"):
                continue
            qc = r["country"]
            if qc not in countries:
                stats["foreign ministers: state not in countries.tsv"] += 1
                continue
            k = (r["person"], countries[qc], r["start"][:10])
            seen.setdefault(k, [clean_name(r["name"]), i])[1] = i
    by_country = collections.defaultdict(list)
    for (person, code, start), (name, last) in seen.items():
        by_country[code].append((start, person, name, last))
    dates = [d for d, _ in vers]
    out = {}
    for code, holders in by_country.items():
        holders.sort()
        for j, (start, person, name, last) in enumerate(holders):
            later = [h[0] for h in holders[j + 1:] if h[0] > start]
            if last == len(vers) - 1:
                end = ""
            elif later:
                end = later[0]
            else:
                end = dates[last + 1]
            e = out.setdefault((person, code), {"name": name, "terms": set()})
            e["terms"].add((start, end))
    stats["foreign ministers: terms"] = sum(len(e["terms"]) for e in out.values())
    return out


def curated_forms(root):
    forms, qids = set(), set()
    for r in read_tsv(os.path.join(root, "data", "gazetteer", "people.tsv")):
        forms.add(norm(r["label"]))
        forms.update(norm(a) for a in r["aliases"].split("|") if a)
        if r["wikidata"]:
            qids.add(r["wikidata"])
    return forms, qids


def build(entries, root, stats):
    curated, curated_q = curated_forms(root)
    phoenix = {}
    for r in read_tsv(os.path.join(root, "data", "gazetteer", "phoenix-people.tsv")):
        phoenix.setdefault(norm(r["label"]), []).append(r)
    merged = {}     # person qid -> {"name", "country", "terms": set of (code, start, end)}
    for (person, code), e in sorted(entries.items()):
        m = merged.setdefault(person, {"name": e["name"], "country": code, "terms": set()})
        m["terms"].update((code + "GOV", s, t) for s, t in e["terms"])
    rows, keys = [], set()
    for person, m in sorted(merged.items(), key=lambda kv: (slug(kv[1]["name"]), kv[0])):
        if person in curated_q or norm(m["name"]) in curated:
            stats["people skipped: in people.tsv"] += 1
            continue
        terms = sorted(m["terms"], key=lambda t: (t[1], t[2] or "9999"))
        # the latest term decides the country (a leader who moved to a new state codes as that state)
        country = terms[-1][0][:3]
        specs = ["%s@%s..%s" % t for t in terms]
        same = [r for r in phoenix.get(norm(m["name"]), []) if r["country"] == country]
        if same:
            # this file shadows the Phoenix entry of the same name: keep its earlier offices here
            old = [x for x in same[0]["terms"].split("|") if x]
            # a Wikidata term known to the year only gives way to a Phoenix term of that code begun that year
            exact = {(x[:x.index("@")], x[x.index("@") + 1:][:4]) for x in old if "@" in x}
            specs = old + [s for s in specs if s not in old and not (
                s[s.index("@") + 1:][4:10] == "-01-01" and (s[:s.index("@")], s[s.index("@") + 1:][:4]) in exact)]
            stats["people with Phoenix terms merged in"] += 1
        key = "person/" + slug(m["name"])
        if key in keys:
            key = "%s-%s" % (key, person.lower())
        keys.add(key)
        rows.append([key, m["name"], country, person, "", "|".join(specs)])
    rows.sort()
    return rows


def check(rows, valid):
    problems = []
    for r in rows:
        if len(r) != len(HEADER):
            problems.append("%r: %d columns" % (r, len(r)))
        if any("\t" in x or "\n" in x or x != x.strip() for x in r):
            problems.append("bad cell in %r" % (r,))
        if r[2] not in valid:
            problems.append("%s: unknown country %s" % (r[0], r[2]))
        for t in r[5].split("|"):
            if not re.fullmatch(r"[A-Z]{3,}(@(\d{4}-\d\d-\d\d)?\.\.(\d{4}-\d\d-\d\d)?)?", t):
                problems.append("%s: bad term %s" % (r[0], t))
    if len({r[0] for r in rows}) != len(rows):
        problems.append("duplicate keys")
    if problems:
        raise Malformed("; ".join(problems[:10]))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", default=DEFAULT_ROOT, help="project root (default %(default)s)")
    ap.add_argument("--mirror", default=DEFAULT_MIRROR, help="folder of the fetched snapshots (default %(default)s)")
    args = ap.parse_args(argv)
    stats = collections.Counter()
    try:
        countries = country_map(args.root)
        lv = versions(args.mirror, *LEADERS)
        fv = versions(args.mirror, *FOREIGN)
        entries = leader_terms(lv, countries, stats)
        for k, e in foreign_terms(fv, countries, stats).items():
            d = entries.setdefault(k, {"name": e["name"], "terms": set()})
            d["terms"].update(e["terms"])
        rows = build(entries, args.root, stats)
        check(rows, set(countries.values()))
    except (Malformed, subprocess.CalledProcessError) as ex:
        print("build_leaders: %s" % ex, file=sys.stderr)
        return 1
    path = os.path.join(args.root, "data", "gazetteer", "leaders.tsv")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(HEADER) + "\n")
        f.write("# Source: Wikidata (CC0), as queried by the EveryPolitician scrapers: every-politician-scrapers/"
                "world-leaders-2021 %s (%d versions) and every-politician-scrapers/world %s (%d versions). "
                "Terms of people also in phoenix-people.tsv are copied from it (MIT).\n"
                % (LEADERS[1][:7], len(lv), FOREIGN[1][:7], len(fv)))
        f.write("# Generated by data/scripts/build_leaders.py, do not edit: change the script and rerun it. "
                "Columns: see data/README.md. terms: CODE@START..END (ISO dates, either side may be empty).\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print("read %d versions of %s and %d of %s" % (len(lv), LEADERS[2], len(fv), FOREIGN[2]))
    for k in sorted(stats):
        print("%-60s %d" % (k, stats[k]))
    print("wrote leaders.tsv (%d rows)" % len(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
