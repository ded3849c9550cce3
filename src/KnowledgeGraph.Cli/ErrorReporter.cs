using System.Text;
using KnowledgeGraph.Cli.Arguments;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Syntax;

namespace KnowledgeGraph.Cli;

/// <summary>
/// Turns an exception into the exit code of <c>../shared/CLI.md</c> and ONE line on standard error,
/// <c>PATH:LINE:COLUMN: message</c>; the stack trace follows only with <c>--verbose</c>.
/// </summary>
internal static class ErrorReporter
{
    public static int Report(Exception error, CliContext context)
    {
        var (code, line) = Describe(error, context);
        context.Error.WriteLine(OneLine(line));
        if (context.Verbose && error is not UsageException) context.Error.WriteLine(error.ToString());
        return code;
    }

    private static (int Code, string Line) Describe(Exception error, CliContext context) => error switch
    {
        UsageException u => (ExitCodes.Usage, $"kg: {u.Message} (see 'kg {(u.Verb is null ? "" : u.Verb + " ")}--help')"),
        RdfSyntaxException s => (ExitCodes.InvalidInput, $"{s.SourceName ?? "-"}:{s.Line}:{s.Column}: {s.Reason}"),
        InvalidInputException i => (ExitCodes.InvalidInput, $"{i.Source}:{i.Line}:{i.Column}: {i.Message}"),
        SparqlEvaluationException e => (ExitCodes.InvalidInput, $"query:1:1: {e.Message}"),
        CliIoException io => (ExitCodes.Io, $"{io.Path}:1:1: {io.Message}"),
        DecoderFallbackException d => (ExitCodes.InvalidInput, $"-:1:1: invalid UTF-8 ({d.Message})"),
        OperationCanceledException when context.Cancellation.IsCancellationRequested => (ExitCodes.Interrupted, "kg: interrupted"),
        UnauthorizedAccessException a => (ExitCodes.Io, $"kg:1:1: {a.Message}"),
        IOException io => (ExitCodes.Io, $"kg:1:1: {io.Message}"),
        NotSupportedException n => (ExitCodes.Usage, $"kg: not supported in this build: {n.Message}"),
        _ => (ExitCodes.InvalidInput, $"kg: internal error: {error.GetType().Name}: {error.Message}"
                                      + (context.Verbose ? "" : " (run with --verbose for details)")),
    };

    /// <summary>Error text from readers may contain line breaks (a quoted token); the contract is one line.</summary>
    private static string OneLine(string text)
    {
        if (text.IndexOfAny(['\n', '\r']) < 0) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(c is '\n' or '\r' ? ' ' : c);
        return sb.ToString();
    }
}
