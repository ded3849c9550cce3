using KnowledgeGraph.TestSupport;

namespace KnowledgeGraph.Cli.Tests.Packaging;

/// <summary>
/// The executed notebook as a person sees it: converted to HTML by nbconvert (Debian <c>jupyter-nbconvert</c>) and
/// photographed by headless Chromium (Debian <c>chromium</c>). Both work offline: every host name fails to resolve,
/// so the page cannot wait on a CDN.
/// </summary>
internal static class NotebookPage
{
    public static string ToHtml(string notebook, string outputFolder)
    {
        ExternalTool.Require(ExternalTool.OnPath("jupyter-nbconvert"), "jupyter-nbconvert", "apt-get install jupyter-nbconvert, as .ci/install-deps.sh does");
        var (code, stdout, stderr) = ExternalTool.Run("jupyter-nbconvert", ["--to", "html", "--output-dir", outputFolder, notebook], outputFolder, 300_000);
        var html = Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(notebook) + ".html");
        File.Exists(html).Should().BeTrue($"nbconvert writes {html} (exit {code}):\n{stdout}\n{stderr}");
        return html;
    }

    /// <summary>Takes a screenshot of <paramref name="html"/> (scrolled to <paramref name="fragment"/> when given).</summary>
    public static string Screenshot(string html, string png, int width, int height, string? fragment = null)
    {
        ExternalTool.Require(ExternalTool.OnPath("chromium"), "chromium", "apt-get install chromium, as .ci/install-deps.sh does");
        var profile = Path.Combine(Path.GetDirectoryName(png)!, "chromium-profile");
        var url = new Uri(html).AbsoluteUri + (fragment is null ? "" : "#" + fragment);
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
