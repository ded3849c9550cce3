using KnowledgeGraph.Model;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Analysis;

/// <summary>The names a projection shows and accepts for a term: <c>prefix:local</c> when one of the graph's prefixes
/// covers the IRI (the same rule as the GraphML/GEXF exports), else the IRI; <c>_:label</c>; a literal's lexical form.</summary>
internal sealed class ShortNames
{
    private readonly PrefixMap _prefixes;

    public ShortNames(PrefixMap prefixes) => _prefixes = prefixes;

    public string Display(Term term) => term switch
    {
        NamedNode n => _prefixes.TryCompact(n.Value, out var prefix, out var local) && local.Length > 0 && !local.Contains('/')
            ? prefix + ":" + local
            : n.Value,
        BlankNode b => "_:" + b.Label,
        Literal l => l.LexicalForm,
        _ => term.ToString(),
    };
}
