using Microsoft.Playwright;
using Xunit;

namespace Wx.Testing.Browsers;

/// <summary>
/// An xunit fixture that launches one headless Debian Chromium through Playwright and closes it on dispose.
/// Playwright never downloads a browser here: the executable comes from <c>WX_BROWSER__CHROMIUMPATH</c>, or
/// <c>/usr/bin/chromium</c> when that variable is unset.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>Environment variable that overrides the Chromium executable path.</summary>
    public const string PathVariable = "WX_BROWSER__CHROMIUMPATH";

    /// <summary>Executable path used when <see cref="PathVariable"/> is unset, where Debian's <c>chromium</c> package installs it.</summary>
    public const string DefaultPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The running browser, valid between <see cref="InitializeAsync"/> and <see cref="DisposeAsync"/>.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The Chromium fixture has not been initialized.");

    /// <summary>Returns the Chromium executable path from <see cref="PathVariable"/> or <see cref="DefaultPath"/>.</summary>
    public static string ResolveExecutablePath()
    {
        var configured = Environment.GetEnvironmentVariable(PathVariable);
        return string.IsNullOrWhiteSpace(configured) ? DefaultPath : configured;
    }

    /// <summary>Returns the launch switches. <c>--no-sandbox</c> is added only as root, because Chromium does not start as root with its sandbox.</summary>
    public static IReadOnlyList<string> LaunchArguments(bool runningAsRoot)
    {
        var arguments = new List<string> { "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run" };
        if (runningAsRoot)
        {
            arguments.Add("--no-sandbox");
        }

        return arguments;
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var executablePath = ResolveExecutablePath();
        if (!File.Exists(executablePath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at '{executablePath}'. Install Debian's package with 'apt-get install chromium', " +
                $"or set {PathVariable} to the path of a Chromium executable.");
        }

        _playwright = await Playwright.CreateAsync();

        // On Unix, Environment.UserName is the name of the effective user id, so this matches geteuid() == 0.
        var runningAsRoot = OperatingSystem.IsLinux() && Environment.UserName == "root";
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executablePath,
            Headless = true,
            Args = LaunchArguments(runningAsRoot),
        });
    }

    /// <summary>Opens an isolated browser context, with its own cookies, for one test.</summary>
    public Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null) => Browser.NewContextAsync(options);

    /// <summary>Closes the browser, which ends every Chromium process it started, and stops the Playwright driver.</summary>
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
    }
}
