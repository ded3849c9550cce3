using KnowledgeGraph.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Functions;

using KnowledgeGraph.Sparql.Evaluation;

namespace KnowledgeGraph.Sparql.Evaluation.Execution;

/// <summary>
/// Runs a query plan: compile, evaluate, and shape the answer by query form. The caller hands it the algebra already
/// optimised (<c>AlgebraOptimizer</c>, with the statistics of the data it runs on): evaluation never rewrites plans.
/// </summary>
internal static class QueryExecutor
{
    /// <summary>Runs a query's optimised plan.</summary>
    public static QueryOutcome Execute(AlgebraNode queryAlgebra, QueryShape shape, QueryDatasetView dataset, TermTable terms, SparqlQueryOptions? options,
        CancellationToken cancellationToken)
    {
        using var timeout = options?.Timeout is { } t ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : null;
        timeout?.CancelAfter(options!.Timeout!.Value);
        var token = timeout?.Token ?? cancellationToken;
        try
        {
            return Run(queryAlgebra, shape, dataset, terms, options, token);
        }
        catch (OperationCanceledException) when (timeout is not null && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new SparqlTimeoutException(options!.Timeout!.Value);
        }
    }

    private static QueryOutcome Run(AlgebraNode queryAlgebra, QueryShape shape, QueryDatasetView dataset, TermTable terms, SparqlQueryOptions? options,
        CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        var compiler = new PlanCompiler(options?.Parameters.Count > 0 ? new Dictionary<string, Term>(options.Parameters) : null);
        var plan = compiler.Compile(queryAlgebra, compiler.Root);
        var functions = new FunctionContext { Now = DateTimeOffset.UtcNow, BaseIri = shape.BaseIri };
        var exec = new QueryExecution(dataset, terms, compiler.SlotCount, functions, token,
            options is null ? SparqlQueryOptions.DefaultMaxRowsInMemory : options.MaxRowsInMemory)
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

        switch (shape.Form)
        {
            case SparqlQueryForm.Ask:
                return new QueryOutcome { Boolean = solutions.Any() };
            case SparqlQueryForm.Construct:
                return ConstructTemplate.Build(shape.Template!, solutions, compiler, exec);
            case SparqlQueryForm.Describe:
                return new QueryOutcome { Triples = Describe(shape, solutions, compiler, exec) };
        }
        var variables = shape.Variables;
        var slots = variables.Select(v => compiler.Slot(compiler.Root, v)).ToArray();
        return new QueryOutcome { Rows = new SparqlResultSet(variables, Materialize(solutions, variables, slots, exec)) };
    }

    /// <summary>
    /// The solutions of an update's WHERE pattern for <paramref name="variables"/>, as ids (positive: the store's;
    /// negative: terms the query computed, decoded by the returned function), all computed before the caller changes
    /// anything (an operation never reads its own writes).
    /// </summary>
    public static (List<int[]> Rows, Func<int, Term?> Decode) Solutions(AlgebraNode pattern, QueryDatasetView dataset, TermTable terms,
        IReadOnlyList<string> variables, IReadOnlyDictionary<string, Term>? parameters, string? baseIri, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        var compiler = new PlanCompiler(parameters is { Count: > 0 } ? parameters : null);
        var plan = compiler.Compile(pattern, compiler.Root);
        var slots = variables.Select(v => compiler.Slot(compiler.Root, v)).ToArray();
        var functions = new FunctionContext { Now = DateTimeOffset.UtcNow, BaseIri = baseIri };
        var exec = new QueryExecution(dataset, terms, compiler.SlotCount, functions, token);
        var input = exec.NewRow();
        if (parameters is not null)
            foreach (var (name, value) in parameters)
                if (compiler.Root.Slots.TryGetValue(name, out int slot)) input[slot] = exec.Terms.Intern(value);
        var rows = new List<int[]>();
        foreach (var s in plan.Run(input, exec, dataset.DefaultGraph))
        {
            token.ThrowIfCancellationRequested();
            var row = new int[slots.Length];
            for (int i = 0; i < slots.Length; i++) row[i] = s[slots[i]];
            rows.Add(row);
        }
        return (rows, exec.Terms.Get);
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
            exec.Keep();
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

    private static List<Triple> Describe(QueryShape shape, IEnumerable<int[]> solutions, PlanCompiler compiler, QueryExecution exec)
    {
        var resources = new HashSet<int>();
        foreach (var target in shape.DescribeTargets)
            if (target.Term is not null) resources.Add(exec.Terms.Intern(target.Term));
        if (shape.DescribeVariables.Count > 0)
        {
            var slots = shape.DescribeVariables.Select(v => compiler.Slot(compiler.Root, v)).ToArray();
            foreach (var s in solutions)
                foreach (var slot in slots)
                    if (s[slot] != 0) resources.Add(s[slot]);
        }
        return ConciseBoundedDescription.Build(resources, exec);
    }
}
