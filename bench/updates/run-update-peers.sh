#!/usr/bin/env bash
# run-update-peers.sh DATA.nt [OUT] -- the four SPARQL Update workloads of issue 12, side by side, one process per
# engine and workload: kg (our benchmark driver's `update` op), rdflib (Debian python3-rdflib), pyoxigraph (native
# Oxigraph, ../shared/bench/peers/py/pyox-python) and Jena ARQ 4.5 (Debian libapache-jena-java; JENA_LIB, default
# ~/.cache/jena-4.5/lib from ../shared/bench/peers/jena/install-debian.sh). An engine that is not installed is skipped
# with a note. Each run loads DATA untimed, times the update alone, and dumps the resulting dataset; the datasets are
# then compared per workload (quad count and a hash of the sorted N-Quads with every blank node written `_:b`).
#
#   ENGINES=kg,rdflib,pyoxigraph,jena  TIMEOUT=1800  bench/updates/run-update-peers.sh /tmp/bench/data/kg-1m.nt
#   ENGINES=rdflib WORKLOADS=rename-label.ru bench/updates/run-update-peers.sh …   # run one pair again, keep the rest
#   WORKLOADS=none bench/updates/run-update-peers.sh DATA.nt OUT                     # only print the table of OUT
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
data=$(readlink -f "$1")
out=${2:-/tmp/bench/updates-run/$(basename "$data" .nt)}
engines=${ENGINES:-kg,rdflib,pyoxigraph,jena}
timeout_s=${TIMEOUT:-1800}
shared=${SHARED_BENCH:-$repo/../shared/bench}
jena_lib=${JENA_LIB:-$HOME/.cache/jena-4.5/lib}
driver=${KG_DRIVER:-$repo/bench/KnowledgeGraph.Benchmarks/bin/Release/net10.0/KnowledgeGraph.Benchmarks.dll}
mkdir -p "$out/work" "$out/dumps" "$out/logs"
python3 "$here/make-updates.py" "$data" "$out/work" >/dev/null

# Workload → the data it runs on (the two INSERT DATA workloads start from an empty dataset, as make-updates.py says).
workloads="insert-100k.ru:- insert-10k.lines:- rename-label.ru:$data delete-half.ru:$data"
only=${WORKLOADS:-}   # e.g. WORKLOADS=rename-label.ru,delete-half.ru to run some again
# Results of engine/workload pairs not run this time are kept, so a rerun of one peer adds to the same table.
results="$out/results.jsonl"; touch "$results"

have() {
  case $1 in
    kg) [ -f "$driver" ] || { echo "note: kg skipped: build the driver first (dotnet build -c Release bench/KnowledgeGraph.Benchmarks)"; return 1; } ;;
    rdflib) /usr/bin/python3 -c 'import rdflib' 2>/dev/null || { echo "note: rdflib skipped: apt-get install python3-rdflib"; return 1; } ;;
    pyoxigraph) "$shared/peers/py/pyox-python" -c 'import pyoxigraph' 2>/dev/null || { echo "note: pyoxigraph skipped: $shared/peers/py/pyox-python cannot import it"; return 1; } ;;
    jena) [ -d "$jena_lib" ] && command -v javac >/dev/null || { echo "note: jena skipped: run $shared/peers/jena/install-debian.sh"; return 1; }
          mkdir -p "$out/jena-classes" && javac -nowarn -cp "$jena_lib/*" -d "$out/jena-classes" "$here/UpdatePeer.java" || return 1 ;;
  esac
}

