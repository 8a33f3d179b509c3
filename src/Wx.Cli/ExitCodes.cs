namespace Wx.Cli;

/// <summary>Process exit codes of <c>wx</c>; docs/cli.md lists the same table.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int UnexpectedError = 1;
    public const int UsageError = 2;
    public const int SpotNotFound = 3;
    public const int LoginFailed = 4;
    public const int ChromiumMissing = 5;
    public const int NoReading = 6;

    /// <summary>Interrupted by Ctrl+C, SIGTERM or SIGHUP: 128 + SIGINT, as shells report it.</summary>
    public const int Interrupted = 130;

    /// <summary>The table shown in the help footer, code first.</summary>
    public static IReadOnlyList<(int Code, string Meaning)> Table { get; } =
    [
        (Ok, "success"),
        (UnexpectedError, "unexpected error"),
        (UsageError, "usage error: unknown verb or option, or an invalid value"),
        (SpotNotFound, "the site has no such spot"),
        (LoginFailed, "the site rejected the login"),
        (ChromiumMissing, "Chromium was not found"),
        (NoReading, "no reading available: the read is still pending or failed"),
        (Interrupted, "interrupted by Ctrl+C or a signal"),
    ];
}
