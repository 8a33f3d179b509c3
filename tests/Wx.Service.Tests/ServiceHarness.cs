using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wx.FixtureSite;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Wx.Service.Tests;

/// <summary>The service's clock on the fixture site's replay clock, with dice from a fixed seed that it records.</summary>
public sealed class RecordingServiceClock(TimeProvider time, int seed) : ServiceClock(time)
{
    private readonly Random _random = new(seed);
    private readonly Lock _lock = new();
    private readonly List<double> _fractions = [];

    public IReadOnlyList<double> Fractions
    {
        get
        {
            lock (_lock)
            {
                return [.. _fractions];
            }
        }
    }

    public override double NextFraction()
    {
        lock (_lock)
        {
            var fraction = _random.NextDouble();
            _fractions.Add(fraction);
            return fraction;
        }
    }
}

/// <summary>Runs the whole service in this process against a fixture site, with its data in a temporary folder.</summary>
public sealed class ServiceHarness : IAsyncDisposable
{
    public static readonly TimeSpan MinRefresh = TimeSpan.FromMilliseconds(400);
    public static readonly TimeSpan MaxRefresh = TimeSpan.FromMilliseconds(900);
    public static readonly TimeSpan IdleAfter = TimeSpan.FromMinutes(30);

    private ServiceHarness(InProcessWxClient client, RecordingServiceClock clock, string folder)
    {
        Client = client;
        Clock = clock;
        DataFolder = folder;
    }

    public InProcessWxClient Client { get; }

    public RecordingServiceClock Clock { get; }

    public string DataFolder { get; }

    public IGrainFactory Grains => Client.Services.GetRequiredService<IGrainFactory>();

    public static string NewDataFolder() => Directory.CreateTempSubdirectory("wx-service-tests-").FullName;

    public static async Task<ServiceHarness> StartAsync(FixtureSite.FixtureSite site, string? dataFolder = null, IDictionary<string, string?>? settings = null)
    {
        var folder = dataFolder ?? NewDataFolder();
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Data:Provider"] = "Sqlite",
            ["Data:Folder"] = folder,
            ["Sites:fixture:BaseUrl"] = site.BaseUrl.AbsoluteUri,
            ["Sites:fixture:UserName"] = FixtureSiteOptions.DefaultUserName,
            ["Sites:fixture:Password"] = FixtureSiteOptions.DefaultPassword,
            ["Browser:ChromiumPath"] = Environment.GetEnvironmentVariable("WX_BROWSER__CHROMIUMPATH") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            ["Browser:OperationTimeout"] = "00:00:06",
            ["Browser:NavigationTimeout"] = "00:00:05",
            ["Browser:DataTimeout"] = "00:00:04",
            ["Browser:CloseTimeout"] = "00:00:02",
            ["Browser:StateDirectory"] = Path.Combine(folder, "state"),
            ["Service:MinRefreshInterval"] = MinRefresh.ToString("c", CultureInfo.InvariantCulture),
            ["Service:MaxRefreshInterval"] = MaxRefresh.ToString("c", CultureInfo.InvariantCulture),
            ["Service:IdleAfter"] = IdleAfter.ToString("c", CultureInfo.InvariantCulture),
            ["Service:FreshFor"] = "00:01:00",
            ["Service:FailureBackoff"] = "00:00:00.5",
            ["Service:MaxFailureBackoff"] = "00:00:02",
            ["Service:ResumeSweepInterval"] = "00:00:01",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(values);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var clock = new RecordingServiceClock(site.Clock, seed: 42);
        builder.Services.AddSingleton<ServiceClock>(clock);
        var client = await InProcessWxClient.StartAsync(builder, "fixture", CancellationToken.None);
        return new ServiceHarness(client, clock, folder);
    }

    /// <summary>Polls <paramref name="condition"/> until it is true or <paramref name="timeout"/> passes.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return await condition();
    }

    public async ValueTask DisposeAsync() => await Client.DisposeAsync();
}
