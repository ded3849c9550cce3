using System.Globalization;
using KnowledgeGraph.Model;
using KnowledgeGraph.RocksDb;
using KnowledgeGraph.Storage;

// Usage: KnowledgeGraph.StoreCrashChild DIR SIZE
// Transaction k replaces generation k-1 by generation k: it removes the SIZE triples <urn:s{j}> <urn:gen> "k-1"
// and adds <urn:s{j}> <urn:gen> "k", and moves the marker <urn:marker> <urn:current> from "k-1" to "k", all in one
// write transaction (a large update: deletes and inserts). After each commit it prints "committed k". Whenever it is
// killed, the store must hold exactly one whole generation, the one the marker names.
var store = RocksDbStore.Open(args[0]);
int size = int.Parse(args[1], CultureInfo.InvariantCulture);
var gen = NamedNode.Create("urn:gen");
var current = NamedNode.Create("urn:current");
var marker = NamedNode.Create("urn:marker");
int k;
using (var r = store.Read())
    k = r.TryGetId(marker, out int m) && r.TryGetId(current, out int c) && r.Match(0, m, c, 0) is { Length: 1 } found
        ? int.Parse(((Literal)r.GetTerm(found[0].O)).LexicalForm, CultureInfo.InvariantCulture)
        : 0;
while (true)
{
    k++;
    using var w = store.Write();
    int g = w.GetOrAddId(gen), cur = w.GetOrAddId(current), mk = w.GetOrAddId(marker);
    int previous = w.GetOrAddId(Value(k - 1)), next = w.GetOrAddId(Value(k));
    for (int j = 0; j < size; j++)
    {
        int s = w.GetOrAddId(NamedNode.Create("urn:s" + j.ToString(CultureInfo.InvariantCulture)));
        w.Remove(0, new IdTriple(s, g, previous));
        w.Add(0, new IdTriple(s, g, next));
    }
    w.Remove(0, new IdTriple(mk, cur, previous));
    w.Add(0, new IdTriple(mk, cur, next));
    w.Commit();
    Console.WriteLine("committed " + k.ToString(CultureInfo.InvariantCulture));
    Console.Out.Flush();
}

static Literal Value(int k) => Literal.Create(k.ToString(CultureInfo.InvariantCulture));
