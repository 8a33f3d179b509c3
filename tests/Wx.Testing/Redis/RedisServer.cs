using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Wx.Testing.Redis;

/// <summary>
/// A private Redis server on a free port of 127.0.0.1, for cluster-membership tests, started from Debian's
/// <c>redis-server</c> package and stopped on dispose. It keeps nothing on disk.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private RedisServer(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>StackExchange.Redis connection string of the server.</summary>
    public string ConnectionString => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}");

    public static async Task<RedisServer> StartAsync()
    {
        const string executable = "/usr/bin/redis-server";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"{executable} was not found. Install Debian's redis-server package (apt-get install redis-server); .ci/run installs it.");
        }

        var folder = Directory.CreateTempSubdirectory("wx-redis-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo(executable)
        {
            ArgumentList = { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no", "--dir", folder },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new RedisServer(process, folder, port);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await server.PingAsync())
            {
                return server;
            }

            await Task.Delay(50);
        }

        await server.DisposeAsync();
        throw new InvalidOperationException($"redis-server did not answer PING on 127.0.0.1:{port} within 5 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<bool> PingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes("PING\r\n"));
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
