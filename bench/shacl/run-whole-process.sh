#!/usr/bin/env bash
# Whole-process SHACL validation, side by side: `kg validate` against Apache Jena's `shacl validate` (Debian
# libapache-jena-java 4.5). Each prints the W3C validation report as Turtle; this script times the whole process
# (load + validate + write the report), records peak memory, and counts the report's results so the engines can be
# checked to agree.
#   bench/shacl/run-whole-process.sh DATA.ttl SHAPES.ttl [RUNS]
# Needs: a Release build of kg (dotnet build -c Release src/KnowledgeGraph.Cli), java, /usr/share/java's Jena jars.
#
# Debian's Jena 4.5 moves Xerces' classes to the package `xerces` but leaves their message bundles under
# org/apache/jena/ext/xerces in jena-core.jar, so `shacl` dies initialising the XSD datatypes ("internal error");
# putting a copy of the bundles at their new place on the class path lets it start (as the interop tests do).
set -euo pipefail
data=$1; shapes=$2; runs=${3:-3}
here=$(cd "$(dirname "$0")/../.." && pwd)
kg=$here/src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

J=/usr/share/java
bundles=$work/bundles
mkdir -p "$bundles"
(cd "$bundles" && unzip -q -o "$J/jena-core.jar" 'org/apache/jena/ext/xerces/*.properties' 'org/apache/jena/ext/xerces/**/*.properties' 2>/dev/null || true)
mkdir -p "$bundles/xerces" && cp -r "$bundles/org/apache/jena/ext/xerces/." "$bundles/xerces/" 2>/dev/null || true
cp=""
for n in jena-arq jena-base jena-core jena-iri jena-shacl jena-cmds commons-cli commons-codec commons-compress commons-csv \
         commons-io commons-lang3 dexx.collection gson guava httpclient httpcore jackson-core jackson-databind \
         jackson-annotations jsonld-java protobuf slf4j-api slf4j-nop thrift titanium-json-ld jakarta.json jakarta.json-api caffeine; do
  [ -f "$J/$n.jar" ] && cp="$cp$J/$n.jar:"
done
cp="$cp$bundles"

measure() {  # name, command...: prints "name wall_s peak_MB results"
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/report.ttl" 2> "$work/err" || true
  local results; results=$(grep -c "sh:ValidationResult" "$work/report.ttl" || true)
  read -r wall kb < <(tail -n 1 "$work/time")
  printf '%-6s wall %6.2f s  peak %6.0f MB  results %s\n' "$name" "$wall" "$((kb / 1024))" "$results"
}

for i in $(seq 1 "$runs"); do
  measure kg   dotnet "$kg" validate --shapes "$shapes" --results turtle "$data"
  measure jena java -Xmx8g -cp "$cp" shacl.shacl validate --shapes "$shapes" --data "$data"
done
