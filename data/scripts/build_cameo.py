#!/usr/bin/env python3
"""Build the CAMEO / PLOVER data files of newskg from the shared reference material.

Writes (deterministically, sorted):
  data/cameo/cameo.tsv     code, label, goldstein, quad, parent, plover, plover_mode, plover_context
  ontology/cameo.ttl       CAMEO codes as a SKOS concept scheme (see ontology/README.md)
  ontology/plover.ttl      PLOVER event types (+ modes and contexts) as SKOS concept schemes
and then checks the hand-curated trigger lexicon data/lexicon/triggers.tsv against cameo.tsv
(header, 7 columns, known codes, no duplicate or conflicting rows, all 20 roots covered).

Usage: python3 data/scripts/build_cameo.py [--ref /work/shared/reference] [--root <project dir>]
Python 3 standard library only.

Sources and licenses:
  cameo/cameo_codes.json, cameo_goldstein.json, LOOKUP-CAMEO.eventcodes.txt  MIT (RBozydar/py-gdelt)
  plover/CAMEO2PLOVER-2021.txt, plover_summary.json                          CC BY-SA 4.0 (openeventdata/PLOVER)
"""
import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT_REF = "/work/shared/reference"

# --- corrections to the reference data (documented in data/README.md) -------------------

# cameo_codes.json / cameo_goldstein.json key "Conduct suicide, car, or other non-military
# bombing" as "1883" (parent "188"), while 1831-1834 name "183" as their parent: it is 183.
RENAMED_CODES = {"1883": "183"}

# Labels truncated by the PDF extraction of the manual; completed from LOOKUP-CAMEO.eventcodes.txt
# and the CAMEO 1.1b3 manual.
LABEL_FIXES = {
    "125": "Reject proposal to meet, discuss, or negotiate",
    "127": "Reject plan, agreement to settle dispute",
    "128": "Defy norms, law",
}

# PLOVER mapping overrides.
#  163: CAMEO2PLOVER-2021 says "COERCE, restrict, diplomatic", but the PLOVER manual codes
#       international sanctions as SANCTION with mode "discontinue" (SANCTION modes table).
#  155, 176, 1834, 1951, 1952: CAMEO 1.1b3 additions missing from CAMEO2PLOVER-2021; the event
#       type is the parent's, the mode is the matching PLOVER mode (instead of the parent's).
PLOVER_OVERRIDES = {
    "163": ("SANCTION", "discontinue", "economic"),
    "155": ("MOBILIZE", "weapons", "cyber"),
    "176": ("COERCE", "cyber", "cyber"),
    "1834": ("ASSAULT", "explosives", ""),
    "1951": ("ASSAULT", "aerial", "military"),
    "1952": ("ASSAULT", "drone", "military"),
}

QUAD_NUMBER = {
    "VERBAL COOPERATION": 1,
    "MATERIAL COOPERATION": 2,
    "VERBAL CONFLICT": 3,
    "MATERIAL CONFLICT": 4,
}


def sentence_case(label):
    """'MAKE PUBLIC STATEMENT' -> 'Make public statement' (only for all-caps labels)."""
    if label.upper() != label:
        return label
    low = label.lower()
    return low[:1].upper() + low[1:]


def clean_label(code, label):
    if code in LABEL_FIXES:
        return LABEL_FIXES[code]
    label = re.sub(r"\bThreate n\b", "Threaten", label)
    label = re.sub(r"\s+", " ", label).strip()
    return sentence_case(label)


def load_cameo(ref):
    with open(os.path.join(ref, "cameo", "cameo_codes.json"), encoding="utf-8") as f:
        codes = json.load(f)
    with open(os.path.join(ref, "cameo", "cameo_goldstein.json"), encoding="utf-8") as f:
        gold = json.load(f)
    out = {}
    for raw, v in codes.items():
        code = RENAMED_CODES.get(raw, raw)
        # the hierarchy is positional: 2-digit roots, 3-digit children, 4-digit grandchildren
        parent = {2: None, 3: code[:2], 4: code[:3]}[len(code)]
        name = clean_label(code, v["name"])
        desc = clean_label(code, v.get("description", v["name"]))
        out[code] = {
            "label": name,
            "definition": desc if desc != name else None,
            "goldstein": float(gold[raw]["value"]),
            "quad": int(v["quad_class"]),
            "parent": parent,
        }
    for code, c in out.items():
        if c["parent"] is not None and c["parent"] not in out:
            sys.exit("code %s: parent %s missing" % (code, c["parent"]))
    return out


