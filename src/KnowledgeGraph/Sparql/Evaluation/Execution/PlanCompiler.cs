using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Algebra.Expressions;
using KnowledgeGraph.Sparql.Evaluation.Operators;

using KnowledgeGraph.Sparql.Evaluation;

namespace KnowledgeGraph.Sparql.Evaluation.Execution;

/// <summary>
/// Turns (optimised) algebra into evaluator operators, assigning each variable a slot in the solution arrays.
/// A sub-select gets its own scope: its variables that are not projected get slots of their own, so they never
/// meet outer variables of the same name. Parameters are substituted as constant terms.
/// </summary>
internal sealed class PlanCompiler
{
    private readonly IReadOnlyDictionary<string, Term> _parameters;
    private readonly HashSet<int> _blankNodeTargets = new();
    private int _slotCount;

    /// <summary>Parameters substituted somewhere in the plan, so a parameter that names no variable can be reported.</summary>
    public HashSet<string> UsedParameters { get; } = new();

    public PlanCompiler(IReadOnlyDictionary<string, Term>? parameters)
    {
        _parameters = parameters ?? new Dictionary<string, Term>();
        Root = new Scope(null, null);
    }

    public Scope Root { get; }

    public int SlotCount => _slotCount;

    /// <summary>Variable name → slot within one scope (a query or a sub-select).</summary>
    internal sealed class Scope
    {
        public Scope(Scope? parent, HashSet<string>? shared)
        {
            Parent = parent;
            Shared = shared;
        }

        public Scope? Parent { get; }

        public HashSet<string>? Shared { get; }

        public Dictionary<string, int> Slots { get; } = new();
    }

    public int Slot(Scope scope, string name)
    {
        if (scope.Slots.TryGetValue(name, out int slot)) return slot;
        slot = scope.Parent is not null && scope.Shared!.Contains(name) ? Slot(scope.Parent, name) : _slotCount++;
        scope.Slots[name] = slot;
        return slot;
    }

