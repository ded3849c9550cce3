using System.Runtime.CompilerServices;
using System.Threading.Channels;
using KnowledgeGraph.Model;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Remote.Reading;

/// <summary>
/// Turns a push parser (an <see cref="IRdfReader"/> calling a sink) into an asynchronous stream of quads: the parser
/// runs on a worker and hands quads over through a small bounded channel, so the memory held is the channel's,
/// whatever the size of the document, and a slow consumer slows the parser down rather than piling quads up.
/// </summary>
internal static class RdfStream
{
    private const int Capacity = 1024;

    public static async IAsyncEnumerable<Quad> ReadAsync(TextReader input, RdfFormat format, RdfReaderOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<Quad>(new BoundedChannelOptions(Capacity) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() =>
        {
            try
            {
                format.CreateReader().Read(input, new ChannelSink(channel.Writer, stop.Token), options, stop.Token);
                channel.Writer.TryComplete();
            }
            catch (Exception e)
            {
                channel.Writer.TryComplete(e);
            }
        }, CancellationToken.None);
        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
                while (channel.Reader.TryRead(out var quad))
                    yield return quad;
        }
        finally
        {
            // The caller stopped early or failed: let the parser stop at its next quad. A parser blocked in a read
            // ends when the caller disposes the response under it.
            stop.Cancel();
            if (producer.IsCompleted) await producer.ConfigureAwait(false);
        }
    }

    private sealed class ChannelSink(ChannelWriter<Quad> writer, CancellationToken token) : IRdfSink
    {
        public void OnQuad(Quad quad)
        {
            while (!writer.TryWrite(quad))
                if (!writer.WaitToWriteAsync(token).AsTask().GetAwaiter().GetResult()) throw new OperationCanceledException(token);
        }

        public void OnPrefix(string prefix, string namespaceIri) { }

        public void OnBase(string baseIri) { }
    }
}