def load_cameo2plover(ref):
    """code -> (type, mode, context); the first line for a code wins."""
    mapping = {}
    path = os.path.join(ref, "plover", "CAMEO2PLOVER-2021.txt")
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^(\d{2,4}):\s*(.*)$", line.rstrip("\n"))
            if not m:
                continue
            code, rest = m.group(1), m.group(2).split("#", 1)[0]
            parts = [p.strip() for p in rest.split(",")]
            while len(parts) < 3:
                parts.append("")
            ptype, mode = parts[0], parts[1]
            context = ";".join(p.strip() for p in parts[2].split(";") if p.strip())
            mapping.setdefault(code, (ptype, mode, context))
    return mapping


def plover_for(code, cameo, c2p):
    if code in PLOVER_OVERRIDES:
        return PLOVER_OVERRIDES[code]
    c = code
    while c is not None:
        if c in c2p:
            return c2p[c]
        c = cameo[c]["parent"]
    return ("", "", "")  # 01 and 02 families: dropped by PLOVER


def fmt_decimal(x):
    s = "%.1f" % x
    return "0.0" if s == "-0.0" else s


def ttl_string(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "")
    return '"%s"' % s


def clean_latex(s):
    s = s.replace("\\ldots", "…").replace("---", "—")
    s = s.replace("``", "“").replace("''", "”")
    s = re.sub(r"`([^`']*)'", r"‘\1’", s)
    s = re.sub(r"\s*See the discussion in Section \S+ on [^.]*\.", "", s)
    s = re.sub(r"(\w)\s+itemize\s*\\item", r"\1:", s)  # "including itemize \item X" -> "including: X"
    s = re.sub(r"\bitemize\b", "", s)
    s = s.replace("\\item", "")
    s = re.sub(r"\\[a-zA-Z]+\{([^}]*)\}", r"\1", s)
    s = s.replace("\\", "")
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"\s+([.,;:])", r"\1", s)
    s = re.sub(r":\s*\.", ":", s)
    return s


