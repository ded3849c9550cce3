using System.Security.Cryptography;
using KnowledgeGraph.Model;
using KnowledgeGraph.RocksDb.Native;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.RocksDb;

/// <summary>
/// Loads one input as one transaction in memory bounded by <see cref="RocksDbStoreOptions.BulkLoadMemoryBytes"/>:
/// quads are encoded to ids and gathered in a fixed buffer; each full buffer is sorted in the three index orders and
/// written out as SST files; at commit all of them are ingested into RocksDB in one atomic step, so the input's quads
/// appear all at once or (after a crash or an error) not at all.
/// New dictionary entries are written as they are met, in their own small batches: a term nobody uses yet changes no
/// graph, so a load that never commits leaves only unused dictionary entries, which are harmless.
/// Blank nodes get labels unique to this load, because parsers reuse labels across processes and documents.
/// Holds the store's write lock from <see cref="RocksDbStore.BeginLoad"/> to disposal; use it from one thread.
/// </summary>
public sealed class BulkLoader : IRdfSink, IDisposable
{
    private const int BytesPerBufferedQuad = 16;
    private const int BytesPerCachedTerm = 200;
    private const int TermBatchSize = 50_000;

    private readonly RocksDbStore _store;
    private readonly BulkLoadOptions _options;
    private readonly CancellationToken _cancellation;
    private readonly string _folder;
    private readonly string _blankPrefix;
    private readonly IdQuad[] _buffer;
    private readonly int _termCacheLimit;
    private readonly Dictionary<Term, int> _termCache = [];
    private readonly Dictionary<Term, int> _unflushedTerms = [];
    private readonly WriteBatch _termBatch = WriteBatch.Create();
    private readonly HashSet<int> _graphsSeen = [];
    private readonly List<int> _newGraphs = [];
    private readonly List<string> _sstFiles = [];
    private readonly int _targetGraph;
    private int _buffered;
    private int _nextId;

    internal BulkLoader(RocksDbStore store, BulkLoadOptions? options, CancellationToken cancellation)
    {
        store.EnterWriteLock();
        try
        {
            _store = store;
            _options = options ?? new BulkLoadOptions();
            _cancellation = cancellation;
            _nextId = store.NextId;
            long memory = Math.Max(store.Options.BulkLoadMemoryBytes, 1L << 20);
            _buffer = new IdQuad[(int)Math.Min(memory / 2 / BytesPerBufferedQuad, Array.MaxLength)];
            _termCacheLimit = (int)Math.Min(memory / 2 / BytesPerCachedTerm, int.MaxValue);
            _blankPrefix = "l" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant() + "_";
            _folder = Path.Combine(store.TempFolder, Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_folder);
            _targetGraph = _options.Graph is null ? 0 : IdOf(_options.Graph);
        }
        catch
        {
            _termBatch.Dispose();
            store.ExitWriteLock();
            throw;
        }
    }

    /// <summary>Quads read so far.</summary>
    public long Count { get; private set; }

    /// <summary>Adds a quad to the load (visible only after <see cref="Commit"/>).</summary>
    /// <exception cref="OperationCanceledException">The load's token was cancelled.</exception>
    public void OnQuad(Quad quad)
    {
        _cancellation.ThrowIfCancellationRequested();
        int graph = quad.Graph is null ? _targetGraph : IdOf(quad.Graph);
        if (graph != 0 && _graphsSeen.Add(graph) && !GraphIsStored(graph)) _newGraphs.Add(graph);
        _buffer[_buffered++] = new IdQuad(graph, new IdTriple(IdOf(quad.Subject), IdOf(quad.Predicate), IdOf(quad.Object)));
        if (_buffered == _buffer.Length) SpillRun();
        if (++Count % _options.ProgressInterval == 0) _options.Progress?.Invoke(Count);
    }

    /// <summary>Ignored: the store keeps no prefixes.</summary>
    public void OnPrefix(string prefix, string namespaceIri)
    {
    }

    /// <summary>Ignored: the store keeps no base IRI.</summary>
    public void OnBase(string baseIri)
    {
    }

    /// <summary>Makes every quad of the load visible at once, durably; call once, then dispose.</summary>
    public void Commit()
    {
        SpillRun();
        FlushTerms();
        if (_newGraphs.Count > 0) WriteGraphsFile();
        if (_sstFiles.Count > 0)
        {
            _store.Db.IngestExternalFiles(_sstFiles, move: true);
        }
        _options.Progress?.Invoke(Count);
    }

    private bool GraphIsStored(int graph)
    {
        Span<byte> key = stackalloc byte[KeyLayout.IdKeyLength];
        KeyLayout.WriteGraphKey(key, graph);
        return _store.Db.HasKey(key);
    }

