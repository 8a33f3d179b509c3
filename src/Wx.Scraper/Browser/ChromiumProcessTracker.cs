using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Wx.Scraper.Browser;

/// <summary>
/// Finds, measures and ends the Chromium processes that wx started, and removes the profile folders that killed
/// browsers leave behind. wx marks each browser with an environment variable that Chromium's child processes
/// inherit, holding the owner's process id and start time, so a browser whose owner is gone can be recognised.
/// </summary>
/// <remarks>Reads <c>/proc</c>, so it works on Linux only; elsewhere it finds nothing.</remarks>
public sealed class ChromiumProcessTracker
{
    /// <summary>Name of the environment variable that marks wx's browsers.</summary>
    public const string OwnerVariable = "WX_BROWSER_OWNER";

    private const string ProfileRecordExtension = ".profiles";
    private const string PlaywrightProfilePrefix = "playwright_chromiumdev_profile-";

    private readonly string _recordDirectory;
    private readonly ILogger _logger;
    private readonly object _recordLock = new();

    public ChromiumProcessTracker(string stateDirectory, ILogger logger)
    {
        ArgumentException.ThrowIfNullOrEmpty(stateDirectory);
        _recordDirectory = Path.Combine(stateDirectory, "chromium");
        _logger = logger;
        OwnerToken = string.Create(
            CultureInfo.InvariantCulture,
            $"{Environment.ProcessId}.{ReadStartTime(Environment.ProcessId) ?? 0}.{Guid.NewGuid():N}");
    }

    /// <summary>Value of <see cref="OwnerVariable"/> for browsers of this tracker: owner pid, owner start time, instance id.</summary>
    public string OwnerToken { get; }

