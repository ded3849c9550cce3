#!/usr/bin/env python3
"""make-updates.py KG.nt OUTDIR -- the four SPARQL Update workloads of issue 12 over a gen-kg.py graph.

insert-100k.ru     one INSERT DATA of 100k triples (the first 100k lines of KG.nt, into an empty dataset)
rename-label.ru    DELETE/INSERT WHERE renaming rdfs:label (~13% of the 1M graph) to ex:name
insert-10k.lines   10,000 INSERT DATA requests of one triple each (one request per line)
delete-half.ru     DELETE WHERE over seven predicates, ~49% of the 1M graph
"""
import itertools
import os
import sys

src, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
with open(src, encoding="utf-8") as f:
    head = list(itertools.islice(f, 100_000))
with open(os.path.join(out, "insert-100k.ru"), "w", encoding="utf-8") as f:
    f.write("INSERT DATA {\n" + "".join(head) + "}\n")
with open(os.path.join(out, "insert-10k.lines"), "w", encoding="utf-8") as f:
    for i in range(10_000):
        f.write(f"INSERT DATA {{ <http://example.org/bench/s{i}> <http://example.org/bench/p> \"{i}\" }}\n")
with open(os.path.join(out, "rename-label.ru"), "w", encoding="utf-8") as f:
    f.write("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            "DELETE { ?s rdfs:label ?o } INSERT { ?s <http://example.org/bench/name> ?o } WHERE { ?s rdfs:label ?o }\n")
preds = ["<http://www.w3.org/2000/01/rdf-schema#label>", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>",
         "<http://example.org/kg/ontology#knows>", "<http://xmlns.com/foaf/0.1/name>",
         "<http://example.org/kg/ontology#nationality>", "<http://example.org/kg/ontology#jobTitle>",
         "<http://example.org/kg/ontology#employs>"]
with open(os.path.join(out, "delete-half.ru"), "w", encoding="utf-8") as f:
    f.write(" ;\n".join(f"DELETE WHERE {{ ?s {p} ?o }}" for p in preds) + "\n")
