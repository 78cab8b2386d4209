#!/usr/bin/env bash
# Checks the SPARQL endpoint with independent clients: curl for every result format, and
# Python's rdflib (Debian python3-rdflib) as a SPARQL client and RDF parser.
# Usage: sparql-clients.sh http://127.0.0.1:PORT   (the server must be running, read-only)
set -euo pipefail
base=${1:?usage: sparql-clients.sh BASE_URL}
ep="$base/newskg/sparql"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }
ok() { echo "ok - $*"; }

select='PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?a ?label WHERE { ?a skos:prefLabel ?label FILTER(?label = "Iran") }'
construct='PREFIX skos: <http://www.w3.org/2004/02/skos/core#> CONSTRUCT { ?a skos:prefLabel ?l } WHERE { ?a skos:prefLabel ?l FILTER(?l = "Iran") }'

# SELECT by content negotiation, GET and POST
for accept in application/sparql-results+json application/sparql-results+xml text/csv text/tab-separated-values; do
  code=$(curl -sS -G -o "$tmp/out" -w '%{http_code} %{content_type}' -H "Accept: $accept" --data-urlencode "query=$select" "$ep")
  [[ $code == "200 $accept"* ]] || fail "GET SELECT as $accept: $code"
  grep -q 'actor/IRN' "$tmp/out" || fail "GET SELECT as $accept: no Iran in $(head -c 300 "$tmp/out")"
  ok "GET SELECT as $accept"
done
code=$(curl -sS -o "$tmp/out" -w '%{http_code}' -H 'Accept: text/csv' -H 'Content-Type: application/sparql-query' --data-binary "$select" "$ep")
[[ $code == 200 ]] && grep -q 'actor/IRN' "$tmp/out" || fail "POST application/sparql-query: $code"
ok "POST SELECT (application/sparql-query)"
code=$(curl -sS -o "$tmp/out" -w '%{http_code}' -H 'Accept: application/sparql-results+json' --data-urlencode "query=$select" "$ep")
[[ $code == 200 ]] && grep -q 'actor/IRN' "$tmp/out" || fail "POST form: $code"
ok "POST SELECT (form)"

# CONSTRUCT as Turtle, N-Triples, JSON-LD
for accept in text/turtle application/n-triples application/ld+json; do
  code=$(curl -sS -G -o "$tmp/out" -w '%{http_code} %{content_type}' -H "Accept: $accept" --data-urlencode "query=$construct" "$ep")
  [[ $code == "200 $accept"* ]] || fail "CONSTRUCT as $accept: $code"
  grep -q 'actor/IRN' "$tmp/out" || fail "CONSTRUCT as $accept: no Iran"
  ok "CONSTRUCT as $accept"
done

# errors and safety
code=$(curl -sS -G -o "$tmp/out" -w '%{http_code}' --data-urlencode 'query=SELECT * WHERE { ?s ?p' "$ep")
[[ $code == 400 ]] && grep -qi 'parse error\|encountered' "$tmp/out" || fail "bad query: $code $(cat "$tmp/out")"
ok "bad query: 400 with the parser's message"
code=$(curl -sS -o /dev/null -w '%{http_code}' --data-urlencode 'update=INSERT DATA { <urn:a> <urn:b> <urn:c> }' "$base/newskg/update")
[[ $code == 4* ]] || fail "update was not refused: $code"
code=$(curl -sS -o /dev/null -w '%{http_code}' -X PUT -H 'Content-Type: text/turtle' --data-binary '<urn:a> <urn:b> <urn:c> .' "$base/newskg/data?default")
[[ $code == 4* ]] || fail "graph write was not refused: $code"
ok "SPARQL Update and graph writes are refused ($code)"

# Graph Store Protocol read of a named graph
code=$(curl -sS -G -o "$tmp/actors.ttl" -w '%{http_code}' -H 'Accept: text/turtle' \
  --data-urlencode 'graph=https://w3id.org/newskg/id/graph/actors' "$base/newskg/get")
[[ $code == 200 ]] || fail "GSP GET: $code"
ok "Graph Store Protocol GET of the actors graph"

# rdflib: an independent SPARQL client and Turtle parser
/usr/bin/python3 - "$ep" "$tmp/actors.ttl" <<'PY'
import sys
from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore

endpoint, actors = sys.argv[1], sys.argv[2]
store = SPARQLStore(endpoint, returnFormat="json")
rows = list(store.query('SELECT ?label WHERE { <https://w3id.org/newskg/id/actor/IRN> <http://www.w3.org/2004/02/skos/core#prefLabel> ?label }'))
assert [str(r[0]) for r in rows] == ["Iran"], rows
print("ok - rdflib SPARQLStore SELECT")
g = Graph()
g.parse(actors, format="turtle")
assert (URIRef("https://w3id.org/newskg/id/actor/IRN"), None, None) in g, "Iran missing from the actors graph"
print("ok - rdflib parses the actors graph (%d triples)" % len(g))
import urllib.parse, urllib.request
q = 'CONSTRUCT { ?a ?p ?o } WHERE { ?a ?p ?o FILTER(?a = <https://w3id.org/newskg/id/actor/USA>) }'
for accept, fmt in [("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml")]:
    req = urllib.request.Request(endpoint + "?" + urllib.parse.urlencode({"query": q}), headers={"Accept": accept})
    c = Graph().parse(data=urllib.request.urlopen(req).read(), format=fmt)
    assert len(c) > 3, (accept, len(c))
    print("ok - rdflib parses CONSTRUCT as %s (%d triples)" % (accept, len(c)))
PY
echo "all SPARQL client checks passed"
