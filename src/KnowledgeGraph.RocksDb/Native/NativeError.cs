using System.Runtime.InteropServices;

namespace KnowledgeGraph.RocksDb.Native;

/// <summary>
/// RocksDB reports a failure by pointing the call's <c>errptr</c> at a message it allocated; this reads the message,
/// frees it with <c>rocksdb_free</c> (never the C runtime's <c>free</c>, which may be another allocator's) and throws.
/// </summary>
internal static class NativeError
{
    public static void ThrowIfSet(nint error)
    {
        if (error != 0) Throw(error);
    }

    private static void Throw(nint error)
    {
        string message;
        try
        {
            message = Marshal.PtrToStringUTF8(error) ?? "unknown RocksDB error";
        }
        finally
        {
            RocksDbApi.Free(error);
        }
        throw new RocksDbException(message);
    }
}

/// <summary>A RocksDB call failed; the message is RocksDB's status text (such as "IO error: ...").
/// <see cref="RocksDbStore"/> turns the ones it expects into its documented exceptions.</summary>
internal sealed class RocksDbException(string message) : IOException(message)
{
    /// <summary>True when the failure is the directory's LOCK file being held by another writer.</summary>
    public bool IsLockHeld => Message.Contains("LOCK", StringComparison.Ordinal) || Message.Contains("lock", StringComparison.Ordinal);
}
