using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Conformance.Sparql.Support;

/// <summary>Decodes a result set written in RDF with the DAWG <c>rs:</c> vocabulary (<c>rs:ResultSet</c>, <c>rs:solution</c>, <c>rs:index</c>, <c>rs:boolean</c>).</summary>
internal static class RdfResultSet
{
    public const string Rs = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#";

    public static readonly NamedNode ResultSetClass = NamedNode.CreateUnchecked(Rs + "ResultSet");
    private static readonly NamedNode s_resultVariable = NamedNode.CreateUnchecked(Rs + "resultVariable");
    private static readonly NamedNode s_solution = NamedNode.CreateUnchecked(Rs + "solution");
    private static readonly NamedNode s_binding = NamedNode.CreateUnchecked(Rs + "binding");
    private static readonly NamedNode s_variable = NamedNode.CreateUnchecked(Rs + "variable");
    private static readonly NamedNode s_value = NamedNode.CreateUnchecked(Rs + "value");
    private static readonly NamedNode s_index = NamedNode.CreateUnchecked(Rs + "index");
    private static readonly NamedNode s_boolean = NamedNode.CreateUnchecked(Rs + "boolean");

    public static (SparqlResult Result, bool Ordered) Decode(Graph graph, Term resultSet)
    {
        if (graph.Objects(resultSet, s_boolean).FirstOrDefault() is Literal b)
            return (SparqlResult.FromBoolean(b.LexicalForm == "true"), false);
        var variables = graph.Objects(resultSet, s_resultVariable).OfType<Literal>().Select(l => l.LexicalForm).Distinct().OrderBy(v => v, StringComparer.Ordinal).ToList();
        var solutions = new List<(int Index, Dictionary<string, Term> Values)>();
        bool ordered = false;
        foreach (var solution in graph.Objects(resultSet, s_solution))
        {
            int index = int.MaxValue;
            if (graph.Objects(solution, s_index).FirstOrDefault() is Literal i)
            {
                index = int.Parse(i.LexicalForm, System.Globalization.CultureInfo.InvariantCulture);
                ordered = true;
            }
            var values = new Dictionary<string, Term>(StringComparer.Ordinal);
            foreach (var binding in graph.Objects(solution, s_binding))
            {
                var name = (graph.Objects(binding, s_variable).FirstOrDefault() as Literal)?.LexicalForm;
                var value = graph.Objects(binding, s_value).FirstOrDefault();
                if (name is null || value is null) continue;
                values[name] = value;
                if (!variables.Contains(name)) variables.Add(name);
            }
            solutions.Add((index, values));
        }
        var rows = solutions.OrderBy(s => s.Index)
            .Select(s => new SparqlRow(variables, variables.Select(v => s.Values.GetValueOrDefault(v)).ToArray()))
            .ToList();
        return (SparqlResult.FromResultSet(new SparqlResultSet(variables, rows)), ordered);
    }
}
