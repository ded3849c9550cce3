// Driver for the npm SHACL validators in the validator benchmark (bench/README.md):
//   node validate.mjs (shacl-engine|rdf-validate-shacl) DATA.ttl SHAPES.ttl [REPS]
// Loads both graphs with N3.js into @zazuko/env datasets (not timed), then times validation alone and prints one
// JSON line per repetition: {"triples", "load_ms", "ms", "conforms", "results"} -- the same as the kg driver.
// Run it from a folder where `npm install shacl-engine rdf-validate-shacl @zazuko/env-node n3` was done.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import rdf from '@zazuko/env-node';
import N3 from 'n3';

const [engine, dataPath, shapesPath, repsText] = process.argv.slice(2);
const reps = Number(repsText ?? 1);

function load(path) {
  const dataset = rdf.dataset();
  const parser = new N3.Parser({ baseIRI: 'file://' + fs.realpathSync(path), factory: rdf });
  for (const quad of parser.parse(fs.readFileSync(path, 'utf8'))) dataset.add(quad);
  return dataset;
}

const t0 = performance.now();
const data = load(dataPath);
const shapes = load(shapesPath);
const loadMs = performance.now() - t0;

for (let i = 0; i < reps; i++) {
  const start = performance.now();
  let report;
  if (engine === 'shacl-engine') {
    const { Validator } = await import('shacl-engine');
    report = await new Validator(shapes, { factory: rdf }).validate({ dataset: data });
  } else {
    const { default: SHACLValidator } = await import('rdf-validate-shacl');
    report = await new SHACLValidator(shapes, { factory: rdf }).validate(data);
  }
  const ms = performance.now() - start;
  console.log(JSON.stringify({ triples: data.size, load_ms: +loadMs.toFixed(2), ms: +ms.toFixed(2),
    conforms: report.conforms, results: report.results.length }));
}
