using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Wx.Testing.Postgres;

/// <summary>
/// A private PostgreSQL cluster in a temporary folder: created with initdb, a random superuser password and
/// scram-sha-256 authentication, listening on a free port of 127.0.0.1 only, with its socket in the folder.
/// Runs as the <c>postgres</c> user when the tests run as root, because PostgreSQL refuses to run as root.
/// </summary>
internal sealed class LocalPostgresCluster : IAsyncDisposable
{
    private const int StartAttempts = 3;
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);

    private readonly string root;
    private readonly string pgCtl;
    private readonly bool runAsPostgresUser;

    private LocalPostgresCluster(string root, string pgCtl, bool runAsPostgresUser, string adminConnectionString)
    {
        this.root = root;
        this.pgCtl = pgCtl;
        this.runAsPostgresUser = runAsPostgresUser;
        AdminConnectionString = adminConnectionString;
    }

    public string AdminConnectionString { get; }

    private string DataFolder => Path.Combine(root, "data");

    public static async Task<LocalPostgresCluster> StartAsync(CancellationToken cancellationToken)
    {
        var binFolder = FindBinFolder()
            ?? throw new InvalidOperationException($"No PostgreSQL server for the tests: initdb was not found on PATH or in /usr/lib/postgresql/*/bin. {PostgresServer.HowToProvide}");
        var initdb = Path.Combine(binFolder, "initdb");
        var pgCtl = Path.Combine(binFolder, "pg_ctl");
        var runAsPostgresUser = Environment.IsPrivilegedProcess;

        var root = Directory.CreateTempSubdirectory("wx-postgres-").FullName;
        var cluster = new LocalPostgresCluster(root, pgCtl, runAsPostgresUser, string.Empty);
        try
        {
            var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
            await cluster.InitializeAsync(initdb, password, cancellationToken);

            for (var attempt = 1; ; attempt++)
            {
                var port = FindFreePort();
                try
                {
                    await cluster.StartServerAsync(port, cancellationToken);
                    var builder = new NpgsqlConnectionStringBuilder
                    {
                        Host = "127.0.0.1",
                        Port = port,
                        Username = "postgres",
                        Password = password,
                        Database = "postgres",
                    };
                    return new LocalPostgresCluster(root, pgCtl, runAsPostgresUser, builder.ConnectionString);
                }
                catch (InvalidOperationException) when (attempt < StartAttempts)
                {
                    // Another process may have taken the port between the probe and the start.
                }
            }
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
        {
            try
            {
                await RunAsync(pgCtl, ["-D", DataFolder, "-m", "immediate", "-w", "stop"], CancellationToken.None);
            }
            catch (InvalidOperationException)
            {
                // The server is already gone; deleting the folder below is all that is left to do.
            }
        }

        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // NOTE: a folder left in the temp directory is harmless, and failing the test run for it would hide the real results.
        }
    }

    private async Task InitializeAsync(string initdb, string password, CancellationToken cancellationToken)
    {
        var passwordFile = Path.Combine(root, "password");
        await File.WriteAllTextAsync(passwordFile, password, Encoding.ASCII, cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        Directory.CreateDirectory(Path.Combine(root, "socket"));
        if (runAsPostgresUser)
        {
            await RunDirectAsync("chown", ["-R", "postgres", root], cancellationToken);
        }

        try
        {
            await RunAsync(
                initdb,
                ["-D", DataFolder, "-U", "postgres", "--pwfile", passwordFile, "--auth", "scram-sha-256", "--encoding", "UTF8", "--no-locale", "--no-sync"],
                cancellationToken);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    private async Task StartServerAsync(int port, CancellationToken cancellationToken)
    {
        var settings = string.Create(
            CultureInfo.InvariantCulture,
            $"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={Path.Combine(root, "socket")} -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        await RunAsync(
            pgCtl,
            ["-D", DataFolder, "-l", Path.Combine(root, "server.log"), "-o", settings, "-w", "-t", "60", "start"],
            cancellationToken);
    }

    private Task RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        runAsPostgresUser
            ? RunDirectAsync("runuser", ["-u", "postgres", "--", program, .. arguments], cancellationToken)
            : RunDirectAsync(program, arguments, cancellationToken);

    private async Task RunDirectAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {program}. {PostgresServer.HowToProvide}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(program)} timed out after {CommandTimeout.TotalSeconds} s. {PostgresServer.HowToProvide}");
        }

        if (process.ExitCode != 0)
        {
            var log = Path.Combine(root, "server.log");
            var serverLog = File.Exists(log) ? await File.ReadAllTextAsync(log, cancellationToken) : string.Empty;
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', arguments.Take(2))} failed with exit code {process.ExitCode}: "
                + $"{await output}{await error}{serverLog} {PostgresServer.HowToProvide}");
        }
    }

    private static string? FindBinFolder()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")))
            {
                return folder;
            }
        }

        // Debian installs the server binaries outside PATH, one folder per major version; the newest wins.
        const string debianRoot = "/usr/lib/postgresql";
        if (!Directory.Exists(debianRoot))
        {
            return null;
        }

        return Directory.GetDirectories(debianRoot)
            .Select(version => Path.Combine(version, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
            .FirstOrDefault();
    }

    private static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