run() { # engine workload data
  local e=$1 w=$2 d=$3 dump="$out/dumps/$1.$2.nq" line
  case $e in
    kg) line=$(timeout "$timeout_s" dotnet "$driver" kg update $([ "$d" = - ] || echo "$d") --format ntriples \
                 --updates "$out/work/$w" --dump-dir "$out/dumps" --warm 1 2>"$out/logs/$e.$w.err" | tail -n 1) \
          && mv "$out/dumps/$w.nq" "$dump" 2>/dev/null ;;
    rdflib) line=$(timeout "$timeout_s" /usr/bin/python3 "$here/update_peer.py" rdflib "$d" "$out/work/$w" "$dump" 2>"$out/logs/$e.$w.err") ;;
    pyoxigraph) line=$(timeout "$timeout_s" "$shared/peers/py/pyox-python" "$here/update_peer.py" pyoxigraph "$d" "$out/work/$w" "$dump" 2>"$out/logs/$e.$w.err") ;;
    jena) line=$(timeout "$timeout_s" java -cp "$jena_lib/*:$out/jena-classes" UpdatePeer "$d" "$out/work/$w" "$dump" 2>"$out/logs/$e.$w.err" | tail -n 1) ;;
  esac
  [ -n "${line:-}" ] || line="{\"error\": \"failed or timed out; see $out/logs/$e.$w.err\"}"
  grep -v "\"engine\": \"$e\", \"workload\": \"$w\"" "$results" > "$results.tmp"; mv "$results.tmp" "$results"
  echo "{\"engine\": \"$e\", \"workload\": \"$w\", \"load\": \"$(uptime | sed 's/.*load average: //')\", \"result\": $line}" >> "$results"
  echo "$e $w: $line"
}

for e in ${engines//,/ }; do
  have "$e" || continue
  for wd in $workloads; do
    [ -z "$only" ] || [[ ",$only," == *",${wd%%:*},"* ]] || continue
    run "$e" "${wd%%:*}" "${wd#*:}"
  done
done

python3 - "$out" "$results" <<'PY'
import glob, hashlib, json, os, re, sys
out, results = sys.argv[1], sys.argv[2]
from decimal import Decimal
blank = re.compile(r'_:[^\s]+')
XSD = 'http://www.w3.org/2001/XMLSchema#'
number = re.compile(r'"([^"\\]*)"\^\^<' + re.escape(XSD) + r'(integer|decimal|double|float)>')
def by_value(m):
    # Oxigraph writes numbers in canonical form ("0.677" for "6.770E-1"): compare them by value, as the harness does.
    lex, kind = m.group(1), m.group(2)
    try:
        value = repr(float(lex)) if kind in ('double', 'float') else str(Decimal(lex).normalize())
    except Exception:
        value = lex
    return f'"{value}"^^<{XSD}{kind}>'
def canon(path):
    """distinct quads and sha256 of their sorted lines, blank nodes all written _:b and numbers by value (crude:
    isomorphism is not checked, so data with blank nodes can only differ in which ones, never be called equal wrongly
    when the counts differ)."""
    if not os.path.exists(path): return None
    # rdflib writes a tab inside a string as itself, the others as \t: the same term.
    lines = sorted({number.sub(by_value, blank.sub('_:b', l.strip())).replace('\t', '\\t')
                    for l in open(path, encoding='utf-8') if l.strip()})
    return len(lines), hashlib.sha256('\n'.join(lines).encode()).hexdigest()[:12]
rows = [json.loads(l) for l in open(results)]
engines = list(dict.fromkeys(r['engine'] for r in rows))
workloads = list(dict.fromkeys(r['workload'] for r in rows))
print('\n| workload | ' + ' | '.join(f'{e} ms' for e in engines) + ' | distinct quads (blank nodes as _:b) | datasets equal? |')
print('|---|' + '---:|' * len(engines) + '---:|---|')
for w in workloads:
    cells, sums = [], {}
    for e in engines:
        r = next((x['result'] for x in rows if x['engine'] == e and x['workload'] == w), None)
        cell = '–' if r is None else (f"{r['ms']:,.0f}" if 'ms' in r else 'error')
        if r is not None and r.get('warm_ms') is not None: cell += f" (warm {r['warm_ms']:,.0f})"
        cells.append(cell)
        c = canon(os.path.join(out, 'dumps', f'{e}.{w}.nq'))
        if c: sums[e] = c
    distinct = set(sums.values())
    agree = 'yes' if len(distinct) == 1 else ('no: ' + '; '.join(f"{e} {n}/{h}" for e, (n, h) in sums.items()) if distinct else '–')
    count = next(iter(distinct))[0] if len(distinct) == 1 else ''
    print(f'| {w} | ' + ' | '.join(cells) + f' | {count} | {agree} |')
PY
