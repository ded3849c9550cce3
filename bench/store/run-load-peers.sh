#!/usr/bin/env bash
# The persistent store next to its peers, in one run on one file (issue 13):
#   bulk load  - kg load --db, Virtuoso 7.2's bulk loader (ld_dir + rdf_loader_run + checkpoint), Jena TDB2's tdbloader
#   queries    - the 13 benchmark queries on kg's store on disk, on kg in memory and on Virtuoso (median of RUNS)
#   first answer - a whole `kg query --db` process (open the store, answer q01, exit), and open + first q01 in-process
# Usage: bench/store/run-load-peers.sh DATA.nt|DATA.ttl [WORK_DIR]
#   DATA      a graph from ../shared/bench/gen-kg.py (e.g. --triples 1M --out /tmp/kgdata/kg-1m)
#   WORK_DIR  scratch space for the three stores and the results (default /tmp/kg-store-bench); emptied first
# Environment:
#   RUNS=3                  query repetitions per engine (the median is reported)
#   QUERIES=DIR             the queries (default ../shared/bench/queries)
#   SKIP_VIRTUOSO=1, SKIP_JENA=1, SKIP_MEMORY=1   leave a peer out
#   VIRTUOSO_BUFFERS=340000 Virtuoso's NumberOfBuffers (8 KB pages; 340000 is its advice for 4 GB of RAM)
#   JENA_LIB=DIR            Jena's jars (default: ../shared/bench/peers/jena/install-debian.sh sets them up)
#   KG_MEMORY_MIB=256       kg load --memory
#   QUERY_TIMEOUT=600       seconds before a query counts as failed
#   KG_BIN=PATH             the kg to time for load and first answer, e.g. the native binary of the
#                           KnowledgeGraph.Cli.linux-x64 package (what `dotnet tool install` gets); default: dotnet kg.dll
# Prints a Markdown table and leaves it, with every raw figure, in WORK_DIR/results.md and WORK_DIR/results.tsv.
# Wall times come from the shell's clock; peak memory is the process's VmHWM from /proc (for Virtuoso, the server's).
set -euo pipefail

DATA=$(realpath "${1:?usage: $0 DATA.nt|DATA.ttl [WORK_DIR]}")
WORK=${2:-/tmp/kg-store-bench}
REPO=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${KG_SHARED_DIR:-$REPO/../shared}
QUERIES=$(realpath "${QUERIES:-$SHARED/bench/queries}")
RUNS=${RUNS:-3}
QUERY_TIMEOUT=${QUERY_TIMEOUT:-600}
GRAPH_IRI=http://example.org/kg
case "$DATA" in *.nt|*.ttl) ;; *) echo "DATA must be .nt or .ttl: $DATA" >&2; exit 2;; esac
[ -d "$QUERIES" ] || { echo "no queries at $QUERIES (set QUERIES or KG_SHARED_DIR)" >&2; exit 2; }

rm -rf "$WORK"
mkdir -p "$WORK"
TSV=$WORK/results.tsv
printf 'metric\tengine\tvalue\tunit\tnote\n' > "$TSV"
record() { printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "${5:-}" >> "$TSV"; }
now() { date +%s.%N; }
seconds_since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$(now)"; }

# Runs a command, waits for it, and sets WALL (seconds) and PEAK_MB (the process's VmHWM, polled every 0.1 s).
measure() {
  local start pid hwm=0 line
  start=$(now)
  "$@" > "$WORK/last.out" 2> "$WORK/last.err" &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    line=$(grep VmHWM "/proc/$pid/status" 2>/dev/null | awk '{print $2}') || true
    [ -n "${line:-}" ] && [ "$line" -gt "$hwm" ] && hwm=$line
    sleep 0.1
  done
  if ! wait "$pid"; then echo "failed: $*" >&2; cat "$WORK/last.err" >&2; return 1; fi
  WALL=$(seconds_since "$start")
  PEAK_MB=$((hwm / 1024))
}

load_average() { cut -d' ' -f1-3 /proc/loadavg; }
TRIPLES=$(case "$DATA" in *.nt) wc -l < "$DATA";; *) echo "?";; esac)
echo "data: $DATA ($TRIPLES lines), load average before: $(load_average), $(nproc) cores"
record machine all "$(load_average)" "load average" "before the run; $(nproc) cores"