    private int IdOf(Term term)
    {
        if (term is BlankNode b) term = BlankNode.Create(_blankPrefix + b.Label);
        if (_termCache.TryGetValue(term, out int id) || _unflushedTerms.TryGetValue(term, out id)) return id;
        var encoded = TermCodec.Encode(term);
        var key = KeyLayout.TermKey(encoded);
        if (_store.Db.TryRead(key, null, KeyLayout.ReadInt, out id))
        {
            Cache(term, id);
            return id;
        }
        if (_nextId == int.MaxValue) throw new InvalidOperationException("The store's term dictionary is full.");
        id = _nextId++;
        _termBatch.Put(key, KeyLayout.Int(id));
        _termBatch.Put(KeyLayout.IdKey(id), encoded);
        _unflushedTerms[term] = id;
        if (_unflushedTerms.Count >= TermBatchSize) FlushTerms();
        return id;
    }

    private void Cache(Term term, int id)
    {
        if (_termCache.Count >= _termCacheLimit) _termCache.Clear();
        _termCache[term] = id;
    }

    /// <summary>Writes the new dictionary entries with the id counter, so ids are never handed out twice even if
    /// the load dies later; afterwards they are found in the store itself.</summary>
    private void FlushTerms()
    {
        if (_unflushedTerms.Count == 0) return;
        _termBatch.Put(KeyLayout.NextIdKey, KeyLayout.Int(_nextId));
        _store.Db.Write(_termBatch, _store.WriteOptions);
        _store.NextId = _nextId;
        _termBatch.Clear();
        foreach (var (term, id) in _unflushedTerms) Cache(term, id);
        _unflushedTerms.Clear();
    }

    /// <summary>Sorts the buffer in each index order and writes each order as one SST file.</summary>
    private void SpillRun()
    {
        if (_buffered == 0) return;
        var run = _buffer.AsSpan(0, _buffered);
        Span<byte> key13 = stackalloc byte[KeyLayout.QuadKeyLength(0)];
        Span<byte> key17 = stackalloc byte[KeyLayout.QuadKeyLength(1)];
        using var options = StoreTuning.ForSstFiles();
        for (var order = KeyOrder.Spo; order <= KeyOrder.Osp; order++)
        {
            _cancellation.ThrowIfCancellationRequested();
            run.Sort(new IdQuadComparer(order));
            var path = Path.Combine(_folder, $"run{_sstFiles.Count}.sst");
            using var writer = SstFileWriter.Open(options, path);
            for (int i = 0; i < run.Length; i++)
            {
                if (i > 0 && run[i] == run[i - 1]) continue; // SST keys must strictly increase
                var key = run[i].Graph == 0 ? key13 : key17;
                KeyLayout.WriteQuadKey(key, order, run[i].Graph, run[i].Triple);
                writer.Add(key, KeyLayout.Empty);
            }
            writer.Finish();
            _sstFiles.Add(path);
        }
        _buffered = 0;
    }

    /// <summary>Writes the graphs new to the store, numbered in the order the input named them, and moves the
    /// graph counter past them before anything is ingested (a load that then dies leaves only unused numbers).</summary>
    private void WriteGraphsFile()
    {
        var path = Path.Combine(_folder, "graphs.sst");
        using var options = StoreTuning.ForSstFiles();
        using var writer = SstFileWriter.Open(options, path);
        int first = _store.NextGraph;
        var numbered = _newGraphs.Select((graph, i) => (Graph: graph, Sequence: first + i)).OrderBy(g => g.Graph);
        foreach (var (graph, sequence) in numbered) writer.Add(KeyLayout.GraphKey(graph), KeyLayout.Int(sequence));
        writer.Finish();
        _sstFiles.Add(path);
        _termBatch.Put(KeyLayout.NextGraphKey, KeyLayout.Int(first + _newGraphs.Count));
        _store.Db.Write(_termBatch, _store.WriteOptions);
        _termBatch.Clear();
        _store.NextGraph = first + _newGraphs.Count;
    }

    /// <summary>Ends the load, discarding it unless committed, and releases the store's write lock.</summary>
    public void Dispose()
    {
        try
        {
            // An uncommitted load's SST files are dropped unread; the dictionary entries it already wrote stay, unused.
            _termBatch.Dispose();
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        }
        finally
        {
            _store.ExitWriteLock();
        }
    }
}

/// <summary>A buffered quad: graph id (0 = default graph) and triple.</summary>
internal readonly record struct IdQuad(int Graph, IdTriple Triple);

/// <summary>Orders buffered quads by graph, then in one index order: the order of their keys, since default-graph
/// keys (graph 0) have the smaller table byte.</summary>
internal readonly struct IdQuadComparer(KeyOrder order) : IComparer<IdQuad>
{
    public int Compare(IdQuad x, IdQuad y)
    {
        int r = x.Graph.CompareTo(y.Graph);
        return r != 0 ? r : KeyLayout.Compare(order, x.Triple, y.Triple);
    }
}
