using KnowledgeGraph.Cli.Arguments;
using KnowledgeGraph.Cli.Formats;
using KnowledgeGraph.Cli.Input;
using KnowledgeGraph.Cli.Storage;
using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Cli.Query;

/// <summary>
/// The dataset <c>kg query</c> runs against, built from <c>--data</c> and <c>--named</c>, and the resolver for graphs
/// that FROM / FROM NAMED name: a <c>--data</c> file by its base IRI, else a <c>file:</c> IRI read from disk.
/// </summary>
internal sealed class QueryDataset : IDisposable
{
    private readonly CliContext _context;
    private readonly Dictionary<string, (string Path, RdfFormat Format)> _dataFiles = new(StringComparer.Ordinal);

    private QueryDataset(CliContext context, Dataset? dataset = null)
    {
        _context = context;
        Dataset = dataset ?? new Dataset();
    }

    public Dataset Dataset { get; }

    /// <summary>
    /// The dataset of <c>--db DIR</c> when given (opened for writing when <paramref name="write"/>, else read-only so
    /// it works beside a process writing the store), else the <c>--data</c>/<c>--named</c> files loaded in memory.
    /// <c>--db</c> with files is a usage error: the files would have to be loaded into the store.
    /// </summary>
    public static QueryDataset Open(CliContext context, string? db, IReadOnlyList<string> data, IReadOnlyList<string> named, string verb, bool write = false)
    {
        if (db is null) return Load(context, data, named, verb);
        if (data.Count > 0 || named.Count > 0) throw new UsageException("give either --db or --data/--named, not both", verb);
        return new QueryDataset(context, StoreAccess.OpenDataset(context, db, write));
    }

    public static QueryDataset Load(CliContext context, IReadOnlyList<string> data, IReadOnlyList<string> named, string verb)
    {
        var result = new QueryDataset(context);
        foreach (var spec in data)
        {
            var (iri, path) = Split(spec, requireIri: false, "--data", verb);
            var format = CliFormats.ForReading(null, path, verb);
            var baseIri = iri ?? (path == "-" ? null : RdfInput.FileIri(context.FullPath(path)));
            RdfLoader.Read(context, path, format, baseIri, new DatasetSink(result.Dataset));
            if (baseIri is not null) result._dataFiles[baseIri] = (path, format);
        }
        foreach (var spec in named)
        {
            var (iri, path) = Split(spec, requireIri: true, "--named", verb);
            var format = CliFormats.ForReading(null, path, verb);
            var graph = result.Dataset.GetOrCreateGraph(NamedNode.Create(iri!));
            RdfLoader.Read(context, path, format, iri, new GraphSink(graph));
        }
        return result;
    }

    /// <summary>Checks the shape of every <c>--data</c> and <c>--named</c> value, so usage errors come before any work.</summary>
    public static void CheckSpecs(IReadOnlyList<string> data, IReadOnlyList<string> named, string verb)
    {
        foreach (var spec in data) CliFormats.ForReading(null, Split(spec, requireIri: false, "--data", verb).Path, verb);
        foreach (var spec in named) CliFormats.ForReading(null, Split(spec, requireIri: true, "--named", verb).Path, verb);
    }

    /// <summary>Loads a graph named by FROM / FROM NAMED that the dataset does not hold, or null.</summary>
    public Graph? Resolve(NamedNode name)
    {
        string path;
        RdfFormat? format;
        if (_dataFiles.TryGetValue(name.Value, out var file))
        {
            path = file.Path;
            format = file.Format;
        }
        else if (Uri.TryCreate(name.Value, UriKind.Absolute, out var uri) && uri.IsFile && File.Exists(uri.LocalPath))
        {
            path = uri.LocalPath;
            format = CliFormats.FromPath(path)?.Rdf;
            if (format is null) return null;
        }
        else return null;
        var graph = new Graph();
        RdfLoader.Read(_context, path, format, name.Value, new GraphSink(graph));
        return graph;
    }

    /// <summary>Splits <c>IRI=FILE</c>; a plain FILE (no absolute IRI before an '=') has no IRI.</summary>
    private static (string? Iri, string Path) Split(string spec, bool requireIri, string option, string verb)
    {
        int eq = spec.IndexOf('=');
        if (eq > 0)
        {
            var iri = spec[..eq];
            if (NamedNode.TryCreate(iri, out _)) return (iri, spec[(eq + 1)..]);
        }
        if (requireIri) throw new UsageException($"{option} needs IRI=FILE with an absolute IRI, not '{spec}'", verb);
        return (null, spec);
    }

    /// <summary>Closes the store of <c>--db</c>.</summary>
    public void Dispose() => Dataset.Dispose();
}
