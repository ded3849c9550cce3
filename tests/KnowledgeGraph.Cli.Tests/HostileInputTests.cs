using System.Diagnostics;
using System.Text;
using KnowledgeGraph.Cli.Output;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>Issue 17: kg reports bad input as invalid input on one escaped line, and leaves no temporary file.</summary>
public class HostileInputTests
{
    private TempFolder _dir = null!;

    [SetUp] public void SetUp() => _dir = new TempFolder();
    [TearDown] public void TearDown() => _dir.Dispose();

    [TestCase("<http://a> <http://p/x> \"a\\u0000b\" .\n", "U+0000")]
    [TestCase("<http://a> <http://p/x> \"a\\u000Cb\" .\n", "U+000C")]
    [TestCase("<http://a> <http://p/> \"a\" .\n", "local name")]
    [TestCase("<http://a> <http://p\\uFFFF/x> \"a\" .\n", "U+FFFF")]
    public void A_writer_refusal_is_invalid_input_naming_OUTPUT_and_leaves_no_file(string data, string expected)
    {
        _dir.File("in.nt", data);
        var run = KgRunner.Run(_dir.Path, "convert", "in.nt", "-o", "out.rdf");
        run.ExitCode.Should().Be(1, run.ToString());
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("out.rdf:1:1: ").And.Contain(expected).And.NotContain("internal error");
        Directory.GetFiles(_dir.Path).Select(Path.GetFileName).Should().Equal("in.nt");
    }

    [Test]
    public void Xml_results_with_U0000_print_nothing_on_standard_output()
    {
        _dir.File("in.nt", "<http://a> <http://p/x> \"a\\u0000b\" .\n");
        var run = KgRunner.Run(_dir.Path, "query", "--data", "in.nt", "--results", "xml", "SELECT * { ?s ?p ?o }");
        run.ExitCode.Should().Be(1, run.ToString());
        run.Stdout.Should().BeEmpty();
        run.ErrorLines.Should().ContainSingle().Which.Should().Contain("U+0000");
    }

    [Test]
    public void The_result_table_shows_control_characters_of_the_data_escaped()
    {
        // A literal that would clear the terminal, ring the bell and reverse the text after it.
        _dir.File("in.nt", "<http://a> <http://p/x> \"a\\u001B[2J\\u0007\\u202Eb\\tc\" .\n");
        var run = KgRunner.Run(_dir.Path, "query", "--data", "in.nt", "SELECT ?o { ?s ?p ?o }");
        run.ExitCode.Should().Be(0, run.ToString());
        run.Stdout.Should().Contain("a\\u001B[2J\\u0007\\u202Eb\\tc");
        run.Stdout.Where(c => char.IsControl(c) && c != '\n').Should().BeEmpty();
    }

    [Test]
    public void A_language_tag_over_255_characters_is_invalid_input()
    {
        _dir.File("in.ttl", $"<http://a> <http://p> \"x\"@{new string('a', 300)} .\n");
        var run = KgRunner.Run(_dir.Path, "convert", "in.ttl", "--to", "ntriples");
        run.ExitCode.Should().Be(1, run.ToString());
        run.ErrorLines.Should().ContainSingle().Which.Should().StartWith("in.ttl:1:").And.NotContain("internal error");
    }

    [Test]
    public void Error_messages_never_carry_a_control_character_of_the_input()
    {
        // An undefined prefix named with a terminal escape, a bell and a line break in the query text.
        var run = KgRunner.Run(_dir.Path, "query", "SELECT * { ?s <http://p> \"x\"@a\u001b[2J\u0007\nb }");
        run.ExitCode.Should().Be(1, run.ToString());
        run.Stderr.TrimEnd('\n').Should().NotContain("\n");
        run.Stderr.Where(c => c != '\n').Should().NotContain(c => char.IsControl(c));
    }

    [Test]
    public void The_error_text_helper_escapes_controls_and_cuts_long_text()
    {
        KnowledgeGraph.Model.ErrorText.Escape("a\u001bb\u0007\n\u202Ec\U0001F600").Should().Be("a\\u001Bb\\u0007\\u000A\\u202Ec\U0001F600");
        KnowledgeGraph.Model.ErrorText.Quote(new string('x', 500)).Should().HaveLength(KnowledgeGraph.Model.ErrorText.MaxQuoted + 1);
    }

    [Test]
    public void A_failed_write_names_OUTPUT_not_the_temporary_file()
    {
        var writer = new OutputFileWriter(new FailingWriter(), "out.ttl");
        var act = () => writer.Write("x");
        var e = act.Should().Throw<CliIoException>().Which;
        e.Path.Should().Be("out.ttl");
        e.Message.Should().Be("cannot write: no space left on the device");
    }

    [TestCase("out.ttl", "TERM")]
    [TestCase("out.ttl", "INT")]
    [TestCase("out.nt", "TERM")]   // the streaming conversion
    [TestCase("out.nt", "INT")]
    [Platform(Exclude = "Win")]
    public void A_signal_during_convert_leaves_no_temporary_file(string output, string signal)
    {
        var big = new StringBuilder();
        for (int i = 0; i < 400_000; i++) big.Append("<http://a/").Append(i).Append("> <http://p/x> \"v").Append(i).Append("\" .\n");
        _dir.File("in.nt", big.ToString());
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = _dir.Path, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kg.dll"));
        foreach (var a in new[] { "convert", "in.nt", "-o", output }) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        // Wait until kg has opened its temporary output (or finished), then ask it to stop.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!process.HasExited && DateTime.UtcNow < deadline && Directory.GetFiles(_dir.Path, "." + output + ".*").Length == 0) Thread.Sleep(20);
        if (!process.HasExited) Kill(process.Id, signal);
        process.WaitForExit(60_000).Should().BeTrue();
        if (process.ExitCode == 0) Assert.Inconclusive("kg finished before the signal arrived");
        process.ExitCode.Should().Be(130, stderr.Result);
        Directory.GetFiles(_dir.Path).Select(Path.GetFileName).Should().Equal("in.nt");
    }

    private static void Kill(int pid, string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private sealed class FailingWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(string? value) => throw new IOException("No space left on device : '/tmp/.out.ttl.123-abc.tmp'", 28);

        public override void Write(char value) => Write(value.ToString());
    }
}
