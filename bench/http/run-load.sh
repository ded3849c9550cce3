#!/usr/bin/env bash
# SPARQL over HTTP under load, kg serve beside Virtuoso 7.2 (issue 14, item 6), one after the other on loopback:
#   bench/http/run-load.sh DATA.nt [SECONDS] [CLIENTS]
# Each server gets the same N-Triples file (kg serve --data; Virtuoso's bulk loader into one graph, queried without
# FROM over all its graphs), then `http-load` sends q01-q07 of ../shared/bench/queries from CLIENTS closed-loop
# clients for SECONDS, reading every JSON answer to its end, and prints throughput, p50/p99, errors and the server's
# resident memory every five seconds. Needs Release builds of kg and of the benchmark driver.
set -euo pipefail
data=$(realpath "$1"); seconds=${2:-60}; clients=${3:-32}
here=$(cd "$(dirname "$0")/../.." && pwd)
kg=$here/src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll
driver=$here/bench/KnowledgeGraph.Benchmarks/bin/Release/net10.0/KnowledgeGraph.Benchmarks.dll
queries=$(ls "$here"/../shared/bench/queries/q0[1-7]*.rq)
work=$(mktemp -d); pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

echo "== kg serve"
kport=$(port)
dotnet "$kg" serve --data "$data" --bind "127.0.0.1:$kport" --read-only --timeout 120 > "$work/kg.out" 2>&1 &
kpid=$!; pids+=("$kpid")
for _ in $(seq 600); do curl -sf "http://127.0.0.1:$kport/sparql?query=ASK%7B%7D" > /dev/null 2>&1 && break; sleep 0.5; done
dotnet "$driver" http-load "http://127.0.0.1:$kport/sparql" $queries --clients "$clients" --seconds "$seconds" --pid "$kpid"
kill "$kpid"; wait "$kpid" 2>/dev/null || true

echo "== Virtuoso 7.2"
source "$here/bench/virtuoso.sh"
V=$work/virtuoso
virtuoso_start "$V" "$(dirname "$data")" 120 170000 40
pids+=("$VIRTUOSO_PID"); http=$VIRTUOSO_HTTP_PORT
start=$(date +%s.%N)
virtuoso_isql "ld_dir('$(dirname "$data")', '$(basename "$data")', 'http://example.org/kg'); rdf_loader_run(); checkpoint;" > "$V/load.out"
echo "Virtuoso bulk load: $(echo "$(date +%s.%N) - $start" | bc) s"
for _ in $(seq 600); do curl -sf "http://127.0.0.1:$http/sparql?query=ASK%7B%7D" > /dev/null 2>&1 && break; sleep 0.5; done
dotnet "$driver" http-load "http://127.0.0.1:$http/sparql" $queries --clients "$clients" --seconds "$seconds" --pid "$VIRTUOSO_PID"
