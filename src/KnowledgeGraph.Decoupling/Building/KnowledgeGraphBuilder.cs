using System.Text.RegularExpressions;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Building;

/// <summary>
/// Builds a knowledge graph in the decoupling ontology without writing IRIs or triples: actors, places, events,
/// relations, claims and quantities, each made by a factory method that takes a readable id (which becomes the IRI
/// <c>https://w3id.org/decoupling/id/{id}</c>) and returns a typed builder to chain on.
/// </summary>
/// <remarks>
/// Misuse throws a <see cref="GraphBuildException"/>: at once for a malformed or duplicate id, a second label in one
/// language, or a role an event kind does not have; from <see cref="Build"/> for what can only be known at the end
/// (an event without its required agent or target, an event no claim backs). After <see cref="Build"/> the builder
/// is frozen and every further change throws.
/// <para>Thread safety: not thread-safe; use one builder from one thread at a time (the graph it produces is thread-safe).</para>
/// </remarks>
/// <example>
/// <code>
/// var b = new KnowledgeGraphBuilder();
/// var article = b.NewsArticle("example-article");
/// var ibm = b.Company("ibm", "IBM", "IBM").Wikidata("Q37156");
/// var rd = b.ResearchLab("ibm-china-rd", "IBM China R&amp;D", "IBM中国研发部门").ParentOrganization(ibm);
/// b.Closure("ibm-china-rd-closure").Agent(ibm).Closed(rd).At("XXXX-03", "今年3月")
///  .Claim(article, "IBM在运营32年后关闭了其中国研发部门");
/// Graph graph = b.Build();
/// </code>
/// </example>
public sealed partial class KnowledgeGraphBuilder
{
    private readonly Dictionary<string, IBuiltNode> _nodes = new(StringComparer.Ordinal);
    private readonly List<IBuiltNode> _order = [];
    private readonly List<ClaimSpec> _claims = [];
    private List<Triple>? _built;

    /// <summary>True once <see cref="Build"/> has run; the builder can no longer change.</summary>
    public bool IsBuilt => _built is not null;

    /// <summary>Adds an extension's nodes and facts.</summary>
    public KnowledgeGraphBuilder Use(IGraphBuilderExtension extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        EnsureMutable();
        extension.Setup(this);
        return this;
    }

    /// <summary>The node made with <paramref name="id"/>, as the builder type it was made with.</summary>
    /// <exception cref="KeyNotFoundException">No node has this id, or it is of another type.</exception>
    public TNode Get<TNode>(string id) where TNode : class, INodeReference =>
        TryGet<TNode>(id, out var node) ? node : throw new KeyNotFoundException($"No {typeof(TNode).Name} has the id '{id}'.");

    /// <summary>The node made with <paramref name="id"/>, if there is one of type <typeparamref name="TNode"/>.</summary>
    public bool TryGet<TNode>(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TNode? node) where TNode : class, INodeReference
    {
        node = _nodes.TryGetValue(id, out var n) ? n as TNode : null;
        return node is not null;
    }

    /// <summary>Every node made so far, in the order it was made.</summary>
    public IReadOnlyList<INodeReference> Nodes => _order;

    /// <summary>
    /// A claim about several nodes at once (add them with <see cref="ClaimBuilder.About"/>); see
    /// <see cref="NodeBuilder{TSelf}.Claim"/> for the parameters.
    /// </summary>
    public ClaimBuilder Claim(IArticleReference article, string originalText, Hedge hedging = Hedge.Asserted, IAgentReference? attributedTo = null, string? summary = null)
    {
        var spec = new ClaimSpec(this, [], article, originalText, hedging, attributedTo, summary);
        AddClaim(spec);
        return new ClaimBuilder(spec);
    }

    /// <summary>
    /// Checks everything and returns the graph, with the prefixes <c>dcp</c>, <c>dcpr</c>, <c>schema</c>, <c>prov</c>,
    /// <c>skos</c>, <c>xsd</c>, <c>rdfs</c>, <c>owl</c>, <c>org</c>, <c>time</c> and <c>sem</c>. Freezes the builder; calling
    /// it again returns a new copy of the same graph.
    /// </summary>
    /// <exception cref="GraphBuildException">Something is missing; <see cref="GraphBuildException.Problems"/> lists all of it.</exception>
    public Graph Build()
    {
        if (_built is null)
        {
            var problems = new List<string>();
            foreach (var node in _order) node.Check(problems);
            foreach (var claim in _claims)
                if (claim.About.Count == 0)
                    problems.Add($"The claim \"{claim.OriginalText}\" is not about anything; call .About(...).");
            if (problems.Count > 0) throw new GraphBuildException(problems);
            var emitter = new TripleEmitter(_nodes.Keys);
            foreach (var node in _order) node.Emit(emitter);
            foreach (var claim in _claims) emitter.AddClaim(claim);
            _built = emitter.Triples;
        }
        var graph = new Graph();
        foreach (var (prefix, ns) in ExternalVocab.Prefixes) graph.Prefixes.Add(prefix, ns);
        graph.AddRange(_built);
        return graph;
    }

    internal void EnsureMutable()
    {
        if (_built is not null)
            throw new GraphBuildException("The graph was already built; the builder cannot change any more. Start a new KnowledgeGraphBuilder.");
    }

    internal void AddClaim(ClaimSpec claim)
    {
        EnsureMutable();
        _claims.Add(claim);
    }

    /// <summary>The builder behind a reference, checking that it was made by this builder.</summary>
    internal IBuiltNode Resolve(INodeReference reference, string usedBy)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference is IBuiltNode built && ReferenceEquals(built.Owner, this))
            return built;
        throw new GraphBuildException($"'{reference.Id}' (used by {Quote(usedBy)}) was not made by this builder.");
    }

    private static string Quote(string usedBy) => usedBy.StartsWith("a ", StringComparison.Ordinal) ? usedBy : $"'{usedBy}'";

    private T Register<T>(T node) where T : IBuiltNode
    {
        EnsureMutable();
        if (!IdSyntax().IsMatch(node.Id))
            throw new GraphBuildException($"'{node.Id}' is not a valid id: use lower-case letters, digits and single hyphens, e.g. aws-shanghai-ai-lab.");
        if (!_nodes.TryAdd(node.Id, node))
            throw new GraphBuildException($"The id '{node.Id}' is already used by {_nodes[node.Id]}.");
        _order.Add(node);
        return node;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdSyntax();
}
