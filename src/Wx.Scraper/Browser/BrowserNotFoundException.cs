namespace Wx.Scraper.Browser;

/// <summary>The configured Chromium executable does not exist or cannot be run.</summary>
public sealed class BrowserNotFoundException : Exception
{
    public BrowserNotFoundException(string path, Exception? innerException = null)
        : base(
            $"Chromium was not found at '{path}'. Install Debian's chromium package (sudo apt-get install chromium) or set the setting Browser:ChromiumPath (environment variable WX_BROWSER__CHROMIUMPATH) to its path.",
            innerException)
    {
        Path = path;
    }

    /// <summary>The path that was tried.</summary>
    public string Path { get; }
}
