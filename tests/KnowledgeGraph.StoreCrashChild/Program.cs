using System.Globalization;
using KnowledgeGraph;
using KnowledgeGraph.Model;
using KnowledgeGraph.RocksDb;

// Usage: KnowledgeGraph.StoreCrashChild DIR SIZE
// Runs large transactions on the store in DIR through the public Dataset API until it is killed. Generation 1 is one
// Dataset.Batch adding <urn:s{j}> <urn:gen> "1" for j < SIZE and the marker <urn:marker> <urn:current> "1". Every
// later generation k is one SPARQL Update request (dataset.Update) deleting the SIZE triples of generation k-1 and
// inserting those of generation k, marker included. After each commit it prints "committed k". Whenever it is
// killed, the store must hold exactly one whole generation, the one the marker names.
using var dataset = RocksDbStore.OpenDataset(args[0]);
int size = int.Parse(args[1], CultureInfo.InvariantCulture);
var gen = NamedNode.Create("urn:gen");
var current = NamedNode.Create("urn:current");
var marker = NamedNode.Create("urn:marker");
int k = dataset.DefaultGraph.Objects(marker, current).FirstOrDefault() is Literal found
    ? int.Parse(found.LexicalForm, CultureInfo.InvariantCulture)
    : 0;
if (k == 0)
{
    dataset.Batch(batch =>
    {
        var graph = batch.Graph(null);
        for (int j = 0; j < size; j++) graph.Add(NamedNode.Create("urn:s" + j.ToString(CultureInfo.InvariantCulture)), gen, Value(1));
        graph.Add(marker, current, Value(1));
    });
    Report(k = 1);
}
while (true)
{
    k++;
    dataset.Update(
        $$"""
        DELETE { ?s <urn:gen> ?old . <urn:marker> <urn:current> ?old }
        INSERT { ?s <urn:gen> "{{k}}" . <urn:marker> <urn:current> "{{k}}" }
        WHERE { <urn:marker> <urn:current> ?old . ?s <urn:gen> ?old }
        """);
    Report(k);
}

static void Report(int k)
{
    Console.WriteLine("committed " + k.ToString(CultureInfo.InvariantCulture));
    Console.Out.Flush();
}

static Literal Value(int k) => Literal.Create(k.ToString(CultureInfo.InvariantCulture));
