using KnowledgeGraph.Model;

namespace KnowledgeGraph.Domain;

/// <summary>Short, readable names for terms in messages: prefixed names with the domain's prefixes.</summary>
internal static class Names
{
    public static string Compact(Term? term)
    {
        if (term is NamedNode n)
        {
            foreach (var (prefix, ns) in ExternalVocab.Prefixes)
                if (n.Value.StartsWith(ns, StringComparison.Ordinal) && n.Value.Length > ns.Length)
                    return prefix + ":" + n.Value[ns.Length..];
            if (n.Value.StartsWith(Vocab.Rdf.Namespace, StringComparison.Ordinal))
                return "rdf:" + n.Value[Vocab.Rdf.Namespace.Length..];
        }
        return term?.ToString() ?? "(none)";
    }

    public static string Compact(IEnumerable<NamedNode> alternatives) => string.Join(" or ", alternatives.Select(a => Compact(a)));
}