    /// <summary>Returns this process's environment with the owner mark added, for the browser's launch.</summary>
    public Dictionary<string, string> CreateBrowserEnvironment()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            environment[(string)entry.Key] = (string?)entry.Value ?? string.Empty;
        }

        environment[OwnerVariable] = OwnerToken;
        return environment;
    }

    /// <summary>Returns the ids of the live processes started by this tracker's browsers.</summary>
    public IReadOnlyList<int> FindOwnProcesses() =>
        [.. EnumerateMarkedProcesses().Where(process => process.Token == OwnerToken).Select(process => process.Pid)];

    /// <summary>
    /// Returns the ids of live browser processes started by any tracker of the wx process <paramref name="ownerPid"/>,
    /// such as the browsers that a killed wx process left behind.
    /// </summary>
    public static IReadOnlyList<int> FindProcessesOwnedBy(int ownerPid)
    {
        var prefix = ownerPid.ToString(CultureInfo.InvariantCulture) + ".";
        return [.. EnumerateMarkedProcesses().Where(process => process.Token.StartsWith(prefix, StringComparison.Ordinal) && !IsZombie(process.Pid)).Select(process => process.Pid)];
    }

    /// <summary>Kills every process of this tracker's browsers and removes their profile folders.</summary>
    /// <returns>The number of processes killed.</returns>
    public int KillOwnProcesses()
    {
        var killed = 0;
        foreach (var pid in FindOwnProcesses())
        {
            if (Kill(pid))
            {
                killed++;
            }
        }

        DeleteRecordedProfiles(RecordPath(OwnerToken));
        return killed;
    }

    /// <summary>
    /// Kills marked Chromium processes whose owning wx process has exited, and removes the profile folders recorded
    /// by owners that are gone. Called at start-up.
    /// </summary>
    /// <returns>The number of processes killed.</returns>
    public int ReapOrphans()
    {
        var killed = 0;
        foreach (var process in EnumerateMarkedProcesses())
        {
            if (process.Token != OwnerToken && !IsOwnerAlive(process.Token) && Kill(process.Pid))
            {
                killed++;
            }
        }

        if (Directory.Exists(_recordDirectory))
        {
            foreach (var record in Directory.EnumerateFiles(_recordDirectory, "*" + ProfileRecordExtension))
            {
                var token = Path.GetFileNameWithoutExtension(record);
                if (token != OwnerToken && !IsOwnerAlive(token))
                {
                    DeleteRecordedProfiles(record);
                }
            }
        }

        if (killed > 0)
        {
            Log.OrphansKilled(_logger, killed);
        }

        return killed;
    }

    /// <summary>
    /// Records the profile folder of this tracker's newest browser so that it can be removed if the browser is
    /// killed. Playwright removes it itself when the browser closes normally.
    /// </summary>
    public void RecordProfileFolders()
    {
        var folders = FindOwnProcesses()
            .Select(ReadCommandLine)
            .SelectMany(arguments => arguments)
            .Where(argument => argument.StartsWith("--user-data-dir=", StringComparison.Ordinal))
            .Select(argument => argument["--user-data-dir=".Length..])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (folders.Count == 0)
        {
            return;
        }

        lock (_recordLock)
        {
            Directory.CreateDirectory(_recordDirectory);
            var path = RecordPath(OwnerToken);
            var known = File.Exists(path) ? File.ReadAllLines(path).ToHashSet(StringComparer.Ordinal) : [];
            File.AppendAllLines(path, folders.Where(known.Add));
        }
    }

    /// <summary>Returns the proportional set size (PSS) of this tracker's browser processes in bytes, or null if unknown.</summary>
    public long? MeasureMemoryBytes()
    {
        long total = 0;
        var found = false;
        foreach (var pid in FindOwnProcesses())
        {
            var kilobytes = ReadProportionalSetSizeKilobytes(pid);
            if (kilobytes is { } value)
            {
                total += value * 1024;
                found = true;
            }
        }

        return found ? total : null;
    }

    private string RecordPath(string token) => Path.Combine(_recordDirectory, token + ProfileRecordExtension);

    private void DeleteRecordedProfiles(string recordPath)
    {
        lock (_recordLock)
        {
            if (!File.Exists(recordPath))
            {
                return;
            }

            foreach (var folder in File.ReadAllLines(recordPath))
            {
                // Only ever delete Playwright's own temporary profiles, whatever the record contains.
                if (Path.GetFileName(folder.TrimEnd('/')).StartsWith(PlaywrightProfilePrefix, StringComparison.Ordinal) && Directory.Exists(folder))
                {
                    try
                    {
                        Directory.Delete(folder, recursive: true);
                    }
                    catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                    {
                        Log.ProfileFolderNotDeleted(_logger, folder, exception);
                    }
                }
            }

            File.Delete(recordPath);
        }
    }

    private bool Kill(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
            return true;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // The process exited between the scan and the kill.
            Log.ProcessAlreadyGone(_logger, pid);
            return false;
        }
    }

    private static bool IsOwnerAlive(string token)
    {
        var parts = token.Split('.');
        if (parts.Length < 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var startTime))
        {
            return false;
        }

        // A reused process id has a different start time.
        return ReadStartTime(pid) == startTime;
    }

    private static IEnumerable<(int Pid, string Token)> EnumerateMarkedProcesses()
    {
        if (!Directory.Exists("/proc"))
        {
            yield break;
        }

        var prefix = Encoding.UTF8.GetBytes(OwnerVariable + "=");
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            var token = ReadMarker(Path.Combine(directory, "environ"), prefix);
            if (token is not null)
            {
                yield return (pid, token);
            }
        }
    }

    private static string? ReadMarker(string environPath, byte[] prefix)
    {
        byte[] environ;
        try
        {
            environ = File.ReadAllBytes(environPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        foreach (var entry in environ.AsSpan().Split((byte)0))
        {
            var variable = environ.AsSpan(entry);
            if (variable.StartsWith(prefix))
            {
                return Encoding.UTF8.GetString(variable[prefix.Length..]);
            }
        }

        return null;
    }

    /// <summary>True for a process that has exited but was not yet reaped by its parent.</summary>
    private static bool IsZombie(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z');
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    private static string[] ReadCommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>Reads a process's start time in clock ticks since boot (field 22 of /proc/PID/stat).</summary>
    private static long? ReadStartTime(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // The command name in field 2 may hold spaces and parentheses, so count fields after its closing bracket.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return fields.Length > 19 && long.TryParse(fields[19], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) ? ticks : null;
    }

    private static long? ReadProportionalSetSizeKilobytes(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/smaps_rollup"))
            {
                if (line.StartsWith("Pss:", StringComparison.Ordinal))
                {
                    var number = line["Pss:".Length..].Trim().Split(' ')[0];
                    return long.Parse(number, CultureInfo.InvariantCulture);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }

        return null;
    }
}
