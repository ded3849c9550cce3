using System.Runtime.InteropServices;

namespace KnowledgeGraph.RocksDb.Native;

/// <summary>
/// The entry points of RocksDB's C API (<c>rocksdb/c.h</c>) that the store uses, bound with source-generated
/// <see cref="LibraryImportAttribute"/> stubs: the marshalling code is compiled with the assembly, so nothing is
/// generated at run time and the binding works under Native AOT and trimming. Objects the store owns are passed as
/// <see cref="SafeHandle"/> subclasses (the stubs keep each alive for the length of a call); an error comes back
/// through <c>errptr</c> as a string that <see cref="NativeError.ThrowIfSet"/> turns into an exception.
/// Unsigned-char booleans are <see cref="byte"/>, <c>size_t</c> is <see cref="nuint"/>.
/// </summary>
internal static unsafe partial class RocksDbApi
{
    /// <summary>The name the stubs import; <see cref="NativeLibraryResolver"/> maps it to the package's file.</summary>
    public const string Library = "rocksdb";

    static RocksDbApi() => NativeLibraryResolver.Register();

    // Database
    [LibraryImport(Library, EntryPoint = "rocksdb_open", StringMarshalling = StringMarshalling.Utf8)]
    public static partial Database Open(DbOptions options, string name, ref nint error);

    [LibraryImport(Library, EntryPoint = "rocksdb_open_for_read_only", StringMarshalling = StringMarshalling.Utf8)]
    public static partial Database OpenForReadOnly(DbOptions options, string name, byte errorIfWalFileExists, ref nint error);

    [LibraryImport(Library, EntryPoint = "rocksdb_close")]
    public static partial void Close(nint db);

    [LibraryImport(Library, EntryPoint = "rocksdb_put")]
    public static partial void Put(Database db, WriteOptions options, byte* key, nuint keyLength, byte* value, nuint valueLength, ref nint error);

    [LibraryImport(Library, EntryPoint = "rocksdb_write")]
    public static partial void Write(Database db, WriteOptions options, WriteBatch batch, ref nint error);

    [LibraryImport(Library, EntryPoint = "rocksdb_get_pinned")]
    public static partial nint GetPinned(Database db, ReadOptions options, byte* key, nuint keyLength, ref nint error);

    [LibraryImport(Library, EntryPoint = "rocksdb_pinnableslice_value")]
    public static partial byte* PinnableSliceValue(nint slice, out nuint length);

    [LibraryImport(Library, EntryPoint = "rocksdb_pinnableslice_destroy")]
    public static partial void PinnableSliceDestroy(nint slice);

    [LibraryImport(Library, EntryPoint = "rocksdb_ingest_external_file")]
    public static partial void IngestExternalFile(Database db, byte** files, nuint count, nint options, ref nint error);

    [LibraryImport(Library, EntryPoint = "rocksdb_ingestexternalfileoptions_create")]
    public static partial nint IngestOptionsCreate();

    [LibraryImport(Library, EntryPoint = "rocksdb_ingestexternalfileoptions_set_move_files")]
    public static partial void IngestOptionsSetMoveFiles(nint options, byte move);

    [LibraryImport(Library, EntryPoint = "rocksdb_ingestexternalfileoptions_destroy")]
    public static partial void IngestOptionsDestroy(nint options);

    [LibraryImport(Library, EntryPoint = "rocksdb_free")]
    public static partial void Free(nint pointer);

    // Snapshots
    [LibraryImport(Library, EntryPoint = "rocksdb_create_snapshot")]
    public static partial nint CreateSnapshot(Database db);

    [LibraryImport(Library, EntryPoint = "rocksdb_release_snapshot")]
    public static partial void ReleaseSnapshot(nint db, nint snapshot);

    // Iterators
    [LibraryImport(Library, EntryPoint = "rocksdb_create_iterator")]
    public static partial nint CreateIterator(Database db, ReadOptions options);

    [LibraryImport(Library, EntryPoint = "rocksdb_iter_destroy")]
    public static partial void IteratorDestroy(nint iterator);

    [LibraryImport(Library, EntryPoint = "rocksdb_iter_valid")]
    public static partial byte IteratorValid(Iterator iterator);

    [LibraryImport(Library, EntryPoint = "rocksdb_iter_seek_to_first")]
    public static partial void IteratorSeekToFirst(Iterator iterator);

    [LibraryImport(Library, EntryPoint = "rocksdb_iter_seek")]
    public static partial void IteratorSeek(Iterator iterator, byte* key, nuint keyLength);

    [LibraryImport(Library, EntryPoint = "rocksdb_iter_next")]
    public static partial void IteratorNext(Iterator iterator);

    [LibraryImport(Library, EntryPoint = "rocksdb_iter_key")]
    public static partial byte* IteratorKey(Iterator iterator, out nuint length);

    [LibraryImport(Library, EntryPoint = "rocksdb_iter_value")]
    public static partial byte* IteratorValue(Iterator iterator, out nuint length);

    [LibraryImport(Library, EntryPoint = "rocksdb_iter_get_error")]
    public static partial void IteratorGetError(Iterator iterator, ref nint error);

    // Write batches
    [LibraryImport(Library, EntryPoint = "rocksdb_writebatch_create")]
    public static partial WriteBatch WriteBatchCreate();

