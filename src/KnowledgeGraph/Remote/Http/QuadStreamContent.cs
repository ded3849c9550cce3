using System.Net;
using System.Text;
using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax.NTriples;

namespace KnowledgeGraph.Remote.Http;

/// <summary>
/// A request body written as N-Triples (or N-Quads) while it is sent, from a sequence of quads that is enumerated
/// once, so an upload of any size holds one buffer, never the whole document.
/// </summary>
internal sealed class QuadStreamContent : HttpContent
{
    private readonly IAsyncEnumerable<Quad> _quads;
    private readonly bool _withGraphs;

    public QuadStreamContent(IAsyncEnumerable<Quad> quads, bool withGraphs)
    {
        _quads = quads;
        _withGraphs = withGraphs;
        Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(withGraphs ? "application/n-quads" : "application/n-triples") { CharSet = "utf-8" };
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\n" };
        var formatter = new NTriplesFormatter(writer);
        int n = 0;
        await foreach (var quad in _quads.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            formatter.WriteStatement(quad, _withGraphs);
            if (++n % 4096 == 0)
            {
                formatter.Flush();
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        formatter.Flush();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
