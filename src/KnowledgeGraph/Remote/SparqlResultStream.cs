using System.Runtime.CompilerServices;
using KnowledgeGraph.Remote.Http;
using KnowledgeGraph.Remote.Reading;
using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Remote;

/// <summary>
/// The solutions of a remote SELECT, read from the response as they arrive: <see cref="Variables"/> is known as soon
/// as the head is read, and rows are parsed one at a time while the caller enumerates, so memory stays flat whatever
/// the size of the answer. Enumerate it once; dispose it (or enumerate to the end) to release the connection.
/// Not thread-safe.
/// </summary>
/// <example>
/// <code>
/// await using var rows = await client.SelectAsync("SELECT ?s WHERE { ?s a ?type }");
/// await foreach (var row in rows) Console.WriteLine(row["s"]);
/// </code>
/// </example>
public sealed class SparqlResultStream : IAsyncEnumerable<SparqlRow>, IAsyncDisposable, IDisposable
{
    private readonly RemoteExchange _exchange;
    private readonly ResultsRowReader _reader;
    private bool _started;

    internal SparqlResultStream(RemoteExchange exchange, ResultsRowReader reader)
    {
        _exchange = exchange;
        _reader = reader;
    }

    /// <summary>The result variables, without '?', in the order the server listed them.</summary>
    public IReadOnlyList<string> Variables => _reader.Variables;

    /// <summary>The rows, read from the network as the enumeration advances.</summary>
    /// <exception cref="InvalidOperationException">The stream was already enumerated.</exception>
    /// <exception cref="SparqlEndpointException">The connection failed, timed out or the answer is malformed part way.</exception>
    public IAsyncEnumerator<SparqlRow> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (_started) throw new InvalidOperationException("A remote result stream can be enumerated once.");
        _started = true;
        return Rows(cancellationToken).GetAsyncEnumerator(cancellationToken);
    }

    /// <summary>Reads every remaining row into a <see cref="SparqlResultSet"/>.</summary>
    /// <exception cref="SparqlEndpointException">The connection failed, timed out or the answer is malformed.</exception>
    public async Task<SparqlResultSet> ToResultSetAsync(CancellationToken cancellationToken = default)
    {
        var rows = new List<SparqlRow>();
        await foreach (var row in this.WithCancellation(cancellationToken).ConfigureAwait(false)) rows.Add(row);
        return new SparqlResultSet(Variables, rows);
    }

    private async IAsyncEnumerable<SparqlRow> Rows([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _exchange.Token);
        try
        {
            while (true)
            {
                Model.Term?[]? values;
                try
                {
                    values = await _reader.ReadRowAsync(linked.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    throw _exchange.Fail(e);
                }
                if (values is null) yield break;
                yield return new SparqlRow(Variables, values);
            }
        }
        finally
        {
            Dispose();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        _exchange.Dispose();
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
