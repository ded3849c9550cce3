using KnowledgeGraph.Sparql.Parsing.Syntax;

namespace KnowledgeGraph.Sparql.Parsing;

/// <summary>
/// The restrictions on queries whose variables are pre-bound (SHACL §5.2.1, and any caller that substitutes values
/// for variables before running a query): no MINUS, no SERVICE, no
/// VALUES, no <c>AS ?var</c> for a pre-bound variable, and sub-selects that return every pre-bound variable (except
/// <c>$shapesGraph</c> and <c>$currentShape</c>). A query that breaks one is a failure, not a result.
/// </summary>
internal static class PreBindingCheck
{
    public static string? Violation(QuerySyntax query, IReadOnlySet<string> preBound)
    {
        if (query.Values is not null) return "VALUES";
        foreach (var item in query.Projection)
            if (item.Expression is not null && preBound.Contains(item.Variable)) return $"(… AS ?{item.Variable})";
        return query.Where is null ? null : InGroup(query.Where, preBound);
    }

    /// <summary>The variables a <c>SELECT *</c> returns: those its triple patterns and BINDs bind (a variable only
    /// mentioned in a FILTER is not in scope, so pre-binding-006 is a failure).</summary>
    private static HashSet<string> InScope(GroupSyntax? group)
    {
        var vars = new HashSet<string>();
        if (group is null) return vars;
        if (group.SubSelect is { } sub)
            vars.UnionWith(sub.SelectAll ? InScope(sub.Where) : sub.Projection.Select(p => p.Variable));
        foreach (var e in group.Elements)
            switch (e)
            {
                case TriplesElement t:
                    foreach (var triple in t.Triples)
                        foreach (var term in new[] { triple.Subject, triple.Predicate, triple.Object })
                            if (term is { IsVariable: true }) vars.Add(term.Variable!);
                    break;
                case BindElement b: vars.Add(b.Variable); break;
                case OptionalElement o: vars.UnionWith(InScope(o.Group)); break;
                case GraphElement g: vars.UnionWith(InScope(g.Group)); if (g.Name.IsVariable) vars.Add(g.Name.Variable!); break;
                case UnionElement u: foreach (var a in u.Alternatives) vars.UnionWith(InScope(a)); break;
            }
        return vars;
    }

    private static string? InGroup(GroupSyntax group, IReadOnlySet<string> preBound)
    {
        if (group.SubSelect is { } sub)
        {
            {
                var projected = sub.SelectAll ? InScope(sub.Where) : sub.Projection.Select(p => p.Variable).ToHashSet();
                foreach (var v in preBound)
                    if (v is not ("shapesGraph" or "currentShape") && !projected.Contains(v))
                        return $"a sub-select that does not return ?{v}";
            }
            if (Violation(sub, preBound) is { } inner) return inner;
        }
        foreach (var e in group.Elements)
        {
            string? found = e switch
            {
                MinusElement => "MINUS",
                ServiceElement => "SERVICE",
                ValuesElement => "VALUES",
                BindElement b when preBound.Contains(b.Variable) => $"BIND (… AS ?{b.Variable})",
                OptionalElement o => InGroup(o.Group, preBound),
                GraphElement g => InGroup(g.Group, preBound),
                UnionElement u => u.Alternatives.Select(a => InGroup(a, preBound)).FirstOrDefault(x => x is not null),
                _ => null,
            };
            if (found is not null) return found;
        }
        return null;
    }
}
