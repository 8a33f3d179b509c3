namespace Wx.Cli;

/// <summary>A failure the user can act on: the message is printed as one line and the process exits with <see cref="ExitCode"/>.</summary>
public sealed class CliException : Exception
{
    public CliException(int exitCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ExitCode = exitCode;
    }

    public int ExitCode { get; }

    public static CliException Usage(string message) => new(ExitCodes.UsageError, message);
}
