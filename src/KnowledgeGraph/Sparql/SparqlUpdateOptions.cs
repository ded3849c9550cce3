using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Sparql;

/// <summary>How an update request runs. Not thread-safe to change while an execution reads it.</summary>
public sealed class SparqlUpdateOptions
{
    /// <summary>Stops the request with <see cref="OperationCanceledException"/> after this long (the data is left as it
    /// was); null for no limit.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>
    /// Values for variables, bound as terms before evaluation: in WHERE patterns and templates a parameter stands for
    /// its term, so no text is ever spliced into the request. Keys are variable names without '?'; a name the request
    /// does not use is an <see cref="ArgumentException"/>.
    /// </summary>
    public IDictionary<string, Term> Parameters { get; } = new Dictionary<string, Term>();

    /// <summary>
    /// Reads the document a LOAD names when its IRI is not a <c>file:</c> IRI or a local path; it returns the
    /// document's triples (a <c>Graph</c> will do) or throws. Null (the default) means no network access: such a LOAD fails, or does nothing
    /// with SILENT.
    /// </summary>
    public Func<NamedNode, CancellationToken, IEnumerable<Triple>>? Loader { get; set; }

    /// <summary>
    /// The dataset of every DELETE/INSERT … WHERE in the request, given from outside as the SPARQL 1.1 Protocol's
    /// <c>using-graph-uri</c> does: as if each had these <c>USING</c> clauses. Empty (the default) leaves the request
    /// as written. A request that names its own dataset (USING, USING NAMED or WITH) while this or
    /// <see cref="UsingNamedGraphs"/> is set is refused with <see cref="ArgumentException"/> (Protocol §2.2.3).
    /// </summary>
    public IList<NamedNode> UsingGraphs { get; } = new List<NamedNode>();

    /// <summary>As <see cref="UsingGraphs"/>, for <c>using-named-graph-uri</c>: as if each DELETE/INSERT … WHERE had
    /// these <c>USING NAMED</c> clauses.</summary>
    public IList<NamedNode> UsingNamedGraphs { get; } = new List<NamedNode>();
}
