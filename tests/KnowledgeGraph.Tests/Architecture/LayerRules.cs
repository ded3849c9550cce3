using System.Collections;

namespace KnowledgeGraph.Tests.Architecture;

/// <summary>
/// Which namespaces of an assembly may use which, written as one list of <c>{ layer, allowed… }</c> lines with names
/// relative to the root namespace: <c>"Syntax.*"</c> is <c>Root.Syntax</c> and everything under it, <c>"Syntax"</c> that
/// namespace alone, <c>""</c> the root namespace itself and <c>"*"</c> (as an allowed target) anything. A namespace
/// follows its most specific layer; namespaces of one layer may use each other. A namespace no layer covers is
/// itself a failure, so a new namespace has to be placed in the table.
/// </summary>
public sealed class LayerRules : IEnumerable<LayerRules.Layer>
{
    private readonly List<Layer> _layers = [];

    public LayerRules(string rootNamespace) => Root = rootNamespace;

    public string Root { get; }

    /// <summary>A layer and the namespace patterns it may depend on.</summary>
    public sealed record Layer(string Pattern, IReadOnlyList<string> Allowed);

    /// <summary>Adds a layer (collection-initializer form: <c>{ "Store", "Model", "Syntax.*" }</c>).</summary>
    public void Add(string layer, params string[] allowed) => _layers.Add(new Layer(layer, allowed));

    public IEnumerator<Layer> GetEnumerator() => _layers.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The layer <paramref name="ns"/> belongs to: an exact pattern before a subtree, the longest subtree first.</summary>
    public Layer? LayerOf(string ns) =>
        _layers.Where(l => Matches(l.Pattern, ns))
            .OrderByDescending(l => l.Pattern.EndsWith(".*", StringComparison.Ordinal) ? 0 : 1)
            .ThenByDescending(l => l.Pattern.Length)
            .FirstOrDefault();

    /// <summary>
    /// Every dependency the table forbids, one line per namespace edge (the first type pair as the example), and
    /// a line for each namespace no layer covers.
    /// </summary>
    public IReadOnlyList<string> Violations(IEnumerable<TypeDependency> dependencies, IEnumerable<string> namespaces)
    {
        var result = new List<string>();
        foreach (var ns in namespaces)
            if (LayerOf(ns) is null) result.Add($"{ns} has no layer in the rule table: add it");
        foreach (var edge in Edges(dependencies))
        {
            var from = LayerOf(edge.FromNamespace);
            if (from is null || ReferenceEquals(from, LayerOf(edge.ToNamespace))) continue;
            if (!from.Allowed.Any(p => p == "*" || Matches(p, edge.ToNamespace))) result.Add(edge.ToString());
        }
        return result;
    }

    /// <summary>One dependency per namespace pair (the first by type names), as the edges of the namespace graph.</summary>
    public static IReadOnlyList<TypeDependency> Edges(IEnumerable<TypeDependency> dependencies) =>
        dependencies.GroupBy(d => (d.FromNamespace, d.ToNamespace))
            .Select(g => g.OrderBy(d => d.FromType, StringComparer.Ordinal).ThenBy(d => d.ToType, StringComparer.Ordinal).First())
            .OrderBy(d => d.FromNamespace, StringComparer.Ordinal).ThenBy(d => d.ToNamespace, StringComparer.Ordinal)
            .ToList();

    private bool Matches(string pattern, string ns)
    {
        if (pattern.EndsWith(".*", StringComparison.Ordinal))
            return TypeDependencies.IsUnder(ns, Qualify(pattern[..^2]));
        return ns == Qualify(pattern);
    }

    private string Qualify(string relative) => relative.Length == 0 ? Root : Root + "." + relative;
}
