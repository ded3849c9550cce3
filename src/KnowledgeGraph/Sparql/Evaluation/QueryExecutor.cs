using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Functions;
using KnowledgeGraph.Sparql.Optimization;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>Runs a parsed query: optimise, compile, evaluate, and shape the answer by query form.</summary>
internal static class QueryExecutor
{
    public static SparqlResult Execute(SparqlQuery query, QueryDatasetView dataset, TermTable terms, SparqlQueryOptions? options, CancellationToken cancellationToken)
    {
        using var timeout = options?.Timeout is { } t ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : null;
        timeout?.CancelAfter(options!.Timeout!.Value);
        var token = timeout?.Token ?? cancellationToken;
        try
        {
            return Run(query, dataset, terms, options, token);
        }
        catch (OperationCanceledException) when (timeout is not null && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new SparqlTimeoutException(options!.Timeout!.Value);
        }
    }

    private static SparqlResult Run(SparqlQuery query, QueryDatasetView dataset, TermTable terms, SparqlQueryOptions? options, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        var algebra = AlgebraOptimizer.Default.Optimize(query.Algebra, new OptimizerContext(dataset));
        var compiler = new PlanCompiler(options?.Parameters.Count > 0 ? new Dictionary<string, Term>(options.Parameters) : null);
        var plan = compiler.Compile(algebra, compiler.Root);
        var functions = new FunctionContext { Now = DateTimeOffset.UtcNow, BaseIri = query.Syntax.BaseIri };
        var exec = new QueryExecution(dataset, terms, compiler.SlotCount, functions, token)
        {
            ServiceClient = options?.ServiceClient,
            ServiceBatchSize = Math.Max(1, options?.ServiceBatchSize ?? 100),
        };
        var input = exec.NewRow();
        if (options is not null)
            foreach (var (name, value) in options.Parameters)
            {
                // A misspelt parameter would otherwise leave its variable unbound and match everything.
                if (compiler.Root.Slots.TryGetValue(name, out int slot)) input[slot] = exec.Terms.Intern(value);
                else if (!compiler.UsedParameters.Contains(name))
                    throw new ArgumentException($"The query has no variable ?{name} to bind (parameters: {string.Join(", ", options.Parameters.Keys.Select(k => "?" + k))}).", nameof(options));
            }
        var graph = dataset.DefaultGraph;
        var solutions = plan.Run(input, exec, graph);

        switch (query.Form)
        {
            case SparqlQueryForm.Ask:
                return SparqlResult.FromBoolean(solutions.Any());
            case SparqlQueryForm.Construct:
                return SparqlResult.FromGraph(ConstructTemplate.Build(query.Syntax.Template!, solutions, compiler, exec));
            case SparqlQueryForm.Describe:
                return SparqlResult.FromGraph(Describe(query, algebra, solutions, compiler, exec));
        }
        var variables = query.Variables;
        var slots = variables.Select(v => compiler.Slot(compiler.Root, v)).ToArray();
        return SparqlResult.FromResultSet(new SparqlResultSet(variables, Materialize(solutions, variables, slots, exec)));
    }

    /// <summary>Turns the solutions' ids into terms; compiled optimised up front, as it runs once per query.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static List<SparqlRow> Materialize(IEnumerable<int[]> solutions, IReadOnlyList<string> variables, int[] slots, QueryExecution exec)
    {
        // Values go into blocks shared by up to 256 rows: one array per block instead of one per row.
        const int RowsPerBlock = 256;
        var rows = new List<SparqlRow>();
        Term?[] block = [];
        int offset = 0;
        foreach (var s in solutions)
        {
            exec.Token.ThrowIfCancellationRequested();
            if (offset + slots.Length > block.Length)
            {
                block = new Term?[Math.Max(slots.Length, 1) * RowsPerBlock];
                offset = 0;
            }
            for (int i = 0; i < slots.Length; i++) block[offset + i] = exec.Terms.Get(s[slots[i]]);
            rows.Add(new SparqlRow(variables, block, offset));
            offset += slots.Length;
        }
        return rows;
    }

    private static Graph Describe(SparqlQuery query, AlgebraNode algebra, IEnumerable<int[]> solutions, PlanCompiler compiler, QueryExecution exec)
    {
        var syntax = query.Syntax;
        var resources = new HashSet<int>();
        foreach (var target in syntax.DescribeTargets)
            if (target.Term is not null) resources.Add(exec.Terms.Intern(target.Term));
        var variables = syntax.SelectAll
            ? Parsing.AlgebraBuilder.ProjectAll(algebra)
            : syntax.DescribeTargets.Where(t => t.IsVariable).Select(t => t.Variable!).ToList();
        if (syntax.Where is not null && variables.Count > 0)
        {
            var slots = variables.Select(v => compiler.Slot(compiler.Root, v)).ToArray();
            foreach (var s in solutions)
                foreach (var slot in slots)
                    if (s[slot] != 0) resources.Add(s[slot]);
        }
        return ConciseBoundedDescription.Build(resources, exec);
    }
}
