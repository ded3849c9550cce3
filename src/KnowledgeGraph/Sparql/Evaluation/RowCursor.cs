using System.Collections;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Base of the operators' hand-written enumerators. Iterator methods compile to a MoveNext that tiered compilation
/// runs unoptimised for most of a short query's life (and that cannot be marked otherwise); a subclass's MoveNext
/// can carry <see cref="System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization"/>, so the per-row
/// work of the common operators is optimised from the first row.
/// </summary>
internal abstract class RowCursor : IEnumerable<int[]>, IEnumerator<int[]>
{
    private bool _handedOut;

    public int[] Current { get; protected set; } = null!;

    object IEnumerator.Current => Current;

    public abstract bool MoveNext();

    /// <summary>A fresh cursor over the same solutions, for a second enumeration.</summary>
    protected abstract RowCursor Restart();

    public IEnumerator<int[]> GetEnumerator()
    {
        if (_handedOut) return Restart().GetEnumerator();
        _handedOut = true;
        return this;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Reset() => throw new NotSupportedException();

    public virtual void Dispose()
    {
    }
}
