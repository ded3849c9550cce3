using System.Text;
using KnowledgeGraph.Cli;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>What one run of <c>kg</c> did.</summary>
internal sealed record KgRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Standard error's lines, without the trailing empty one.</summary>
    public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>Runs <c>kg</c>'s entry point in-process, in a working directory of the test's choosing.</summary>
internal static class KgRunner
{
    public static KgRun Run(string workingDirectory, params string[] args) => RunFull(workingDirectory, null, null, CancellationToken.None, args);

    public static KgRun RunWithInput(string workingDirectory, string stdin, params string[] args) =>
        RunFull(workingDirectory, stdin, null, CancellationToken.None, args);

    /// <summary>Runs <c>kg</c> with standard output written as the real process writes it (UTF-8 bytes through
    /// <c>Program.OutputWriter</c>) and read back as a consumer of those bytes would: strict UTF-8.</summary>
    public static KgRun RunEncoded(string workingDirectory, params string[] args)
    {
        var bytes = new MemoryStream();
        var stderr = new StringWriter { NewLine = "\n" };
        int code;
        using (var stdout = Program.OutputWriter(bytes))
        {
            var context = new CliContext(() => new MemoryStream(), stdout, stderr) { WorkingDirectory = workingDirectory };
            code = KgApp.Run(args, context);
        }
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.ToArray());
        return new KgRun(code, text, stderr.ToString());
    }

    /// <summary>Runs the built <c>kg</c> as its own process (<c>dotnet kg.dll</c> from the test's output folder).</summary>
    public static KgRun RunProcess(string workingDirectory, params string[] args)
    {
        var psi = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false, throwOnInvalidBytes: true),
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kg.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = System.Diagnostics.Process.Start(psi)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("kg did not finish within two minutes.");
        }
        return new KgRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static KgRun RunFull(string workingDirectory, string? stdin, int? terminalWidth, CancellationToken cancellation, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var context = new CliContext(() => new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? "")), stdout, stderr)
        {
            WorkingDirectory = workingDirectory,
            TerminalWidth = terminalWidth,
            Cancellation = cancellation,
        };
        int code = KgApp.Run(args, context);
        return new KgRun(code, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>A temporary folder deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kg-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name, string content)
    {
        var full = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllText(full, content, new UTF8Encoding(false));
        return full;
    }

    public string File(string name, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllBytes(full, content);
        return full;
    }

    public string[] Entries() => Directory.GetFileSystemEntries(Path).Select(System.IO.Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }
}

/// <summary>Skips a test whose reader or writer has not landed yet (the stubs throw NotSupportedException).</summary>
internal static class Available
{
    public static void Reader(Syntax.RdfFormat format)
    {
        try
        {
            format.CreateReader().Read(new StringReader(""), new Syntax.DelegateSink(_ => { }));
        }
        catch (NotSupportedException)
        {
            Assert.Ignore($"the {format.Name} reader is not written yet");
        }
        catch (Exception) { /* an empty document may be an error (RDF/XML, JSON-LD): the reader exists */ }
    }

    public static void Writer(Syntax.RdfFormat format)
    {
        try
        {
            format.CreateWriter().Write([], new StringWriter());
        }
        catch (NotSupportedException)
        {
            Assert.Ignore($"the {format.Name} writer is not written yet");
        }
    }
}
