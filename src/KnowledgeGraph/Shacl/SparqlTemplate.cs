using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Shacl;

/// <summary>
/// A SPARQL query from the shapes graph, ready to run with pre-bound variables: the prefixes its <c>sh:prefixes</c>
/// declare are prepended, <c>$PATH</c> is replaced by the shape's path, and the pre-binding restrictions are checked
/// once. Pre-bound values are substituted as constants by the engine (<see cref="SparqlQueryOptions.Parameters"/>).
/// </summary>
internal sealed partial class SparqlTemplate
{
    public enum Kind { Target, Select, Ask }

    private readonly SparqlQuery _query;
    private readonly bool _usesShapesGraph;

    private SparqlTemplate(SparqlQuery query, bool usesShapesGraph)
    {
        _query = query;
        _usesShapesGraph = usesShapesGraph;
    }

    public static SparqlTemplate Create(ShapeReader reader, Term node, string text, ShaclPath? path, Kind kind,
        IEnumerable<string>? parameters = null)
    {
        var prologue = new StringBuilder();
        foreach (var (prefix, ns) in Prefixes(reader, node))
            prologue.Append("PREFIX ").Append(prefix).Append(": <").Append(ns).Append(">\n");
        if (path is not null) text = PathVariable().Replace(text, _ => path.ToSparql());
        SparqlQuery query;
        try
        {
            query = SparqlQuery.Parse(prologue + text);
        }
        catch (SparqlSyntaxException e)
        {
            throw new ShaclException($"The SPARQL query of {node} does not parse: {e.Message}", e);
        }
        if (kind == Kind.Ask && query.Form != SparqlQueryForm.Ask || kind != Kind.Ask && query.Form != SparqlQueryForm.Select)
            throw new ShaclException($"The SPARQL query of {node} is not a{(kind == Kind.Ask ? "n ASK" : " SELECT")} query.");
        var preBound = new HashSet<string> { "this", "shapesGraph", "currentShape" };
        if (kind == Kind.Ask) preBound.Add("value");
        if (kind == Kind.Target) preBound.Clear();
        if (parameters is not null) preBound.UnionWith(parameters);
        if (query.PreBindingConflict(preBound) is { } broken)
            throw new ShaclException($"The SPARQL query of {node} uses {broken}, which SHACL does not allow with pre-bound variables.");
        return new SparqlTemplate(query, text.Contains("shapesGraph", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\$PATH\b")]
    private static partial Regex PathVariable();

    private static readonly NamedNode OwlImports = NamedNode.CreateUnchecked("http://www.w3.org/2002/07/owl#imports");

    /// <summary>The prefix declarations of the <c>sh:prefixes</c> values of <paramref name="node"/> and of what they
    /// <c>owl:imports</c>, transitively (SHACL §5.2.2).</summary>
    private static IEnumerable<(string Prefix, string Namespace)> Prefixes(ShapeReader reader, Term node)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var owners = new List<Term>();
        var queue = new Queue<Term>(reader.Objects(node, Sh.Prefixes));
        while (queue.Count > 0)
        {
            var owner = queue.Dequeue();
            if (owners.Contains(owner)) continue;
            owners.Add(owner);
            foreach (var imported in reader.Objects(owner, OwlImports)) queue.Enqueue(imported);
        }
        foreach (var owner in owners)
            foreach (var decl in reader.Objects(owner, Sh.Declare))
                if (reader.One(decl, Sh.PrefixP) is Literal p && reader.One(decl, Sh.NamespaceP) is Literal ns)
                {
                    if (seen.TryGetValue(p.LexicalForm, out var known) && known != ns.LexicalForm)
                        throw new ShaclException($"The prefix \"{p.LexicalForm}\" is declared with two namespaces for {node}.");
                    seen[p.LexicalForm] = ns.LexicalForm;
                }
        return seen.Select(kv => (kv.Key, kv.Value));
    }

    /// <summary>Runs a SELECT query; each solution as a map from variable name to value (pre-bound ones included).</summary>
    public List<Dictionary<string, Term>> Select(ValidationEngine engine, IReadOnlyDictionary<string, Term> bindings)
    {
        var result = Run(engine, bindings);
        var rows = new List<Dictionary<string, Term>>();
        foreach (var row in result.ResultSet)
        {
            var map = new Dictionary<string, Term>(bindings);
            for (int i = 0; i < row.Variables.Count; i++)
                if (row[i] is { } value) map[row.Variables[i]] = value;
            rows.Add(map);
        }
        return rows;
    }

    public bool Ask(ValidationEngine engine, IReadOnlyDictionary<string, Term> bindings) => Run(engine, bindings).Boolean;

    private SparqlResult Run(ValidationEngine engine, IReadOnlyDictionary<string, Term> bindings)
    {
        var options = new SparqlQueryOptions();
        // SHACL pre-binds $this, $currentShape and the parameters whether or not the query mentions them; the engine
        // refuses parameters that name no variable (a misspelling), so only the ones the query uses are passed.
        foreach (var (name, value) in bindings)
            if (_query.MentionsVariable(name)) options.Parameters[name] = value;
        if (_usesShapesGraph)
        {
            options.Parameters["shapesGraph"] = ValidationEngine.ShapesGraphName;
            return _query.Execute(engine.Dataset, options, engine.Token);
        }
        return _query.Execute(engine.Data, options, engine.Token);
    }
}