# --- kg ------------------------------------------------------------------------------------------------------------
echo "building kg and the query driver (Release)"
dotnet build -c Release -v q -nologo "$REPO/src/KnowledgeGraph.Cli" > "$WORK/build.log"
dotnet build -c Release -v q -nologo "$REPO/bench/KnowledgeGraph.Benchmarks" >> "$WORK/build.log"
KG=$REPO/src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll
# An array, not a function: measure() polls the memory of the process it starts, which must be kg itself.
if [ -n "${KG_BIN:-}" ]; then KG_CMD=("$KG_BIN"); else KG_CMD=(dotnet "$KG"); fi
DRIVER=$REPO/bench/KnowledgeGraph.Benchmarks/bin/Release/net10.0/KnowledgeGraph.Benchmarks.dll

echo "kg load --db"
measure "${KG_CMD[@]}" load --quiet --db "$WORK/kg-db" --memory "${KG_MEMORY_MIB:-256}" "$DATA"
record load kg "$WALL" s "peak ${PEAK_MB} MB, store $(du -sm "$WORK/kg-db" | cut -f1) MB, load average $(load_average)"

QUERY_LIST=$(ls "$QUERIES"/*.rq | sort | paste -sd, -)
echo "queries on disk (kg)"
dotnet "$DRIVER" kg query "$WORK/kg-db" --queries "$QUERY_LIST" --reps "$RUNS" --query-timeout-s "$QUERY_TIMEOUT" > "$WORK/kg-disk.jsonl"
if [ "${SKIP_MEMORY:-}" != 1 ]; then
  echo "queries in memory (kg)"
  dotnet "$DRIVER" kg query "$DATA" --queries "$QUERY_LIST" --reps "$RUNS" --query-timeout-s "$QUERY_TIMEOUT" > "$WORK/kg-memory.jsonl"
fi

echo "open to first answer (whole kg query --db process, q01)"
measure "${KG_CMD[@]}" query --quiet --db "$WORK/kg-db" --results csv -o "$WORK/first-answer.csv" --query-file "$QUERIES/q01-lookup.rq"
record first-answer kg-process "$WALL" s "dotnet start, open, q01, exit; $(($(wc -l < "$WORK/first-answer.csv") - 1)) rows"

# --- Virtuoso 7.2 ----------------------------------------------------------------------------------------------------
source "$(dirname "$0")/../virtuoso.sh"
trap virtuoso_stop EXIT
if [ "${SKIP_VIRTUOSO:-}" != 1 ] && command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null; then
  V=$WORK/virtuoso
  BUFFERS=${VIRTUOSO_BUFFERS:-340000}
  virtuoso_start "$V" "$(dirname "$DATA")" "$QUERY_TIMEOUT" "$BUFFERS"
  HTTP_PORT=$VIRTUOSO_HTTP_PORT
  isql() { virtuoso_isql "$1"; }
  echo "Virtuoso bulk load (ld_dir + rdf_loader_run + checkpoint)"
  start=$(now)
  isql "ld_dir('$(dirname "$DATA")', '$(basename "$DATA")', '$GRAPH_IRI'); rdf_loader_run(); checkpoint;" > "$V/load.out"
  WALL=$(seconds_since "$start")
  # The server process does the work: its resident peak, not isql's.
  PEAK_MB=$(($(grep VmHWM "/proc/$VIRTUOSO_PID/status" 2>/dev/null | awk '{print $2}' || echo 0) / 1024))
  loaded=$(isql "SPARQL SELECT COUNT(*) FROM <$GRAPH_IRI> WHERE { ?s ?p ?o };" | grep -E '^[0-9]+\s*$' | head -1 | tr -d ' ')
  errors=$(isql "SELECT COUNT(*) FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;" | grep -E '^[0-9]+\s*$' | head -1 | tr -d ' ')
  record load virtuoso "$WALL" s "server peak ${PEAK_MB} MB (NumberOfBuffers $BUFFERS), $loaded triples, $errors load errors, db $(du -sm "$V" | cut -f1) MB"
  echo "queries on Virtuoso (HTTP, default-graph-uri, median of $RUNS)"
  : > "$WORK/virtuoso.tsv"
  for q in "$QUERIES"/*.rq; do
    name=$(basename "$q" .rq)
    if grep -qi '^\s*CONSTRUCT' "$q"; then accept=application/n-triples; else accept=text/csv; fi
    times=()
    for _ in $(seq "$RUNS"); do
      t=$(curl -sS -o "$WORK/virtuoso-$name.out" -w '%{http_code} %{time_total}' --max-time "$QUERY_TIMEOUT" \
            -H "Accept: $accept" --data-urlencode "query@$q" --data-urlencode "default-graph-uri=$GRAPH_IRI" \
            "http://127.0.0.1:$HTTP_PORT/sparql") || t="000 -1"
      [ "${t%% *}" = 200 ] || { times=(); break; }
      times+=("${t#* }")
    done
    rows=$(grep -c . "$WORK/virtuoso-$name.out" || true)
    [ "$accept" = text/csv ] && rows=$((rows - 1))
    printf '%s\t%s\t%s\n' "$name" "$rows" "${times[*]:-failed}" >> "$WORK/virtuoso.tsv"
  done
  virtuoso_stop
else
  echo "Virtuoso skipped (SKIP_VIRTUOSO=1, or virtuoso-t/isql-vt missing: apt-get install virtuoso-opensource)"
  record load virtuoso - s "skipped"
fi

# --- Jena TDB2 -------------------------------------------------------------------------------------------------------
if [ "${SKIP_JENA:-}" != 1 ] && command -v java >/dev/null; then
  JENA_LIB=${JENA_LIB:-$("$SHARED/bench/peers/jena/install-debian.sh")}
  echo "Jena TDB2 tdbloader"
  measure java ${JENA_JAVA_OPTS:-} -cp "$JENA_LIB/*" tdb2.tdbloader --loc "$WORK/tdb2" "$DATA"
  record load jena-tdb2 "$WALL" s "peak ${PEAK_MB} MB (JVM defaults${JENA_JAVA_OPTS:+, $JENA_JAVA_OPTS}), db $(du -sm "$WORK/tdb2" | cut -f1) MB"
else
  echo "Jena skipped (SKIP_JENA=1, or no java: apt-get install libapache-jena-java default-jre-headless)"
  record load jena-tdb2 - s "skipped"
fi

# --- the table -------------------------------------------------------------------------------------------------------
python3 - "$WORK" "$TSV" "$DATA" <<'PY'
import json, os, statistics, sys
work, tsv, data = sys.argv[1:4]

def driver(path):
    """Per query: (rows, median ms) from the driver's JSON lines; plus the open/load time."""
    out, opened = {}, None
    if not os.path.exists(path):
        return out, opened
    for line in open(path):
        e = json.loads(line)
        if e.get("event") == "loaded":
            opened = e["ms"]
        elif e.get("event") == "result":
            out[e["query"]] = (e["rows"], statistics.median(e["times_ms"]) if e["times_ms"] else None, e.get("error"), e["times_ms"])
    return out, opened

disk, opened = driver(os.path.join(work, "kg-disk.jsonl"))
memory, loaded = driver(os.path.join(work, "kg-memory.jsonl"))
virtuoso = {}
vpath = os.path.join(work, "virtuoso.tsv")
if os.path.exists(vpath):
    for line in open(vpath):
        name, rows, times = line.rstrip("\n").split("\t")
        virtuoso[name] = (int(rows), None if times in ("", "failed") else statistics.median(float(t) * 1000 for t in times.split()))

rows = [l.rstrip("\n").split("\t") for l in open(tsv)][1:]
lines = [f"# {os.path.basename(data)}", "", "| load | seconds | note |", "|---|---|---|"]
lines += [f"| {e} | {v} | {n} |" for m, e, v, u, n in rows if m == "load"]
first = [r for r in rows if r[0] == "first-answer"]
lines += ["", f"Open to first answer: store open {opened} ms in-process, then q01 {disk.get('q01-lookup', (0, None))[1]} ms;"
          f" whole `kg query --db` process {first[0][2] if first else '?'} s ({first[0][4] if first else ''})."]
if loaded is not None:
    lines += [f"In memory: the file loads in {loaded / 1000:.1f} s before the first query."]
fmt = lambda v: "-" if v is None else f"{v:.1f}"
lines += ["", "| query | rows disk / memory / Virtuoso | kg disk ms | kg memory ms | disk / memory | Virtuoso ms | disk / Virtuoso |",
          "|---|---|---|---|---|---|---|"]
for q in sorted(disk):
    d, m, v = disk[q], memory.get(q), virtuoso.get(q)
    ratio = lambda a, b: "-" if a is None or b is None or b == 0 else f"{a / b:.2f}"
    lines.append(f"| {q} | {d[0]} / {m[0] if m else '-'} / {v[0] if v else '-'} | {fmt(d[1])} | {fmt(m[1] if m else None)} | "
                 f"{ratio(d[1], m[1] if m else None)} | {fmt(v[1] if v else None)} | {ratio(d[1], v[1] if v else None)} |")
    if d[2]:
        lines.append(f"|  | error on disk: {d[2]} | | | | | |")
lines += ["", f"Machine: load average before the run {rows[0][2]} ({rows[0][4]}). Rows of CONSTRUCT count triples;"
          " Virtuoso's rows are lines of its CSV / N-Triples answer."]
text = "\n".join(lines) + "\n"
open(os.path.join(work, "results.md"), "w").write(text)
print(text)
PY
