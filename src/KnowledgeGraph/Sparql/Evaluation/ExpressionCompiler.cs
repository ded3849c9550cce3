using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Algebra.Expressions;
using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>An expression ready to run on a solution: returns the value, or null for an error or unbound.</summary>
internal delegate Term? CompiledExpression(int[] row, QueryExecution exec, ActiveGraph graph);

/// <summary>
/// Compiles expressions into delegates: variables read their slot, the special forms of §17.4.1 (BOUND, IF,
/// COALESCE, logical or/and with their error rules, IN, EXISTS, BNODE) are handled here, and everything else is
/// delegated to <see cref="SparqlOperators"/> and <see cref="BuiltInFunctions"/>.
/// </summary>
internal sealed class ExpressionCompiler
{
    private readonly Func<string, int> _slotOf;
    private readonly Func<Algebra.AlgebraNode, PlanNode> _compilePattern;
    private readonly Func<int[], string> _solutionKey;

    public ExpressionCompiler(Func<string, int> slotOf, Func<Algebra.AlgebraNode, PlanNode> compilePattern, Func<int[], string> solutionKey)
    {
        _slotOf = slotOf;
        _compilePattern = compilePattern;
        _solutionKey = solutionKey;
    }

    /// <summary>Effective boolean value of a result (null = error).</summary>
    public static bool? IsTrue(Term? value) => value is null ? null : SparqlOperators.EffectiveBooleanValue(value);

    public CompiledExpression Compile(Expression e)
    {
        switch (e)
        {
            case TermExpression t:
                {
                    var term = t.Term;
                    return (_, _, _) => term;
                }
            case VariableExpression v:
                {
                    int slot = _slotOf(v.Name);
                    return (row, exec, _) => row[slot] == 0 ? null : exec.Terms.Get(row[slot]);
                }
            case OperatorExpression op:
                return CompileOperator(op);
            case FunctionExpression f:
                return CompileFunction(f);
            case IriFunctionExpression iri:
                {
                    var args = iri.Args.Select(Compile).ToArray();
                    var name = iri.Iri;
                    return (row, exec, graph) =>
                    {
                        var values = Evaluate(args, row, exec, graph);
                        return BuiltInFunctions.TryCallIri(name, values, exec.Functions, out var result) ? result : null;
                    };
                }
            case ExistsExpression ex:
                {
                    var plan = _compilePattern(ex.Pattern);
                    bool negated = ex.Negated;
                    return (row, exec, graph) =>
                    {
                        exec.SubstituteDepth++;
                        try
                        {
                            bool any = plan.Run(row, exec, graph).Any();
                            return SparqlOperators.Bool(any != negated);
                        }
                        finally { exec.SubstituteDepth--; }
                    };
                }
            case AggregateExpression:
                throw new SparqlEvaluationException("An aggregate cannot be evaluated outside a group.");
        }
        throw new SparqlEvaluationException("Unknown expression " + e);
    }

    private static Term?[] Evaluate(CompiledExpression[] args, int[] row, QueryExecution exec, ActiveGraph graph)
    {
        var values = new Term?[args.Length];
        for (int i = 0; i < args.Length; i++) values[i] = args[i](row, exec, graph);
        return values;
    }

