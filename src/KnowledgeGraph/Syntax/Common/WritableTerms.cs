using KnowledgeGraph.Model;

namespace KnowledgeGraph.Syntax;

/// <summary>
/// What every writer refuses, whatever its syntax: an IRI that breaks the rule every reader applies
/// (<see cref="IriSyntax.IsAbsoluteIri"/>) and a language tag that breaks <see cref="LanguageTag"/>'s. Terms made
/// with <c>CreateUnchecked</c> can hold them; writing them would give text that no reader reads back.
/// </summary>
internal static class WritableTerms
{
    /// <summary>The quads as they come, each checked by <see cref="Ensure(in Quad, string)"/> before it is passed on.</summary>
    public static IEnumerable<Quad> Checked(IEnumerable<Quad> quads, string syntax)
    {
        var checker = new Checker(syntax);
        foreach (var quad in quads)
        {
            checker.Ensure(quad);
            yield return quad;
        }
    }

    /// <summary>Checks quads one by one, skipping a term that is the very object checked in the previous quad (a
    /// subject's run of triples, a repeated predicate), so a streaming writer checks most terms once.</summary>
    internal sealed class Checker(string syntax)
    {
        private Term? _subject, _predicate, _object, _graph;

        public void Ensure(in Quad quad)
        {
            if (!ReferenceEquals(quad.Subject, _subject)) WritableTerms.Ensure(_subject = quad.Subject, syntax);
            if (!ReferenceEquals(quad.Predicate, _predicate)) WritableTerms.Ensure(_predicate = quad.Predicate, syntax);
            if (!ReferenceEquals(quad.Object, _object)) WritableTerms.Ensure(_object = quad.Object, syntax);
            if (quad.Graph is not null && !ReferenceEquals(quad.Graph, _graph)) WritableTerms.Ensure(_graph = quad.Graph, syntax);
        }
    }

    /// <summary>Throws <see cref="RdfWriteException"/> when a term of <paramref name="quad"/> cannot be written.</summary>
    public static void Ensure(in Quad quad, string syntax)
    {
        Ensure(quad.Subject, syntax);
        Ensure(quad.Predicate, syntax);
        Ensure(quad.Object, syntax);
        if (quad.Graph is not null) Ensure(quad.Graph, syntax);
    }

    /// <summary>Throws <see cref="RdfWriteException"/> when <paramref name="term"/> cannot be written.</summary>
    public static void Ensure(Term term, string syntax)
    {
        switch (term)
        {
            case NamedNode n:
                EnsureIri(n.Value, syntax);
                break;
            case Literal l:
                if (UnicodeText.Problem(l.LexicalForm) is { } notText)
                    throw new RdfWriteException(syntax, $"{syntax} cannot write the literal \"{ErrorText.Quote(l.LexicalForm)}\": {notText}.");
                if (l.Language is { } tag)
                {
                    if (LanguageTag.Problem(tag) is { } problem)
                        throw new RdfWriteException(syntax, $"{syntax} cannot write the language tag of a literal: {problem}.");
                }
                else if (!ReferenceEquals(l.Datatype, Vocab.Xsd.String)) EnsureIri(l.Datatype.Value, syntax);
                break;
        }
    }

    /// <summary>Throws <see cref="RdfWriteException"/> when <paramref name="iri"/> is not an IRI every reader accepts.</summary>
    public static void EnsureIri(string iri, string syntax)
    {
        if (!IriSyntax.IsAbsoluteIri(iri, out var error))
            throw new RdfWriteException(syntax, $"{syntax} cannot write <{ErrorText.Quote(iri)}>: it is not a valid IRI ({error}), so no reader would read it back.");
    }
}
