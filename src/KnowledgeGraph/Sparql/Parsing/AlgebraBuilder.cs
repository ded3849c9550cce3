using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Algebra.Expressions;
using KnowledgeGraph.Sparql.Algebra.Paths;
using KnowledgeGraph.Sparql.Parsing.Syntax;

namespace KnowledgeGraph.Sparql.Parsing;

/// <summary>
/// Translates the syntax tree into the SPARQL algebra exactly as §18.2 describes (group patterns, filters scoped
/// to their group, OPTIONAL's filter as the LeftJoin condition, property paths, then grouping, aggregates,
/// projection expressions and solution modifiers), and enforces the scope rules of §18.2.1 / §11.4.
/// </summary>
internal sealed partial class AlgebraBuilder
{
    private readonly Func<int, string, SparqlSyntaxException> _error;
    private int _fresh;

    public AlgebraBuilder(Func<int, string, SparqlSyntaxException> error) => _error = error;

    /// <summary>The algebra of a whole query or a sub-select (before the query form is applied).</summary>
    public AlgebraNode TranslateQuery(QuerySyntax q)
    {
        AlgebraNode g = q.Where is null ? Table.Unit : TranslateGroup(q.Where);
        var aggregates = new List<GroupAggregate>();
        var aggregateVars = new Dictionary<string, string>();
        Expression Replace(Expression e) => e.Transform(x =>
        {
            if (x is not AggregateExpression agg) return x;
            var key = agg.ToString();
            if (!aggregateVars.TryGetValue(key, out var v))
            {
                v = "#agg" + (++_fresh).ToString(System.Globalization.CultureInfo.InvariantCulture);
                aggregateVars[key] = v;
                aggregates.Add(new GroupAggregate(agg, v));
            }
            return new VariableExpression(v);
        });

        var projection = q.Projection.Select(p => p with { Expression = p.Expression is null ? null : Replace(TranslateExists(p.Expression)) }).ToList();
        var having = q.Having.Select(h => Replace(TranslateExists(h))).ToList();
        var order = q.OrderBy.Select(o => o with { Expression = Replace(TranslateExists(o.Expression)) }).ToList();

        bool grouped = q.GroupBy.Count > 0 || aggregates.Count > 0;
        HashSet<string>? groupVars = null;
        if (grouped)
        {
            if (q.SelectAll && q.Form == SparqlQueryForm.Select) throw _error(q.Position, "SELECT * cannot be used with GROUP BY or aggregates");
            var keys = new List<GroupKey>();
            groupVars = new HashSet<string>();
            foreach (var c in q.GroupBy)
            {
                var expr = TranslateExists(c.Expression);
                string v = c.Variable ?? (expr is VariableExpression ve ? ve.Name : "#key" + (++_fresh).ToString(System.Globalization.CultureInfo.InvariantCulture));
                keys.Add(new GroupKey(expr, v));
                groupVars.Add(v);
            }
            g = new Group(g, keys, aggregates);
        }
        foreach (var h in having) g = new Filter(h, g);

        var inScope = g.InScopeVariables();
        foreach (var item in projection)
        {
            if (item.Expression is null)
            {
                if (groupVars is not null && !groupVars.Contains(item.Variable))
                    throw _error(item.Offset, $"?{item.Variable} is neither grouped nor aggregated");
                continue;
            }
            if (inScope.Contains(item.Variable))
                throw _error(item.Offset, $"?{item.Variable} is already in scope and cannot be bound by AS");
            if (groupVars is not null)
                foreach (var used in item.Expression.Variables())
                    if (!groupVars.Contains(used) && !PatternTerm.IsHidden(used))
                        throw _error(item.Offset, $"?{used} is neither grouped nor aggregated");
            g = new Extend(g, item.Variable, item.Expression);
            inScope.Add(item.Variable);
            groupVars?.Add(item.Variable);
        }
        if (q.Values is not null) g = new Join(g, q.Values);
        if (order.Count > 0) g = new OrderBy(g, order);

        if (q.Form == SparqlQueryForm.Select)
        {
            var vars = q.SelectAll ? ProjectAll(g) : projection.Select(p => p.Variable).Distinct().ToList();
            g = new Project(g, vars);
        }
        else if (q.Form == SparqlQueryForm.Describe && !q.SelectAll)
            g = new Project(g, q.DescribeTargets.Where(t => t.IsVariable).Select(t => t.Variable!).ToList());
        if (q.Distinct) g = new Distinct(g);
        else if (q.Reduced) g = new Reduced(g);
        if (q.Limit is not null || q.Offset > 0) g = new Slice(g, q.Offset, q.Limit);
        return g;
    }

    /// <summary>The variables of SELECT *: every visible in-scope variable, in order of appearance.</summary>
    public static List<string> ProjectAll(AlgebraNode g) => g.InScopeVariables().Where(v => !PatternTerm.IsHidden(v)).ToList();