    private CompiledExpression CompileOperator(OperatorExpression op)
    {
        var args = op.Args.Select(Compile).ToArray();
        switch (op.Operator)
        {
            case "||":
                return (row, exec, graph) =>
                {
                    var a = IsTrue(args[0](row, exec, graph));
                    if (a == true) return SparqlOperators.True;
                    var b = IsTrue(args[1](row, exec, graph));
                    if (b == true) return SparqlOperators.True;
                    return a is null || b is null ? null : SparqlOperators.False;
                };
            case "&&":
                return (row, exec, graph) =>
                {
                    var a = IsTrue(args[0](row, exec, graph));
                    if (a == false) return SparqlOperators.False;
                    var b = IsTrue(args[1](row, exec, graph));
                    if (b == false) return SparqlOperators.False;
                    return a is null || b is null ? null : SparqlOperators.True;
                };
            case "!":
                return (row, exec, graph) => IsTrue(args[0](row, exec, graph)) is { } b ? SparqlOperators.Bool(!b) : null;
            case "=":
                if (ConstantComparisons.LanguageEquals(op, _slotOf) is { } languageTest) return languageTest;
                if (ConstantComparisons.Equality(op, args, negated: false) is { } equalsConstant) return equalsConstant;
                return (row, exec, graph) => SparqlOperators.Equal(args[0](row, exec, graph), args[1](row, exec, graph));
            case "!=":
                if (ConstantComparisons.Equality(op, args, negated: true) is { } differsFromConstant) return differsFromConstant;
                return (row, exec, graph) => SparqlOperators.NotEqual(args[0](row, exec, graph), args[1](row, exec, graph));
            case "<":
            case ">":
            case "<=":
            case ">=":
                {
                    if (ConstantComparisons.Ordering(op, args) is { } comparedToConstant) return comparedToConstant;
                    var name = op.Operator;
                    return (row, exec, graph) => SparqlOperators.Compare(name, args[0](row, exec, graph), args[1](row, exec, graph));
                }
            case "+":
            case "-":
            case "*":
            case "/":
                {
                    char c = op.Operator[0];
                    return (row, exec, graph) => SparqlOperators.Arithmetic(c, args[0](row, exec, graph), args[1](row, exec, graph));
                }
            case "u+":
            case "u-":
                {
                    char c = op.Operator[1];
                    return (row, exec, graph) => SparqlOperators.Unary(c, args[0](row, exec, graph));
                }
            case "in":
            case "notin":
                {
                    bool negated = op.Operator == "notin";
                    return (row, exec, graph) =>
                    {
                        var value = args[0](row, exec, graph);
                        bool error = false;
                        for (int i = 1; i < args.Length; i++)
                        {
                            var eq = IsTrue(SparqlOperators.Equal(value, args[i](row, exec, graph)));
                            if (eq == true) return SparqlOperators.Bool(!negated);
                            if (eq is null) error = true;
                        }
                        return error ? null : SparqlOperators.Bool(negated);
                    };
                }
        }
        throw new SparqlEvaluationException("Unknown operator " + op.Operator);
    }

    private CompiledExpression CompileFunction(FunctionExpression f)
    {
        switch (f.Name)
        {
            case "BOUND":
                {
                    if (f.Args[0] is TermExpression) return (_, _, _) => SparqlOperators.True;
                    int slot = _slotOf(((VariableExpression)f.Args[0]).Name);
                    return (row, _, _) => SparqlOperators.Bool(row[slot] != 0);
                }
            case "IF":
                {
                    var args = f.Args.Select(Compile).ToArray();
                    return (row, exec, graph) => IsTrue(args[0](row, exec, graph)) switch
                    {
                        true => args[1](row, exec, graph),
                        false => args[2](row, exec, graph),
                        null => null,
                    };
                }
            case "COALESCE":
                {
                    var args = f.Args.Select(Compile).ToArray();
                    return (row, exec, graph) =>
                    {
                        foreach (var a in args)
                            if (a(row, exec, graph) is { } v) return v;
                        return null;
                    };
                }
            case "BNODE":
                {
                    if (f.Args.Count == 0) return (_, _, _) => BlankNode.CreateNew();
                    var arg = Compile(f.Args[0]);
                    var solutionKey = _solutionKey;
                    return (row, exec, graph) =>
                    {
                        if (arg(row, exec, graph) is not Literal { IsSimple: true } l) return null;
                        var key = solutionKey(row) + "|" + l.LexicalForm;
                        lock (exec.BlankNodes)
                        {
                            if (!exec.BlankNodes.TryGetValue(key, out var b)) exec.BlankNodes[key] = b = BlankNode.CreateNew();
                            return b;
                        }
                    };
                }
            case "SAMETERM":
                {
                    var args = f.Args.Select(Compile).ToArray();
                    return (row, exec, graph) =>
                    {
                        var a = args[0](row, exec, graph);
                        var b = args[1](row, exec, graph);
                        return a is null || b is null ? null : SparqlOperators.Bool(a.Equals(b));
                    };
                }
            default:
                {
                    var args = f.Args.Select(Compile).ToArray();
                    var name = f.Name;
                    return (row, exec, graph) => BuiltInFunctions.Call(name, Evaluate(args, row, exec, graph), exec.Functions);
                }
        }
    }
}