    public PlanNode Compile(AlgebraNode node, Scope scope)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (node)
        {
            case Bgp bgp:
                return new BgpNode(bgp.Patterns.SelectMany(p => p.Terms).Select(t => Position(t, scope)).ToArray());
            case PathPattern path:
                return new PathNode(Position(path.Subject, scope), path.Path, Position(path.Object, scope));
            case Join { Right: Service joinedService } serviceJoin:
                return new ServiceJoinNode(Compile(serviceJoin.Left, scope), CompileService(joinedService, scope), optional: false);
            case LeftJoin { Right: Service optionalService, Condition: null } serviceLeftJoin:
                return Restrict(node, scope, new ServiceJoinNode(Compile(serviceLeftJoin.Left, scope), CompileService(optionalService, scope), optional: true));
            case Join join:
                {
                    var left = Compile(join.Left, scope);
                    var right = Compile(join.Right, scope);
                    if (join.Strategy == JoinStrategy.Hash)
                    {
                        var shared = join.Left.CertainVariables();
                        shared.IntersectWith(join.Right.CertainVariables());
                        return new HashJoinNode(left, right, shared.Select(v => Slot(scope, v)).ToArray());
                    }
                    return new JoinNode(left, right);
                }
            case Union union:
                return new UnionNode(Compile(union.Left, scope), Compile(union.Right, scope));
            case Table table:
                return new TableNode(table.Variables.Select(v => Slot(scope, v)).ToArray(), table.Rows);
            case GraphPattern graph:
                {
                    var inner = Compile(graph.Inner, scope);
                    var name = Position(graph.Name, scope);
                    return new GraphNode(inner, name.Slot, name.Term);
                }
            case ToMultiSet tms:
                return Compile(tms.Inner, scope);
            case Service service:
                return CompileService(service, scope);
            case Filter { Inner: Bgp { Patterns.Count: > 0 } filteredBgp } filter when !filter.Condition.Any(e => e is ExistsExpression):
                return Restrict(node, scope, FilteredBgp(filteredBgp, filter.Condition, scope));
            case Filter filter:
                return Restrict(node, scope, new FilterNode(Compile(filter.Inner, scope), Expression(filter.Condition, scope)));
            case LeftJoin leftJoin:
                return Restrict(node, scope, new LeftJoinNode(Compile(leftJoin.Left, scope), Compile(leftJoin.Right, scope),
                    leftJoin.Condition is null ? null : Expression(leftJoin.Condition, scope)));
            case Minus minus:
                return Restrict(node, scope, new MinusNode(Compile(minus.Left, scope), Compile(minus.Right, scope)));
            case Extend extend:
                {
                    int slot = Slot(scope, extend.Variable);
                    if (extend.Expression.Any(e => e is FunctionExpression { Name: "BNODE" })) _blankNodeTargets.Add(slot);
                    var inner = Compile(extend.Inner, scope);
                    return Restrict(node, scope, new ExtendNode(inner, slot, Expression(extend.Expression, scope), MemoSlot(extend.Expression, scope)));
                }
            case Group group:
                {
                    var inner = Compile(group.Inner, scope);
                    var keys = group.Keys.Select(k => Expression(k.Expression, scope)).ToArray();
                    var keySlots = group.Keys.Select(k => Slot(scope, k.Variable)).ToArray();
                    var keySourceSlots = group.Keys.Select(k => VariableSlot(k.Expression, scope)).ToArray();
                    var aggregates = group.Aggregates.Select(a => new CompiledAggregate(
                        a.Aggregate.Name, a.Aggregate.Distinct,
                        a.Aggregate.Argument is null ? null : Expression(a.Aggregate.Argument, scope),
                        a.Aggregate.Separator ?? " ", Slot(scope, a.Variable),
                        a.Aggregate.Argument is null ? -1 : VariableSlot(a.Aggregate.Argument, scope))).ToArray();
                    return Restrict(node, scope, new GroupNode(inner, keys, keySlots, keySourceSlots, aggregates), keepNothing: true);
                }
            case OrderBy order:
                return Restrict(node, scope, new OrderByNode(Compile(order.Inner, scope),
                    order.Conditions.Select(c => Expression(c.Expression, scope)).ToArray(),
                    order.Conditions.Select(c => c.Descending).ToArray()));
            case Project project:
                {
                    var innerScope = new Scope(scope, new HashSet<string>(project.Variables));
                    var inner = Compile(project.Inner, innerScope);
                    var slots = project.Variables.Select(v => Slot(scope, v)).ToArray();
                    return Restrict(node, scope, new ProjectNode(inner, slots));
                }
            case Distinct distinct:
                return Restrict(node, scope, new DistinctNode(Compile(distinct.Inner, scope)));
            case Reduced reduced:
                return Restrict(node, scope, new ReducedNode(Compile(reduced.Inner, scope)));
            case Slice slice:
                return Restrict(node, scope, new SliceNode(Compile(slice.Inner, scope), slice.Offset, slice.Limit), keepNothing: true);
        }
        throw new SparqlEvaluationException("Cannot evaluate " + node.GetType().Name);
    }

    private ServiceNode CompileService(Service service, Scope scope)
    {
        var names = new HashSet<string>();
        service.Inner.CollectInScope(names);
        var variables = names.Order(StringComparer.Ordinal).Select(v => (v, Slot(scope, v))).ToArray();
        return new ServiceNode(Position(service.Endpoint, scope), service.Silent, service.Prologue, service.PatternText, variables);
    }

    /// <summary>A BGP with its filter's conjuncts attached to the pattern after which their variables are bound.</summary>
    private BgpNode FilteredBgp(Bgp bgp, Expression condition, Scope scope)
    {
        var conjuncts = new List<Expression>();
        var stack = new Stack<Expression>();
        stack.Push(condition);
        while (stack.Count > 0)
        {
            var x = stack.Pop();
            if (x is OperatorExpression { Operator: "&&" } and) { stack.Push(and.Args[1]); stack.Push(and.Args[0]); }
            else conjuncts.Add(x);
        }
        int n = bgp.Patterns.Count;
        var levels = new List<CompiledExpression>?[n];
        var boundAfter = new List<HashSet<string>>();
        var bound = new HashSet<string>();
        foreach (var p in bgp.Patterns)
        {
            foreach (var t in p.Terms)
                if (t.Variable is not null) bound.Add(t.Variable);
            boundAfter.Add(new HashSet<string>(bound));
        }
        foreach (var c in conjuncts)
        {
            var vars = c.Variables();
            int level = n - 1;
            for (int i = 0; i < n; i++)
                if (vars.IsSubsetOf(boundAfter[i])) { level = i; break; }
            (levels[level] ??= new List<CompiledExpression>()).Add(Expression(c, scope));
        }
        var terms = bgp.Patterns.SelectMany(p => p.Terms).Select(t => Position(t, scope)).ToArray();
        return new BgpNode(terms, levels.Select(l => l?.ToArray()).ToArray());
    }

    /// <summary>The slot of an expression that is a plain variable (not a parameter), else -1.</summary>
    private int VariableSlot(Expression e, Scope scope) =>
        e is VariableExpression v && !_parameters.ContainsKey(v.Name) ? Slot(scope, v.Name) : -1;

    /// <summary>
    /// The slot of the one variable a deterministic expression reads, so its value can be remembered per id of
    /// that variable; -1 when it reads other than one variable, or calls EXISTS, an aggregate or a function whose
    /// value changes between calls.
    /// </summary>
    private int MemoSlot(Expression e, Scope scope)
    {
        if (e.Any(x => x is ExistsExpression or AggregateExpression or FunctionExpression { IsNonDeterministic: true })) return -1;
        var variables = e.Variables();
        if (variables.Count != 1) return -1;
        var name = variables.First();
        return _parameters.ContainsKey(name) ? -1 : Slot(scope, name);
    }

    private PlanNode Restrict(AlgebraNode node, Scope scope, PlanNode plan, bool keepNothing = false)
    {
        var keep = keepNothing ? Array.Empty<int>() : node.CertainVariables().Select(v => Slot(scope, v)).Distinct().ToArray();
        return new RestrictedNode(plan, keep, cacheable: true);
    }

    private SlotOrTerm Position(PatternTerm t, Scope scope)
    {
        if (t.Term is not null) return new SlotOrTerm(-1, t.Term);
        if (_parameters.TryGetValue(t.Variable!, out var value))
        {
            UsedParameters.Add(t.Variable!);
            return new SlotOrTerm(-1, value);
        }
        return new SlotOrTerm(Slot(scope, t.Variable!), null);
    }

    public CompiledExpression Expression(Expression e, Scope scope)
    {
        if (_parameters.Count > 0)
            e = e.Transform(x =>
            {
                if (x is not VariableExpression v || !_parameters.TryGetValue(v.Name, out var value)) return x;
                UsedParameters.Add(v.Name);
                return new TermExpression(value);
            });
        var compiler = new ExpressionCompiler(name => Slot(scope, name), pattern => Compile(pattern, scope), SolutionKey);
        return compiler.Compile(e);
    }

    /// <summary>Identifies a solution for BNODE(str), ignoring variables that BNODE results are assigned to.</summary>
    private string SolutionKey(int[] row)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < row.Length; i++)
            if (!_blankNodeTargets.Contains(i)) sb.Append(row[i]).Append(',');
        return sb.ToString();
    }
}
