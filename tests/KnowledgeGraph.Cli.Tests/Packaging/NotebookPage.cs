using System.Text.Json.Nodes;
using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Cli.Tests.Packaging;

/// <summary>
/// The executed notebook as a person sees it: converted to HTML by nbconvert (Debian <c>jupyter-nbconvert</c>) and
/// photographed by headless Chromium (Debian <c>chromium</c>). Both work offline: every host name fails to resolve,
/// so the page cannot wait on a CDN.
/// </summary>
internal static class NotebookPage
{
    /// <summary>Converts the executed notebook to <c>page.html</c> in <paramref name="outputFolder"/>.</summary>
    public static string ToHtml(string notebook, string outputFolder)
    {
        ExternalTool.Require(ExternalTool.OnPath("jupyter-nbconvert"), "jupyter-nbconvert", "apt-get install jupyter-nbconvert, as .ci/install-deps.sh does");
        var page = Path.Combine(outputFolder, "page.ipynb");
        File.WriteAllText(page, KeepLastProgress(File.ReadAllText(notebook)));
        var (code, stdout, stderr) = ExternalTool.Run("jupyter-nbconvert", ["--to", "html", "--output-dir", outputFolder, page], outputFolder, 300_000);
        var html = Path.Combine(outputFolder, "page.html");
        File.Exists(html).Should().BeTrue($"nbconvert writes {html} (exit {code}):\n{stdout}\n{stderr}");
        return html;
    }

    /// <summary>
    /// dotnet-repl records each update of the kernel's package-restore progress as an output of its own, where a
    /// notebook front end updates one output in place; keep the last of each run of them, as a reader would see it.
    /// </summary>
    private static string KeepLastProgress(string notebook)
    {
        var root = JsonNode.Parse(notebook)!;
        foreach (var cell in root["cells"]!.AsArray())
        {
            if (cell?["outputs"] is not JsonArray outputs) continue;
            for (int i = outputs.Count - 2; i >= 0; i--)
                if (IsRestoreProgress(outputs[i]) && IsRestoreProgress(outputs[i + 1])) outputs.RemoveAt(i);
        }
        return root.ToJsonString();
    }

    private static bool IsRestoreProgress(JsonNode? output) =>
        output?["data"]?["text/html"] is JsonNode html && string.Concat(html is JsonArray lines ? lines.Select(l => (string?)l) : [(string?)html])
            .StartsWith("<div><div><strong>Restore sources</strong>", StringComparison.Ordinal);

    /// <summary>Takes a screenshot of the top <paramref name="width"/> × <paramref name="height"/> pixels of <paramref name="html"/>.</summary>
    public static string Screenshot(string html, string png, int width, int height)
    {
        ExternalTool.Require(ExternalTool.OnPath("chromium"), "chromium", "apt-get install chromium, as .ci/install-deps.sh does");
        var profile = Path.Combine(Path.GetDirectoryName(png)!, "chromium-profile");
        var url = new Uri(html).AbsoluteUri;
        var (code, stdout, stderr) = ExternalTool.Run("chromium",
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars", "--no-first-run",
            "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + profile, "--virtual-time-budget=10000",
            $"--window-size={width},{height}", "--screenshot=" + png, url,
        ], Path.GetDirectoryName(png), 300_000);
        File.Exists(png).Should().BeTrue($"chromium writes the screenshot (exit {code}):\n{stdout}\n{stderr}");
        return png;
    }
}
