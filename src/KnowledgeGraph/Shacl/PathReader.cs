using KnowledgeGraph.Model;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Shacl;

/// <summary>Reads the value of <c>sh:path</c> into a <see cref="ShaclPath"/> (SHACL §2.3.1's syntax rules).</summary>
internal static class PathReader
{
    public static ShaclPath Read(Graph shapes, Term node, int depth = 0)
    {
        if (depth > 64) throw Bad(node, "is nested too deeply");
        if (node is NamedNode iri && !iri.Equals(Vocab.Rdf.Nil)) return new PredicatePath(iri);
        if (node is not BlankNode) throw Bad(node, "is not an IRI or a blank node");
        if (One(shapes, node, Vocab.Rdf.First) is not null)
        {
            var items = ShapeReader.ReadList(shapes, node).Select(n => Read(shapes, n, depth + 1)).ToList();
            if (items.Count < 2) throw Bad(node, "is a sequence path with fewer than two members");
            return new SequencePath(node, items);
        }
        if (One(shapes, node, Sh.InversePath) is { } inv) return new InversePath(node, Read(shapes, inv, depth + 1));
        if (One(shapes, node, Sh.AlternativePath) is { } alt)
        {
            var items = ShapeReader.ReadList(shapes, alt).Select(n => Read(shapes, n, depth + 1)).ToList();
            if (items.Count < 2) throw Bad(node, "is an alternative path with fewer than two members");
            return new AlternativePath(node, items);
        }
        if (One(shapes, node, Sh.ZeroOrMorePath) is { } zm) return new RepeatPath(node, Read(shapes, zm, depth + 1), true, true);
        if (One(shapes, node, Sh.OneOrMorePath) is { } om) return new RepeatPath(node, Read(shapes, om, depth + 1), false, true);
        if (One(shapes, node, Sh.ZeroOrOnePath) is { } zo) return new RepeatPath(node, Read(shapes, zo, depth + 1), true, false);
        throw Bad(node, "is not a well-formed SHACL property path");
    }

    private static Term? One(Graph g, Term s, NamedNode p)
    {
        Term? found = null;
        foreach (var o in g.Objects(s, p))
        {
            if (found is not null) throw Bad(s, $"has more than one {p}");
            found = o;
        }
        return found;
    }

    private static ShaclException Bad(Term node, string what) => new($"The path {node} {what}.");
}
