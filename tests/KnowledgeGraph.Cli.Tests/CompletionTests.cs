using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// Shell completion: kg answers System.CommandLine's <c>[suggest:POSITION] "LINE"</c> directive, and the scripts of
/// <c>kg completion SHELL</c> turn that into the shell's completions. The shell tests load the real script into the
/// real shell, with a <c>kg</c> on PATH that runs this build, and ask it to complete a line.
/// </summary>
public class CompletionTests
{
    private TempFolder _dir = null!;

    [SetUp] public void SetUp() => _dir = new TempFolder();
    [TearDown] public void TearDown() => _dir.Dispose();

    /// <summary>What kg suggests for <paramref name="line"/> with the cursor at its end.</summary>
    private string[] Suggest(string line)
    {
        var run = KgRunner.Run(_dir.Path, $"[suggest:{line.Length}]", line);
        run.ExitCode.Should().Be(0, run.ToString());
        return run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Test]
    public void Verbs_complete_from_their_first_letters()
    {
        Suggest("kg conv").Should().Equal("convert");
        Suggest("kg ").Should().Contain(KgApp.Verbs.Select(v => v.Name)).And.Contain(["help", "--help", "--version"]);
    }

    [Test]
    public void A_verb_offers_its_options_and_the_common_ones()
    {
        Suggest("kg query --").Should().Contain(["--data", "--named", "--results", "--query-file", "--help", "--quiet", "--verbose"])
            .And.NotContain("--shapes");
    }

    [TestCase("kg convert --to ", "turtle", "ntriples", "nquads", "trig", "rdfxml", "jsonld", "graphml", "gexf", "dot")]
    [TestCase("kg convert --from ", "turtle", "ntriples", "nquads", "trig", "rdfxml", "jsonld")]
    [TestCase("kg query --results ", "table", "json", "xml", "csv", "tsv")]
    [TestCase("kg validate --results ", "table", "turtle", "json")]
    [TestCase("kg help ", "convert", "query", "update", "build", "stats", "validate", "serve", "load", "completion")]
    [TestCase("kg completion ", "bash", "zsh", "fish", "pwsh")]
    public void Options_with_fixed_choices_complete_their_values(string line, params string[] values)
    {
        Suggest(line).Where(s => !s.StartsWith('-')).Should().BeEquivalentTo(values);
    }

    [Test]
    public void Completion_prints_a_script_per_shell_that_asks_kg()
    {
        foreach (var shell in new[] { "bash", "zsh", "fish", "pwsh" })
        {
            var run = KgRunner.Run(_dir.Path, "completion", shell);
            run.ExitCode.Should().Be(0, run.ToString());
            run.Stdout.Should().Contain("[suggest:").And.Contain("kg completion " + shell);
        }
    }

    [TestCase("kg conv", "convert")]
    [TestCase("kg convert --to t", "trig", "turtle")]
    [TestCase("kg query --res", "--results")]
    [TestCase("kg stats --from n", "nquads", "ntriples")]
    public void Bash_completes_a_line(string line, params string[] expected)
    {
        var script = """
            source <(kg completion bash)
            read -r -a COMP_WORDS <<< "$LINE"
            COMP_LINE="$LINE" COMP_POINT=${#LINE} COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
            _kg_complete
            printf '%s\n' "${COMPREPLY[@]}"
            """;
        Shell("bash", ["-c", script], line).Should().BeEquivalentTo(expected);
    }

    [Test]
    public void Bash_falls_back_to_file_names_where_kg_has_nothing_to_offer()
    {
        // An INPUT: kg offers no value, so the script leaves COMPREPLY empty and `complete -o default` lists files.
        var script = """
            source <(kg completion bash)
            COMP_WORDS=(kg convert "") COMP_LINE="kg convert " COMP_POINT=11 COMP_CWORD=2
            _kg_complete
            echo "${#COMPREPLY[@]} candidates"; complete -p kg
            """;
        Shell("bash", ["-c", script], "").Should().Equal("0 candidates", "complete -o bashdefault -o default -F _kg_complete kg");
    }

    [TestCase("kg conv", "convert")]
    [TestCase("kg convert --to t", "trig", "turtle")]
    [TestCase("kg convert ", "FILES")]
    public void Zsh_completes_a_line(string line, params string[] expected)
    {
        // compadd and _files stand in for zsh's completion system, which needs a terminal: they print what the
        // script hands them, filtered by the typed prefix as compadd does.
        var script = """
            compdef() { }
            compadd() { local -a m; m=(${(P)2}); m=(${(M)m:#${PREFIX}*}); print -l -- $m; (( ${#m} )) }
            _files() { print FILES }
            source <(kg completion zsh)
            words=(${(z)LINE}); [[ $LINE == *' ' ]] && words+=('')
            CURRENT=${#words}; PREFIX=${words[CURRENT]}
            _kg
            """;
        Shell("zsh", ["-c", script], line).Should().BeEquivalentTo(expected);
    }

    [TestCase("kg conv", "convert")]
    [TestCase("kg convert --to t", "trig", "turtle")]
    [TestCase("kg validate --results ", "table", "turtle", "json")]
    public void Fish_completes_a_line(string line, params string[] expected)
    {
        Shell("fish", ["-c", "kg completion fish | source; complete -C \"$LINE\""], line).Should().BeEquivalentTo(expected);
    }

    /// <summary>Runs <paramref name="shell"/> with a <c>kg</c> on PATH that runs this build and LINE in the
    /// environment; returns its output lines.</summary>
    private string[] Shell(string shell, string[] args, string line)
    {
        ExternalTool.Require(ExternalTool.OnPath(shell), shell, $"apt-get install {shell}, as .ci/install-deps.sh does");
        var bin = Directory.CreateDirectory(Path.Combine(_dir.Path, "bin")).FullName;
        var kg = Path.Combine(bin, "kg");
        File.WriteAllText(kg, $"#!/bin/sh\nexec dotnet \"{Path.Combine(AppContext.BaseDirectory, "kg.dll")}\" \"$@\"\n");
        if (OperatingSystem.IsWindows()) Assert.Ignore("the completion scripts for bash, zsh and fish are tested on Unix");
        else File.SetUnixFileMode(kg, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH"),
            ["LINE"] = line,
            ["HOME"] = _dir.Path,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        };
        var (code, stdout, stderr) = ExternalTool.Run(shell, args, _dir.Path, 120_000, environment);
        code.Should().Be(0, $"{shell} failed:\n{stdout}\n{stderr}");
        return stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
