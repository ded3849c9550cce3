namespace KnowledgeGraph.Server.Protocol;

/// <summary>
/// Many readers or one writer, awaitable, so a request can hold it across awaits (ReaderWriterLockSlim is
/// thread-affine). Writers queue behind a gate that also stops new readers, so a stream of queries cannot starve
/// an update.
/// </summary>
internal sealed class AsyncReaderWriterLock
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SemaphoreSlim _noReaders = new(1, 1);
    private int _readers;

    public async Task<IDisposable> ReadAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Interlocked.Increment(ref _readers) == 1) await _noReaders.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Interlocked.Decrement(ref _readers);
            throw;
        }
        finally
        {
            _gate.Release();
        }
        return new Releaser(() =>
        {
            if (Interlocked.Decrement(ref _readers) == 0) _noReaders.Release();
        });
    }

    public async Task<IDisposable> WriteAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _noReaders.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _gate.Release();
            throw;
        }
        return new Releaser(() =>
        {
            _noReaders.Release();
            _gate.Release();
        });
    }

    private sealed class Releaser(Action release) : IDisposable
    {
        private Action? _release = release;

        public void Dispose() => Interlocked.Exchange(ref _release, null)?.Invoke();
    }
}
