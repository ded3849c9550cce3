namespace KnowledgeGraph.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        Console.Error.WriteLine("kg: no verbs yet");
        return 2;
    }
}
