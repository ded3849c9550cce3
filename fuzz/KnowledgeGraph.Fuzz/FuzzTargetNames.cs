namespace KnowledgeGraph.Fuzz;

/// <summary>
/// The target names, in a class that touches no library type: under SharpFuzz no instrumented code may run before
/// the fuzzer has set up its trace map, and the first touch of any KnowledgeGraph type runs the library's module
/// initializer (it binds the built-in RDF formats), so <c>Main</c> must check its argument without loading the library.
/// </summary>
public static class FuzzTargetNames
{
    /// <summary>Target names, as <c>kg-fuzz TARGET</c> and <c>fuzz/run.sh TARGET</c> take them.</summary>
    public static IReadOnlyList<string> All { get; } = ["ntriples", "nquads", "turtle", "trig", "rdfxml", "jsonld", "sparql-parse", "sparql-eval"];
}
