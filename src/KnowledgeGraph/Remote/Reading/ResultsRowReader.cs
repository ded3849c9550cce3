using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Remote.Reading;

/// <summary>
/// Reads a SELECT or ASK answer incrementally: first the head (variables, or the boolean), then one row at a time,
/// so a caller holds only the row it is looking at whatever the size of the answer.
/// </summary>
internal abstract class ResultsRowReader : IDisposable
{
    protected ResultsRowReader(string sourceName) => SourceName = sourceName;

    protected string SourceName { get; }

    /// <summary>The result variables (set by <see cref="ReadHeadAsync"/>); empty for a boolean answer.</summary>
    public IReadOnlyList<string> Variables { get; protected set; } = Array.Empty<string>();

    /// <summary>The ASK answer, when the document is a boolean one (set by <see cref="ReadHeadAsync"/>).</summary>
    public bool? Boolean { get; protected set; }

    public abstract Task ReadHeadAsync(CancellationToken cancellationToken);

    /// <summary>The next row, values lined up with <see cref="Variables"/>; null after the last.</summary>
    public abstract ValueTask<Term?[]?> ReadRowAsync(CancellationToken cancellationToken);

    public abstract void Dispose();

    public static ResultsRowReader Create(Sparql.Results.SparqlResultsFormat format, TextReader input, string sourceName) => format switch
    {
        Sparql.Results.SparqlResultsFormat.Json => new JsonRowReader(input, sourceName),
        Sparql.Results.SparqlResultsFormat.Xml => new XmlRowReader(input, sourceName),
        Sparql.Results.SparqlResultsFormat.Tsv => new TsvRowReader(input, sourceName),
        _ => throw new NotSupportedException($"{format} results cannot be read back."),
    };

    /// <summary>A term from the parts the JSON and XML formats give it; null message on success.</summary>
    protected static Term MakeTerm(string type, string value, string? language, string? datatype, Func<string, RdfSyntaxException> error)
    {
        switch (type)
        {
            case "uri":
                return NamedNode.CreateUnchecked(value);
            case "bnode":
                if (value.Length == 0) throw error("A blank node needs a non-empty label.");
                return BlankNode.Create(value);
            case "literal" or "typed-literal":
                if (language is not null)
                {
                    if (!LanguageTag.IsWellFormed(language)) throw error($"'{language}' is not a well-formed language tag.");
                    return Literal.CreateUnchecked(value, Vocab.Rdf.LangString, language);
                }
                return datatype is null ? Literal.Create(value) : Literal.Create(value, NamedNode.CreateUnchecked(datatype));
            default:
                throw error($"Unknown value type '{type}' (expected uri, literal or bnode).");
        }
    }
}
