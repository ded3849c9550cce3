#!/usr/bin/env python3
"""update_peer.py ENGINE DATA.nt|- UPDATE(.ru|.lines) DUMP.nq -- one issue-12 update workload on a Python peer.

ENGINE: rdflib | pyoxigraph. Loads DATA (untimed; '-' = empty), runs the update (a .ru file is one request, a .lines
file one request per line), prints {"engine","update","requests","quads","ms"} as one JSON line, and dumps the
resulting dataset as N-Quads to DUMP.nq for the equality check. Run pyoxigraph with ../shared/bench/peers/py/pyox-python.
"""
import json
import sys
import time

engine, data, update, dump = sys.argv[1:5]
requests = ([l for l in open(update, encoding="utf-8").read().split("\n") if l.strip()]
            if update.endswith(".lines") else [open(update, encoding="utf-8").read()])

if engine == "rdflib":
    import rdflib
    rdflib.NORMALIZE_LITERALS = False  # keep lexical forms as written ("6.770E-1", "…Z"), as the other engines do
    ds = rdflib.Dataset()
    if data != "-":
        ds.default_context.parse(data, format="nt")
    start = time.perf_counter()
    for r in requests:
        ds.update(r)
    ms = (time.perf_counter() - start) * 1000
    # rdflib 6.1 puts what an update inserts into the default graph in a fresh blank-node-named context, and keeps
    # deleting from the parsed default graph: the default graph is the union of the two.
    default_graph, named = rdflib.Graph(), set()
    for s, p, o, g in ds.quads((None, None, None, None)):
        name = getattr(g, "identifier", g)
        if name is None or isinstance(name, rdflib.BNode) or str(name) == "urn:x-rdflib:default":
            default_graph.add((s, p, o))
        else:
            named.add(f"{s.n3()} {p.n3()} {o.n3()} {name.n3()} .\n")
    quads = len(default_graph) + len(named)
    default_graph.serialize(destination=dump, format="nt", encoding="utf-8")  # rdflib's own N-Triples escaping
    with open(dump, "a", encoding="utf-8") as f:
        f.writelines(sorted(named))
elif engine == "pyoxigraph":
    import pyoxigraph as ox
    st = ox.Store()
    if data != "-":
        st.bulk_load(path=data, format=ox.RdfFormat.N_TRIPLES)
    start = time.perf_counter()
    for r in requests:
        st.update(r)
    ms = (time.perf_counter() - start) * 1000
    quads = len(st)
    with open(dump, "wb") as f:
        st.dump(f, format=ox.RdfFormat.N_QUADS)
else:
    sys.exit(f"unknown engine {engine}")
print(json.dumps({"engine": engine, "update": update.rsplit("/", 1)[-1], "requests": len(requests), "quads": quads, "ms": round(ms, 1)}))
