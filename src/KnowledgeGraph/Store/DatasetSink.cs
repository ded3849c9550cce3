using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Store;

/// <summary>
/// An <see cref="IRdfSink"/> that adds parsed quads to a dataset and records the prefixes in its prefix map: the
/// target to give an <see cref="IRdfReader"/> you drive yourself (a stream of your own, a progress count around it).
/// Quads are queued for the dataset's next index merge, which its next read performs. Like the dataset, not
/// thread-safe: one reader writes to it at a time.
/// </summary>
/// <example>
/// <code>
/// var dataset = new Dataset();
/// RdfFormat.TriG.CreateReader().Read(textReader, new DatasetSink(dataset), new RdfReaderOptions { BaseIri = baseIri });
/// </code>
/// </example>
public sealed class DatasetSink : IRdfSink
{
    private readonly Dataset _dataset;

    /// <summary>A sink that adds to <paramref name="dataset"/>.</summary>
    public DatasetSink(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        _dataset = dataset;
    }

    /// <inheritdoc />
    public void OnQuad(Quad quad) => _dataset.AddBulk(quad);

    /// <inheritdoc />
    public void OnPrefix(string prefix, string namespaceIri) => _dataset.Prefixes.Add(prefix, namespaceIri);

    /// <summary>Keeps the first base IRI the input declares as the dataset's <see cref="Dataset.BaseIri"/>.</summary>
    public void OnBase(string baseIri) => _dataset.BaseIri ??= baseIri;
}
