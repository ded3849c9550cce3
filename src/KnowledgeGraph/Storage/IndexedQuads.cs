using System.Collections;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The quads of one or more indexed graphs as they are stored: the shared term dictionary and each graph's triples
/// as ids in subject order. Writers that can work on ids (the pretty Turtle/TriG layout) use this directly instead
/// of hashing and comparing every materialised term; everything else just enumerates it as quads.
/// </summary>
internal sealed class IndexedQuads : IEnumerable<Quad>
{
    public IndexedQuads(TermDictionary dictionary, IReadOnlyList<(Term? Name, TripleRange Triples)> graphs)
    {
        Dictionary = dictionary;
        Graphs = graphs;
    }

    public TermDictionary Dictionary { get; }

    /// <summary>Each graph's name (null for the default graph) and its triples in SPO id order.</summary>
    public IReadOnlyList<(Term? Name, TripleRange Triples)> Graphs { get; }

    public IEnumerator<Quad> GetEnumerator()
    {
        var decoder = new TermDecoder(Dictionary);
        foreach (var (name, triples) in Graphs)
            for (int i = 0; i < triples.Length; i++)
                yield return new Quad(decoder.Triple(triples[i]), name);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
