#!/usr/bin/env bash
# Fuzzes one target (or all) with AFL++ through SharpFuzz for SECONDS each, then fails if AFL++ found a crash or hang.
#   fuzz/run.sh TARGET|all [SECONDS]     e.g. fuzz/run.sh turtle 600
# Needs afl-fuzz (Debian: afl++) and the .NET SDK; installs the SharpFuzz instrumenter into fuzz/.tools on first use.
# Findings (inputs that crashed or hung) are left in fuzz/out/findings/TARGET/default/{crashes,hangs}; replay one with
#   dotnet fuzz/out/bin/kg-fuzz.dll TARGET FILE
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
target=${1:?usage: fuzz/run.sh TARGET|all [SECONDS]}
seconds=${2:-60}
out="$here/out"
tools="$here/.tools"

command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install afl++" >&2; exit 2; }
if [ ! -x "$tools/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null
fi
# A fresh publish each run: SharpFuzz instruments the library's assembly in place, once.
rm -rf "$out/bin"
dotnet publish "$here/KnowledgeGraph.Fuzz" -c Release -o "$out/bin" -p:UseAppHost=false >/dev/null
"$tools/sharpfuzz" "$out/bin/KnowledgeGraph.dll" >/dev/null

# AFL++ would refuse an uninstrumented 'dotnet' binary and a core_pattern it does not expect; neither matters here.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
dotnet_host=$(command -v dotnet)
targets=("$target")
[ "$target" = all ] && targets=(ntriples nquads turtle trig rdfxml jsonld sparql-parse sparql-eval)
found=0
for t in "${targets[@]}"; do
  rm -rf "$out/findings/$t"
  mkdir -p "$out/findings/$t"
  echo "fuzzing $t for ${seconds}s"
  afl-fuzz -i "$here/corpus/$t" -o "$out/findings/$t" -V "$seconds" -t 5000 -m none -- "$dotnet_host" "$out/bin/kg-fuzz.dll" "$t" >"$out/findings/$t.log" 2>&1 || {
    echo "afl-fuzz failed for $t; its log:"; tail -n 30 "$out/findings/$t.log"; exit 2; }
  stats="$out/findings/$t/default/fuzzer_stats"
  execs=$(awk -F': *' '$1 ~ /execs_done/ { print $2 }' "$stats")
  crashes=$(find "$out/findings/$t/default/crashes" -type f -name 'id:*' | wc -l)
  hangs=$(find "$out/findings/$t/default/hangs" -type f -name 'id:*' | wc -l)
  echo "$t: $execs executions, $crashes crashes, $hangs hangs"
  found=$((found + crashes + hangs))
done
[ "$found" -eq 0 ]