def write_tsv(path, cameo, c2p):
    rows = []
    for code in sorted(cameo):
        c = cameo[code]
        pt, pm, pc = plover_for(code, cameo, c2p)
        rows.append([code, c["label"], fmt_decimal(c["goldstein"]), str(c["quad"]),
                     c["parent"] or "", pt, pm, pc])
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("code\tlabel\tgoldstein\tquad\tparent\tplover\tplover_mode\tplover_context\n")
        f.write("# CAMEO event codes (CAMEO 1.1b3 manual + GDELT/PETRARCH additions), generated by "
                "data/scripts/build_cameo.py -- do not edit by hand.\n")
        f.write("# Codes, labels, Goldstein scores, quad classes: RBozydar/py-gdelt (MIT). "
                "PLOVER mapping: openeventdata/PLOVER CAMEO2PLOVER-2021 (CC BY-SA 4.0),\n")
        f.write("# inherited from the nearest ancestor when a code has no line; 163 -> SANCTION "
                "(PLOVER manual), 01/02 families have no PLOVER type (dropped by PLOVER).\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    return rows


TTL_PREFIXES = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix nkg: <https://w3id.org/newskg/ontology#> .
@prefix cameo: <https://w3id.org/newskg/cameo/> .
@prefix plover: <https://w3id.org/newskg/plover/> .
"""


def write_cameo_ttl(path, cameo, c2p):
    roots = sorted(c for c in cameo if cameo[c]["parent"] is None)
    out = []
    out.append("# CAMEO event codes as a SKOS concept scheme (newskg).\n"
               "# Generated by data/scripts/build_cameo.py from /work/shared/reference -- do not edit by hand.\n"
               "# Sources: CAMEO codes, labels, Goldstein scores and quad classes from RBozydar/py-gdelt\n"
               "#   (MIT License, after the CAMEO 1.1b3 manual, Schrodt 2012);\n"
               "#   nkg:ploverType from openeventdata/PLOVER CAMEO2PLOVER-2021.txt (CC BY-SA 4.0),\n"
               "#   with 163 (impose embargo, boycott, sanctions) mapped to SANCTION as in the PLOVER manual.\n")
    out.append(TTL_PREFIXES)
    out.append("cameo:scheme a skos:ConceptScheme ;\n"
               "    skos:prefLabel \"CAMEO event codes\"@en ;\n"
               "    rdfs:comment \"Conflict and Mediation Event Observations (CAMEO) event codes, version 1.1b3 "
               "with later additions; Goldstein conflict-cooperation scores and quad classes.\"@en ;\n"
               "    dcterms:source <https://github.com/RBozydar/py-gdelt> ;\n"
               "    dcterms:license <https://opensource.org/licenses/MIT> ;\n"
               "    skos:hasTopConcept " + ", ".join("cameo:" + r for r in roots) + " .\n")
    for code in sorted(cameo):
        c = cameo[code]
        pt = plover_for(code, cameo, c2p)[0]
        lines = ["cameo:%s a skos:Concept" % code,
                 "skos:inScheme cameo:scheme",
                 "skos:notation %s" % ttl_string(code),
                 "skos:prefLabel %s@en" % ttl_string(c["label"])]
        if c["definition"]:
            lines.append("skos:definition %s@en" % ttl_string(c["definition"]))
        if c["parent"] is None:
            lines.append("skos:topConceptOf cameo:scheme")
        else:
            lines.append("skos:broader cameo:%s" % c["parent"])
        lines.append("nkg:goldstein %s" % fmt_decimal(c["goldstein"]))
        lines.append("nkg:quadClass %d" % c["quad"])
        if pt:
            lines.append("nkg:ploverType plover:%s" % pt)
        out.append(" ;\n    ".join(lines) + " .\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


def write_plover_ttl(path, summary):
    events = summary["events"]
    out = []
    out.append("# PLOVER event types, modes and contexts as SKOS concept schemes (newskg).\n"
               "# Generated by data/scripts/build_cameo.py from /work/shared/reference -- do not edit by hand.\n"
               "# Source: openeventdata/PLOVER (PLOVER_MANUAL.tex, summarised in plover_summary.json),\n"
               "#   licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/);\n"
               "#   this file is an adaptation and is shared under the same license.\n"
               "# nkg:quadClass follows the quad category of plover_summary.json (SANCTION = 4, material\n"
               "#   conflict, although one table of the manual lists it under verbal conflict).\n")
    out.append(TTL_PREFIXES)
    names = list(events)
    out.append("plover:scheme a skos:ConceptScheme ;\n"
               "    skos:prefLabel \"PLOVER event types\"@en ;\n"
               "    rdfs:comment \"Political Language Ontology for Verifiable Event Records (PLOVER): the 16 event types.\"@en ;\n"
               "    dcterms:source <https://github.com/openeventdata/PLOVER> ;\n"
               "    dcterms:license <https://creativecommons.org/licenses/by-sa/4.0/> ;\n"
               "    skos:hasTopConcept " + ", ".join("plover:" + n for n in names) + " .\n")
    out.append("plover:modeScheme a skos:ConceptScheme ;\n"
               "    skos:prefLabel \"PLOVER event modes\"@en ;\n"
               "    rdfs:comment \"Modes refine a PLOVER event type; each mode concept is skos:broader its event type.\"@en ;\n"
               "    dcterms:license <https://creativecommons.org/licenses/by-sa/4.0/> .\n")
    out.append("plover:contextScheme a skos:ConceptScheme ;\n"
               "    skos:prefLabel \"PLOVER event contexts\"@en ;\n"
               "    dcterms:license <https://creativecommons.org/licenses/by-sa/4.0/> .\n")
    for n in names:
        e = events[n]
        lines = ["plover:%s a skos:Concept" % n,
                 "skos:inScheme plover:scheme",
                 "skos:topConceptOf plover:scheme",
                 "skos:notation %s" % ttl_string(n),
                 "skos:prefLabel %s@en" % ttl_string(n.capitalize()),
                 "skos:definition %s@en" % ttl_string(clean_latex(e["definition"]))]
        q = QUAD_NUMBER.get(e.get("quad_category", "").upper())
        if q:
            lines.append("nkg:quadClass %d" % q)
        out.append(" ;\n    ".join(lines) + " .\n")
    for n in names:
        for m in events[n]["modes"]:
            mode = m["mode"].strip()
            lines = ["plover:%s_%s a skos:Concept" % (n, mode),
                     "skos:inScheme plover:modeScheme",
                     "skos:notation %s" % ttl_string(mode),
                     "skos:prefLabel %s@en" % ttl_string("%s: %s" % (n.capitalize(), mode)),
                     "skos:definition %s@en" % ttl_string(clean_latex(m["definition"])),
                     "skos:broader plover:%s" % n]
            out.append(" ;\n    ".join(lines) + " .\n")
    for c in sorted(summary.get("contexts", []), key=lambda c: c["context"]):
        ctx = c["context"].strip()
        label = ctx.replace("_", " ")
        lines = ["plover:context_%s a skos:Concept" % ctx,
                 "skos:inScheme plover:contextScheme",
                 "skos:topConceptOf plover:contextScheme",
                 "skos:notation %s" % ttl_string(ctx),
                 "skos:prefLabel %s@en" % ttl_string(label[:1].upper() + label[1:]),
                 "skos:definition %s@en" % ttl_string(clean_latex(c["definition"]))]
        out.append(" ;\n    ".join(lines) + " .\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


TRIGGER_HEADER = ["lemma", "pos", "object", "particle", "cameo", "negated_cameo", "example"]


def check_triggers(path, codes):
    """Validate data/lexicon/triggers.tsv; print statistics; return a list of error messages."""
    errors = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != TRIGGER_HEADER:
        return ["triggers.tsv: bad or missing header"]
    rows = []
    word = r"[a-zé][a-zé'\-]*"
    for i, line in enumerate(lines[1:], 2):
        p = line.split("\t")
        if len(p) != 7:
            errors.append("line %d: %d columns" % (i, len(p)))
            continue
        lemma, pos, obj, part, code, neg, example = p
        if not re.fullmatch(word, lemma):
            errors.append("line %d: lemma %r" % (i, lemma))
        if pos not in ("V", "N"):
            errors.append("line %d: pos %r" % (i, pos))
        if obj and not re.fullmatch(word + r"(\|" + word + ")*", obj):
            errors.append("line %d: object %r" % (i, obj))
        if part and not re.fullmatch(r"[a-z]+", part):
            errors.append("line %d: particle %r" % (i, part))
        if code not in codes:
            errors.append("line %d: unknown cameo code %r" % (i, code))
        if neg and neg not in codes:
            errors.append("line %d: unknown negated_cameo code %r" % (i, neg))
        if not example.strip():
            errors.append("line %d: empty example" % i)
        rows.append(p)
    seen = set()
    for r in rows:
        t = tuple(r)
        if t in seen:
            errors.append("duplicate row %r" % (t,))
        seen.add(t)
    # two rows with the same lemma/pos/particle whose object sets overlap (or are both empty)
    # must not disagree on the codes
    groups = {}
    for r in rows:
        groups.setdefault((r[0], r[1], r[3]), []).append(r)
    for k, rs in sorted(groups.items()):
        for a in range(len(rs)):
            for b in range(a + 1, len(rs)):
                oa = set(rs[a][2].split("|")) if rs[a][2] else {""}
                ob = set(rs[b][2].split("|")) if rs[b][2] else {""}
                if oa & ob and (rs[a][4], rs[a][5]) != (rs[b][4], rs[b][5]):
                    errors.append("conflicting rows for %s object %s" % (k, sorted(oa & ob)))
    per_root = {}
    for r in rows:
        per_root[r[4][:2]] = per_root.get(r[4][:2], 0) + 1
    roots = ["%02d" % i for i in range(1, 21)]
    for rt in roots:
        if not per_root.get(rt):
            errors.append("CAMEO root %s has no trigger" % rt)
    print("triggers.tsv: %d rows (%d V, %d N), %d lemmas, %d codes; per root: %s"
          % (len(rows), sum(r[1] == "V" for r in rows), sum(r[1] == "N" for r in rows),
             len({r[0] for r in rows}), len({r[4] for r in rows}),
             " ".join("%s:%d" % (rt, per_root.get(rt, 0)) for rt in roots)))
    return errors


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ref", default=DEFAULT_REF)
    ap.add_argument("--root", default=DEFAULT_ROOT)
    a = ap.parse_args()

    cameo = load_cameo(a.ref)
    c2p = load_cameo2plover(a.ref)
    with open(os.path.join(a.ref, "plover", "plover_summary.json"), encoding="utf-8") as f:
        summary = json.load(f)
    ptypes = set(summary["events"])
    for code in cameo:
        pt = plover_for(code, cameo, c2p)[0]
        if pt and pt not in ptypes:
            sys.exit("code %s: unknown PLOVER type %s" % (code, pt))
    unknown = sorted(set(c2p) - set(cameo))
    if unknown:
        print("note: CAMEO2PLOVER codes not in cameo_codes.json: %s" % unknown, file=sys.stderr)

    os.makedirs(os.path.join(a.root, "data", "cameo"), exist_ok=True)
    os.makedirs(os.path.join(a.root, "ontology"), exist_ok=True)
    rows = write_tsv(os.path.join(a.root, "data", "cameo", "cameo.tsv"), cameo, c2p)
    write_cameo_ttl(os.path.join(a.root, "ontology", "cameo.ttl"), cameo, c2p)
    write_plover_ttl(os.path.join(a.root, "ontology", "plover.ttl"), summary)
    print("cameo.tsv: %d codes (%d roots); plover.ttl: %d event types"
          % (len(rows), sum(1 for r in rows if not r[4]), len(summary["events"])))

    triggers = os.path.join(a.root, "data", "lexicon", "triggers.tsv")
    if os.path.exists(triggers):
        errors = check_triggers(triggers, set(cameo))
        for e in errors:
            print("triggers.tsv: ERROR " + e, file=sys.stderr)
        if errors:
            sys.exit(1)


if __name__ == "__main__":
    main()
