using System.Text;

namespace KnowledgeGraph.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        // The first Ctrl+C asks the running verb to stop (it cleans up its temporary files); a second one kills.
        Console.CancelKeyPress += (_, e) =>
        {
            if (cancel.IsCancellationRequested) return;
            e.Cancel = true;
            cancel.Cancel();
        };
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16) { NewLine = "\n" };
        var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { NewLine = "\n", AutoFlush = true };
        var context = new CliContext(Console.OpenStandardInput, stdout, stderr)
        {
            ErrorIsTerminal = !Console.IsErrorRedirected,
            TerminalWidth = TerminalWidth(),
            Cancellation = cancel.Token,
        };
        int code = KgApp.Run(args, context);
        try { stdout.Dispose(); }
        catch (IOException) { /* the reader of a pipe went away (kg … | head): not an error of ours */ }
        return code;
    }

    /// <summary>COLUMNS when set, else the console's width when standard output is a terminal, else no limit.</summary>
    private static int? TerminalWidth()
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 0) return columns;
        if (Console.IsOutputRedirected) return null;
        try { return Console.WindowWidth > 0 ? Console.WindowWidth : null; }
        catch (IOException) { return null; }
    }
}
