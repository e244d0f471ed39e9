using PuppeteerSharp;

namespace ChatBot.Trainer.Tests.Inspection;

/// <summary>
/// The inspect page in a real browser: Debian's chromium, headless, driven by PuppeteerSharp (no browser download;
/// CI installs chromium when it is missing). The page must load from disk without script errors, draw one row per
/// turn, respond to hovering a reply character, and give a screenshot.
/// </summary>
public sealed class InspectPageInBrowserTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Chromium_renders_one_row_per_turn_without_script_errors_and_shows_the_attention_on_hover()
    {
        var model = InspectCommandTests.TinyModel(_folder);
        var prompts = Enumerable.Range(0, 10).Select(i => InspectCommandTests.Prompts[i % 3]).ToArray();
        var run = await CliRun.InAsync(_folder, ["inspect", "--model", model, .. prompts.SelectMany(p => new[] { "--prompt", p }), "--out", _folder.File("ten.html")]);
        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);

        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--allow-file-access-from-files"],
        });
        await using var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e.Message);
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                errors.Add(e.Message.Text);
            }
        };
        var failedRequests = new List<string>();
        page.RequestFailed += (_, e) => failedRequests.Add(e.Request.Url);

        await page.GoToAsync(new Uri(_folder.File("ten.html")).AbsoluteUri, WaitUntilNavigation.Load);
        await page.WaitForSelectorAsync("body[data-ready='true']", new WaitForSelectorOptions { Timeout = 10_000 });

        Assert.Empty(errors);
        Assert.Empty(failedRequests);
        Assert.Equal(10, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('g[data-turn-row]').length"));
        // Each turn row has its user characters drawn, and the figure is wider than the window: it scrolls, not wraps.
        Assert.True(await page.EvaluateExpressionAsync<bool>(
            "[...document.querySelectorAll('g[data-turn-row]')].every(g => g.querySelectorAll('rect[data-user-turn]').length > 0)"));

        // Hovering a reply character that attended somewhere outlines the user characters it looked at.
        var reply = await page.QuerySelectorAsync("rect[data-attention]:not([data-attention=''])");
        Assert.NotNull(reply);
        await reply.HoverAsync();
        Assert.True(await page.EvaluateExpressionAsync<int>("document.querySelectorAll('rect.attended').length") > 0);

        var screenshot = _folder.File("ten.screenshot.png");
        await page.ScreenshotAsync(screenshot, new ScreenshotOptions { FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 10_000);
    }

    private static string ChromiumPath()
    {
        foreach (var candidate in new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("No chromium found (/usr/bin/chromium): install Debian's chromium package (.ci/run does).");
    }
}
