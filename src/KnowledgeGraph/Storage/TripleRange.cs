namespace KnowledgeGraph.Storage;

/// <summary>
/// A contiguous run of id triples, the answer to one <see cref="IStoreReader.Match"/>. The run is immutable: holding
/// it is safe while the store is written to, and it keeps seeing the snapshot it was cut from. Safe to read from
/// several threads at once.
/// </summary>
public readonly struct TripleRange
{
    private readonly IdTriple[]? _array;
    private readonly int _start;

    /// <summary>A run over <paramref name="length"/> elements of <paramref name="array"/> from <paramref name="start"/>.
    /// The array must not be changed afterwards.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The run does not lie inside the array.</exception>
    public TripleRange(IdTriple[] array, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(array);
        if ((uint)start > (uint)array.Length || (uint)length > (uint)(array.Length - start))
            throw new ArgumentOutOfRangeException(nameof(length), "The run does not lie inside the array.");
        _array = array;
        _start = start;
        Length = length;
    }

    /// <summary>The empty run.</summary>
    public static TripleRange Empty => default;

    /// <summary>How many triples the run holds.</summary>
    public int Length { get; }

    /// <summary>The triples, in the order of the index that answered.</summary>
    public ReadOnlySpan<IdTriple> Span => _array is null ? default : new(_array, _start, Length);

    /// <summary>The <paramref name="i"/>-th triple of the run.</summary>
    public IdTriple this[int i] => Span[i];

    /// <summary>A sub-run; <paramref name="start"/> is relative to this run.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The sub-run does not lie inside this run.</exception>
    public TripleRange Slice(int start, int length)
    {
        if ((uint)start > (uint)Length || (uint)length > (uint)(Length - start))
            throw new ArgumentOutOfRangeException(nameof(length), "The sub-run does not lie inside the run.");
        return length == 0 ? Empty : new TripleRange(_array!, _start + start, length);
    }
}
