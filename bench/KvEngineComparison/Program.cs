using System.Buffers.Binary;
using System.Diagnostics;
using LightningDB;
using RocksDbSharp;

// Usage: KvEngineComparison [TRIPLES] [WORK-DIR]. Writes 3 keys per triple (SPO/POS/OSP, 13-byte big-endian keys)
// in committed transactions of 100k triples, then runs 100k subject-prefix scans.
int n = args.Length > 0 ? int.Parse(args[0]) : 1_000_000;
string root = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "kv-engine-comparison");
Directory.CreateDirectory(root);
var rnd = new Random(42);
var triples = new (int s, int p, int o)[n];
for (int i = 0; i < n; i++) triples[i] = (rnd.Next(n / 10), rnd.Next(50), rnd.Next(n / 2));
byte[] Key(byte prefix, int a, int b, int c) { var k = new byte[13]; k[0] = prefix; BinaryPrimitives.WriteInt32BigEndian(k.AsSpan(1), a); BinaryPrimitives.WriteInt32BigEndian(k.AsSpan(5), b); BinaryPrimitives.WriteInt32BigEndian(k.AsSpan(9), c); return k; }
IEnumerable<byte[]> Keys((int s, int p, int o) t) { yield return Key(1, t.s, t.p, t.o); yield return Key(2, t.p, t.o, t.s); yield return Key(3, t.o, t.s, t.p); }
var probes = Enumerable.Range(0, 100_000).Select(_ => rnd.Next(n / 10)).ToArray();
const int tx = 100_000;
string Size(string d) => (Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1e6).ToString("F0") + " MB";

// RocksDB, WriteBatch per 100k triples
{
  var dir = Path.Combine(root, "rocks"); if (Directory.Exists(dir)) Directory.Delete(dir, true);
  var sw = Stopwatch.StartNew();
  using (var db = RocksDb.Open(new DbOptions().SetCreateIfMissing(true), dir))
  {
    for (int start = 0; start < n; start += tx)
    {
      using var batch = new WriteBatch();
      for (int i = start; i < Math.Min(n, start + tx); i++) foreach (var k in Keys(triples[i])) batch.Put(k, Array.Empty<byte>());
      db.Write(batch, new WriteOptions().SetSync(true));
    }
    var load = sw.Elapsed; sw.Restart();
    long found = 0;
    var lo = new byte[5]; 
    using (var it = db.NewIterator())
      foreach (var s in probes)
      {
        lo[0] = 1; BinaryPrimitives.WriteInt32BigEndian(lo.AsSpan(1), s);
        for (it.Seek(lo); it.Valid(); it.Next()) { var key = it.GetKeySpan(); if (!key.StartsWith(lo)) break; found++; }
      }
    Console.WriteLine($"rocksdb writebatch: load {load.TotalSeconds:F2}s, 100k prefix scans {sw.Elapsed.TotalSeconds:F2}s ({found} rows)");
  }
  Console.WriteLine("  size " + Size(dir));
}
// RocksDB, sorted SST ingestion
{
  var dir = Path.Combine(root, "rocks-sst"); if (Directory.Exists(dir)) Directory.Delete(dir, true);
  var sw = Stopwatch.StartNew();
  using var db = RocksDb.Open(new DbOptions().SetCreateIfMissing(true), dir, new ColumnFamilies());
  var keys = triples.SelectMany(Keys).ToArray();
  Array.Sort(keys, (a, b) => a.AsSpan().SequenceCompareTo(b));
  using var w = new SstFileWriter(new EnvOptions(), new ColumnFamilyOptions());
  w.Open(Path.Combine(root, "load.sst"));
  byte[]? prev = null;
  foreach (var k in keys) { if (prev != null && prev.AsSpan().SequenceEqual(k)) continue; w.Add(k, Array.Empty<byte>()); prev = k; }
  w.Finish();
  db.IngestExternalFiles(new[] { Path.Combine(root, "load.sst") }, new IngestExternalFileOptions().SetMoveFiles(true), db.GetDefaultColumnFamily());
  Console.WriteLine($"rocksdb sst ingest: load {sw.Elapsed.TotalSeconds:F2}s");
}
// LMDB, one write transaction per 100k triples
{
  var dir = Path.Combine(root, "lmdb"); if (Directory.Exists(dir)) Directory.Delete(dir, true); Directory.CreateDirectory(dir);
  var sw = Stopwatch.StartNew();
  using var env = new LightningEnvironment(dir, new EnvironmentConfiguration { MapSize = 4L << 30 });
  env.Open();
  LightningDatabase dbi;
  using (var t = env.BeginTransaction()) { dbi = t.OpenDatabase(configuration: new DatabaseConfiguration { Flags = DatabaseOpenFlags.Create }); t.Commit(); }
  for (int start = 0; start < n; start += tx)
  {
    using var t = env.BeginTransaction();
    for (int i = start; i < Math.Min(n, start + tx); i++) foreach (var k in Keys(triples[i])) t.Put(dbi, k, Array.Empty<byte>());
    t.Commit();
  }
  var load = sw.Elapsed; sw.Restart();
  long found = 0; var lo = new byte[5];
  using (var t = env.BeginTransaction(TransactionBeginFlags.ReadOnly))
  using (var c = t.CreateCursor(dbi))
    foreach (var s in probes)
    {
      lo[0] = 1; BinaryPrimitives.WriteInt32BigEndian(lo.AsSpan(1), s);
      var r = c.SetRange(lo);
      while (r == MDBResultCode.Success) { var (rc, key, _) = c.GetCurrent(); if (!key.AsSpan().StartsWith(lo)) break; found++; r = c.Next().resultCode; }
    }
  Console.WriteLine($"lmdb txn: load {load.TotalSeconds:F2}s, 100k prefix scans {sw.Elapsed.TotalSeconds:F2}s ({found} rows)");
  Console.WriteLine("  size " + Size(dir));
}
