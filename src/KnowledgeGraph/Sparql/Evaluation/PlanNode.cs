namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// An evaluator for one algebra operator. <see cref="Run"/> pulls solutions lazily: given an input solution it
/// yields {merge(input, μ) | μ ∈ ⟦operator⟧, μ compatible with input}. Operators that can use the input's
/// bindings directly (BGP, path, join, union, table, graph) do so; others are wrapped by
/// <see cref="Operators.RestrictedNode"/>, which passes only variables that cannot change their meaning.
/// Solutions are arrays of term ids indexed by variable slot, 0 meaning unbound; yielded arrays are never mutated.
/// </summary>
internal abstract class PlanNode
{
    public abstract IEnumerable<int[]> Run(int[] input, QueryExecution exec, ActiveGraph graph);

    protected static int[] Copy(int[] row)
    {
        var copy = new int[row.Length];
        row.AsSpan().CopyTo(copy);
        return copy;
    }

    /// <summary>True when the two solutions agree on every variable bound in both.</summary>
    public static bool Compatible(int[] a, int[] b)
    {
        for (int i = 0; i < a.Length; i++)
            if (a[i] != 0 && b[i] != 0 && a[i] != b[i]) return false;
        return true;
    }

    /// <summary>The union of two compatible solutions.</summary>
    public static int[] Merge(int[] a, int[] b)
    {
        var r = Copy(a);
        for (int i = 0; i < r.Length; i++)
            if (r[i] == 0) r[i] = b[i];
        return r;
    }
}

/// <summary>Compares solutions by content, for DISTINCT and hashing.</summary>
internal sealed class RowComparer : IEqualityComparer<int[]>
{
    public static readonly RowComparer Instance = new();

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public bool Equals(int[]? x, int[]? y)
    {
        if (x is null || y is null) return ReferenceEquals(x, y);
        if (x.Length != y.Length) return false;
        for (int i = 0; i < x.Length; i++)
            if (x[i] != y[i]) return false;
        return true;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public int GetHashCode(int[] row)
    {
        // A multiply-rotate mix: cheap, and good enough to spread rows of small ids.
        uint h = 2166136261;
        foreach (var v in row) h = System.Numerics.BitOperations.RotateLeft((h ^ (uint)v) * 0x9E3779B1u, 13);
        return (int)h;
    }
}
