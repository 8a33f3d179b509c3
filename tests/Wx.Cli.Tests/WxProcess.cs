using System.Diagnostics;
using System.Text;

namespace Wx.Cli.Tests;

/// <summary>The output of one run of the built <c>wx</c>.</summary>
public sealed record WxRun(int ExitCode, string StandardOutput, string StandardError)
{
    public string[] OutputLines => StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>
/// Runs the built <c>wx.dll</c> with <c>dotnet</c>, stdout and stderr redirected, in private settings and data
/// folders so that no test reads or writes the user's files.
/// </summary>
public sealed class WxProcess : IDisposable
{
    public WxProcess()
    {
        Root = Directory.CreateTempSubdirectory("wx-cli-test-").FullName;
        Environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["XDG_CONFIG_HOME"] = Path.Combine(Root, "config"),
            ["XDG_DATA_HOME"] = Path.Combine(Root, "data"),
            ["WX_DATA__FOLDER"] = Path.Combine(Root, "data", "wx"),
        };
    }

    /// <summary>A temporary folder for this test's settings and data; deleted on dispose.</summary>
    public string Root { get; }

    /// <summary>Environment variables set for each run, on top of the test process's own.</summary>
    public Dictionary<string, string> Environment { get; }

    /// <summary>Path of the built <c>wx.dll</c> next to the test assembly.</summary>
    public static string WxDll
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "wx.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("wx.dll is not in the test output folder; build tests/Wx.Cli.Tests.", path);
        }
    }

    /// <summary>Runs wx and returns its exit code and output; kills the process (by its id) after <paramref name="timeout"/>.</summary>
    public Task<WxRun> RunAsync(TimeSpan timeout, params string[] arguments) => RunWithInputAsync(timeout, standardInput: null, arguments);

    /// <summary>Runs wx like <see cref="RunAsync"/>, writing <paramref name="standardInput"/> to its stdin first.</summary>
    public async Task<WxRun> RunWithInputAsync(TimeSpan timeout, string? standardInput, params string[] arguments)
    {
        using var process = Start(arguments);
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"wx {string.Join(' ', arguments)} did not exit within {timeout}. Output: {await output} Errors: {await errors}");
        }

        return new WxRun(process.ExitCode, await output, await errors);
    }

    /// <summary>Starts wx with stdin, stdout and stderr redirected; the caller reads the output and ends the process.</summary>
    public Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(WxDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finished process; the folder is in the temporary folder anyway.
        }
    }
}
