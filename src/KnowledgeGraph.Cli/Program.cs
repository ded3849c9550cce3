using System.Runtime.InteropServices;
using System.Text;

namespace KnowledgeGraph.Cli;

internal static class Program
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>How kg writes standard output: UTF-8 without a byte order mark, "\n" line ends, buffered. Tests that
    /// check kg's output bytes wrap a memory stream with it.</summary>
    internal static StreamWriter OutputWriter(Stream stream) => new(stream, s_utf8, 1 << 16) { NewLine = "\n" };

    private static int Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        // The first Ctrl+C (SIGINT) or SIGTERM asks the running verb to stop, so it removes its temporary files and
        // exits with the interrupted code; a second signal terminates at once.
        Console.CancelKeyPress += (_, e) =>
        {
            if (cancel.IsCancellationRequested) return;
            e.Cancel = true;
            cancel.Cancel();
        };
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            if (cancel.IsCancellationRequested) return;
            signal.Cancel = true;
            cancel.Cancel();
        });
        var stdout = OutputWriter(Console.OpenStandardOutput());
        var stderr = new StreamWriter(Console.OpenStandardError(), s_utf8) { NewLine = "\n", AutoFlush = true };
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
