#!/usr/bin/env bash
# Runs the end-to-end checks against a real server: ingests data/articles and the markup fixture
# into a temporary store, starts `newskg serve` on it, checks that a second process cannot open
# the store, runs the SPARQL client checks and the browser test, and always stops the server.
# Needs target/newskg.jar (mvn package), /usr/bin/chromium, node with `npm ci` done here, python3-rdflib.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
jar="$root/target/newskg.jar"
port=${NEWSKG_E2E_PORT:-3099}
work=$(mktemp -d)
server=""
cleanup() {
  if [[ -n $server ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

java -jar "$jar" ingest "$root/data/articles" "$here/fixtures/markup-article.txt" --store "$work/store"
java -jar "$jar" serve --store "$work/store" --port "$port" 2>"$work/server.log" &
server=$!
for _ in $(seq 1 60); do
  curl -fsS "http://127.0.0.1:$port/\$/ping" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 1
done
curl -fsS "http://127.0.0.1:$port/\$/ping" >/dev/null

# the store is open in the server: another process must be refused with a clear message
if java -jar "$jar" query events --store "$work/store" >/dev/null 2>"$work/second.err"; then
  echo "FAILED: a second process opened the store the server holds" >&2; exit 1
fi
grep -q 'in use by another process' "$work/second.err" || { cat "$work/second.err" >&2; exit 1; }
echo "ok - a second process is refused the store: $(cat "$work/second.err")"

"$here/sparql-clients.sh" "http://127.0.0.1:$port"
(cd "$here" && NEWSKG_URL="http://127.0.0.1:$port" node explorer.test.mjs)
echo "end-to-end checks passed"
