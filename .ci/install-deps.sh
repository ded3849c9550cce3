#!/usr/bin/env bash
# Installs what the tests need beyond .NET: Debian packages for the graph-export checker, Graphviz, an
# independent SPARQL engine (rdflib), the triple store and client the SPARQL-over-HTTP interop tests talk to
# (Virtuoso 7.2, which the tests start themselves with their own database directory and loopback ports, and Jena's
# RDFConnection), the npm packages graphology reads exports with, and what looks at the executed notebook as a
# person would (nbconvert for the HTML, headless Chromium for the screenshot, CJK fonts for the Chinese labels), the
# shells whose completion scripts `kg completion` prints (zsh, fish; bash is always there), and what the Native AOT
# pack of kg links with (clang and zlib's headers; .ci/run packs the linux-x64 tool).
# Idempotent and quick when everything is already there.
set -euo pipefail

apt_packages=(libxml2-utils python3-networkx python3-igraph python3-rdflib graphviz nodejs npm virtuoso-opensource libapache-jena-java default-jre-headless
  jupyter-nbconvert chromium fonts-noto-cjk afl++ zsh fish clang zlib1g-dev)
missing=()
for p in "${apt_packages[@]}"; do
  # A NodeSource nodejs bundles npm (and conflicts with Debian's npm package): an npm on PATH is enough.
  if [ "$p" = npm ] || [ "$p" = nodejs ]; then command -v "$p" >/dev/null 2>&1 && continue; fi
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

graph_modules="$HOME/.cache/graph-export-check"
if [ ! -d "$graph_modules/node_modules/graphology-gexf" ]; then
  echo "installing graphology into $graph_modules"
  mkdir -p "$graph_modules"
  npm --prefix "$graph_modules" install --silent --no-audit --no-fund \
    graphology@0.26.0 graphology-graphml@0.5.2 graphology-gexf@0.13.2 >/dev/null
fi