    [LibraryImport(Library, EntryPoint = "rocksdb_writebatch_destroy")]
    public static partial void WriteBatchDestroy(nint batch);

    [LibraryImport(Library, EntryPoint = "rocksdb_writebatch_put")]
    public static partial void WriteBatchPut(WriteBatch batch, byte* key, nuint keyLength, byte* value, nuint valueLength);

    [LibraryImport(Library, EntryPoint = "rocksdb_writebatch_delete")]
    public static partial void WriteBatchDelete(WriteBatch batch, byte* key, nuint keyLength);

    [LibraryImport(Library, EntryPoint = "rocksdb_writebatch_clear")]
    public static partial void WriteBatchClear(WriteBatch batch);

    [LibraryImport(Library, EntryPoint = "rocksdb_writebatch_count")]
    public static partial int WriteBatchCount(WriteBatch batch);

    // Options
    [LibraryImport(Library, EntryPoint = "rocksdb_options_create")]
    public static partial DbOptions OptionsCreate();

    [LibraryImport(Library, EntryPoint = "rocksdb_options_destroy")]
    public static partial void OptionsDestroy(nint options);

    [LibraryImport(Library, EntryPoint = "rocksdb_options_set_create_if_missing")]
    public static partial void OptionsSetCreateIfMissing(DbOptions options, byte value);

    [LibraryImport(Library, EntryPoint = "rocksdb_options_set_block_based_table_factory")]
    public static partial void OptionsSetBlockBasedTableFactory(DbOptions options, nint tableOptions);

    [LibraryImport(Library, EntryPoint = "rocksdb_block_based_options_create")]
    public static partial nint BlockBasedOptionsCreate();

    [LibraryImport(Library, EntryPoint = "rocksdb_block_based_options_destroy")]
    public static partial void BlockBasedOptionsDestroy(nint tableOptions);

    /// <summary>Takes ownership of <paramref name="policy"/>: it is freed with the table options.</summary>
    [LibraryImport(Library, EntryPoint = "rocksdb_block_based_options_set_filter_policy")]
    public static partial void BlockBasedOptionsSetFilterPolicy(nint tableOptions, nint policy);

    /// <summary>Shares <paramref name="cache"/> (a reference-counted pointer inside); the caller still destroys its handle.</summary>
    [LibraryImport(Library, EntryPoint = "rocksdb_block_based_options_set_block_cache")]
    public static partial void BlockBasedOptionsSetBlockCache(nint tableOptions, nint cache);

    [LibraryImport(Library, EntryPoint = "rocksdb_filterpolicy_create_bloom_full")]
    public static partial nint FilterPolicyCreateBloomFull(double bitsPerKey);

    [LibraryImport(Library, EntryPoint = "rocksdb_cache_create_lru")]
    public static partial nint CacheCreateLru(nuint capacity);

    [LibraryImport(Library, EntryPoint = "rocksdb_cache_destroy")]
    public static partial void CacheDestroy(nint cache);

    [LibraryImport(Library, EntryPoint = "rocksdb_readoptions_create")]
    public static partial ReadOptions ReadOptionsCreate();

    [LibraryImport(Library, EntryPoint = "rocksdb_readoptions_destroy")]
    public static partial void ReadOptionsDestroy(nint options);

    [LibraryImport(Library, EntryPoint = "rocksdb_readoptions_set_snapshot")]
    public static partial void ReadOptionsSetSnapshot(ReadOptions options, Snapshot snapshot);

    [LibraryImport(Library, EntryPoint = "rocksdb_writeoptions_create")]
    public static partial WriteOptions WriteOptionsCreate();

    [LibraryImport(Library, EntryPoint = "rocksdb_writeoptions_destroy")]
    public static partial void WriteOptionsDestroy(nint options);

    [LibraryImport(Library, EntryPoint = "rocksdb_writeoptions_set_sync")]
    public static partial void WriteOptionsSetSync(WriteOptions options, byte sync);

    // SST files
    [LibraryImport(Library, EntryPoint = "rocksdb_envoptions_create")]
    public static partial nint EnvOptionsCreate();

    [LibraryImport(Library, EntryPoint = "rocksdb_envoptions_destroy")]
    public static partial void EnvOptionsDestroy(nint options);

    [LibraryImport(Library, EntryPoint = "rocksdb_sstfilewriter_create")]
    public static partial SstFileWriter SstFileWriterCreate(nint envOptions, DbOptions options);

    [LibraryImport(Library, EntryPoint = "rocksdb_sstfilewriter_open", StringMarshalling = StringMarshalling.Utf8)]
    public static partial void SstFileWriterOpen(SstFileWriter writer, string path, ref nint error);

    [LibraryImport(Library, EntryPoint = "rocksdb_sstfilewriter_put")]
    public static partial void SstFileWriterPut(SstFileWriter writer, byte* key, nuint keyLength, byte* value, nuint valueLength, ref nint error);

    [LibraryImport(Library, EntryPoint = "rocksdb_sstfilewriter_finish")]
    public static partial void SstFileWriterFinish(SstFileWriter writer, ref nint error);

    [LibraryImport(Library, EntryPoint = "rocksdb_sstfilewriter_destroy")]
    public static partial void SstFileWriterDestroy(nint writer);
}
