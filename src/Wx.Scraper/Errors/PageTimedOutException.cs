using Wx.Core.Spots;

namespace Wx.Scraper.Errors;

/// <summary>A page or browser operation did not finish before its deadline; the tab was closed.</summary>
public sealed class PageTimedOutException : ScrapeException
{
    public PageTimedOutException(string site, SpotKey? spot, Uri? url, string operation, TimeSpan deadline, Exception? innerException = null)
        : base(
            $"{operation} for {(spot is { } key ? $"spot '{key}'" : $"site '{site}'")} timed out after {deadline.TotalSeconds:0.#} s{(url is null ? string.Empty : $" ({url})")}.",
            site,
            spot,
            url,
            isTransient: true,
            innerException)
    {
        Operation = operation;
        Deadline = deadline;
    }

    /// <summary>What was running, such as "Reading the page".</summary>
    public string Operation { get; }

    public TimeSpan Deadline { get; }

    public override string Kind => "page-timed-out";
}