    /// <summary>Replaces each parsed EXISTS by the algebra's EXISTS over its translated pattern.</summary>
    private Expression TranslateExists(Expression e) =>
        e.Any(x => x is ExistsSyntax) ? e.Transform(x => x is ExistsSyntax ex ? new ExistsExpression(ex.Negated, TranslateGroup(ex.Group)) : x) : e;

    /// <summary>Translate(GroupGraphPattern) of §18.2.2.6.</summary>
    public AlgebraNode TranslateGroup(GroupSyntax group)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (group.SubSelect is not null) return new ToMultiSet(TranslateQuery(group.SubSelect));
        AlgebraNode g = Table.Unit;
        var filters = new List<Expression>();
        foreach (var element in group.Elements)
        {
            switch (element)
            {
                case TriplesElement t:
                    g = JoinOf(g, TranslateTriples(t.Triples));
                    break;
                case FilterElement f:
                    filters.Add(TranslateExists(f.Condition));
                    break;
                case OptionalElement o:
                    {
                        // Only the optional group's own filters become the condition: a filter in a nested group stays
                        // inside it (the translation is Join(Z, Filter(…)) before simplification; optional-filter-005).
                        var a = TranslateGroup(o.Group);
                        bool ownFilters = o.Group.Elements.Any(e => e is FilterElement);
                        g = ownFilters && a is Filter af ? new LeftJoin(g, af.Inner, af.Condition) : new LeftJoin(g, a, null);
                        break;
                    }
                case MinusElement m:
                    g = new Minus(g, TranslateGroup(m.Group));
                    break;
                case BindElement b:
                    if (g.InScopeVariables().Contains(b.Variable))
                        throw _error(b.Offset, $"BIND cannot assign ?{b.Variable}, which is already in scope");
                    g = new Extend(g, b.Variable, TranslateExists(b.Expression));
                    break;
                case GraphElement ge:
                    g = JoinOf(g, new GraphPattern(ge.Name, TranslateGroup(ge.Group)));
                    break;
                case ServiceElement se:
                    g = JoinOf(g, new Service(se.Endpoint, TranslateGroup(se.Group), se.Silent, se.Prologue, se.PatternText));
                    break;
                case UnionElement u:
                    {
                        AlgebraNode a = TranslateGroup(u.Alternatives[0]);
                        for (int i = 1; i < u.Alternatives.Count; i++) a = new Union(a, TranslateGroup(u.Alternatives[i]));
                        g = JoinOf(g, a);
                        break;
                    }
                case ValuesElement v:
                    g = JoinOf(g, v.Data);
                    break;
            }
        }
        if (filters.Count > 0)
        {
            var condition = filters[0];
            for (int i = 1; i < filters.Count; i++) condition = new OperatorExpression("&&", condition, filters[i]);
            g = new Filter(condition, g);
        }
        return g;
    }

    private static AlgebraNode JoinOf(AlgebraNode left, AlgebraNode right)
    {
        if (left is Table { IsUnit: true }) return right;
        if (right is Table { IsUnit: true }) return left;
        if (left is Bgp lb && right is Bgp rb) return new Bgp(lb.Patterns.Concat(rb.Patterns).ToList());
        return new Join(left, right);
    }

    /// <summary>translate of §18.2.2.4: paths reduce to triples where they can, else Path operators.</summary>
    private AlgebraNode TranslateTriples(List<PathTriple> triples)
    {
        var patterns = new List<TriplePattern>();
        var others = new List<AlgebraNode>();
        foreach (var t in triples)
        {
            if (t.Path is null) patterns.Add(new TriplePattern(t.Subject, t.Predicate!, t.Object));
            else TranslatePath(t.Subject, t.Path, t.Object, patterns, others);
        }
        AlgebraNode result = patterns.Count > 0 ? new Bgp(patterns) : Table.Unit;
        foreach (var o in others) result = JoinOf(result, o);
        return result;
    }

    private void TranslatePath(PatternTerm s, PathExpression path, PatternTerm o, List<TriplePattern> patterns, List<AlgebraNode> others)
    {
        switch (path)
        {
            case LinkPath link:
                patterns.Add(new TriplePattern(s, PatternTerm.Const(link.Predicate), o));
                break;
            case InversePath inv:
                TranslatePath(o, inv.Inner, s, patterns, others);
                break;
            case SequencePath seq:
                {
                    var middle = PatternTerm.Var("#path" + (++_fresh).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    TranslatePath(s, seq.First, middle, patterns, others);
                    TranslatePath(middle, seq.Second, o, patterns, others);
                    break;
                }
            default:
                others.Add(new PathPattern(s, path, o));
                break;
        }
    }
}
