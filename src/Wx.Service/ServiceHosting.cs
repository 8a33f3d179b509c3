using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Wx.Data;
using Wx.Data.Configuration;
using Wx.Data.Model;
using Wx.Data.Store;
using Wx.Scraper.Browser;
using Wx.Scraper.Login;
using Wx.Scraper.Sites;
using Wx.Scraper.Worker;

namespace Wx.Service;

/// <summary>Adds the spot service (an Orleans silo with one browser) to a host.</summary>
public static class ServiceHosting
{
    /// <summary>
    /// Registers the data store, the scraper worker, the browser gate and the Orleans silo with the spot grains,
    /// from the sections <c>Data</c>, <c>Browser</c>, <c>Sites</c>, <c>Service</c> and <c>Cluster</c>. The database
    /// is migrated before the silo starts. Register a <see cref="ServiceClock"/> first to replace the clock.
    /// </summary>
    /// <exception cref="InvalidOperationException">A setting is invalid; the message names it.</exception>
    public static IHostApplicationBuilder AddWxService(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var services = builder.Services;

        var serviceOptions = configuration.GetSection(ServiceOptions.SectionName).Get<ServiceOptions>() ?? new ServiceOptions();
        var problems = serviceOptions.Validate().ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }

        services.Configure<ServiceOptions>(configuration.GetSection(ServiceOptions.SectionName));
        services.Configure<BrowserOptions>(configuration.GetSection(BrowserOptions.SectionName));

        // The browser opens as many pages at once as the gate lets reads through.
        services.PostConfigure<BrowserOptions>(options => options.MaxConcurrentPages = serviceOptions.MaxConcurrentReads);
        services.AddWxData(configuration);
        services.TryAddSingleton(new ServiceClock(TimeProvider.System));

        // The store and the browser use the service's clock, which tests and the demo replace.
        services.AddSingleton(provider => new WxStore(
            provider.GetRequiredService<IDbContextFactory<WxDbContext>>(),
            provider.GetRequiredService<ServiceClock>().Time,
            provider.GetRequiredService<ILogger<WxStore>>()));
        services.AddSingleton(_ => SiteProfileCatalog.FromConfiguration(configuration));
        services.AddSingleton<ISiteCredentialSource>(_ => new ConfiguredCredentialSource(configuration));

        var dataFolder = (configuration.GetSection(DataOptions.SectionName).Get<DataOptions>() ?? new DataOptions()).ResolveFolder();
        services.AddDataProtection()
            .SetApplicationName("wx")
            .PersistKeysToFileSystem(PrivateFolder(Path.Combine(dataFolder, "keys")));
        services.AddSingleton<ISessionStateStore, DataSessionStateStore>();
        services.AddSingleton(provider => new ScraperWorker(
            provider.GetRequiredService<IOptions<BrowserOptions>>(),
            provider.GetRequiredService<SiteProfileCatalog>(),
            provider.GetRequiredService<ISiteCredentialSource>(),
            provider.GetRequiredService<ISessionStateStore>(),
            provider.GetRequiredService<ServiceClock>().Time,
            provider.GetRequiredService<ILogger<ScraperWorker>>()));
        services.AddSingleton<BrowserGate>();
        services.AddSingleton<ReadingFeed>();
        services.AddSingleton<ServiceCounters>();

        // Hosted services start in order: the schema first, then the silo, then the sweep that uses grains.
        services.AddHostedService<DatabaseMigration>();
        var cluster = configuration.GetSection(WxClusterOptions.SectionName).Get<WxClusterOptions>() ?? new WxClusterOptions();
        builder.UseOrleans(silo => ConfigureSilo(silo, cluster, configuration.GetSection(WxClusterOptions.SectionName).GetSection("Membership")));
        services.AddHostedService<ResumeSweep>();
        return builder;
    }

    private static void ConfigureSilo(ISiloBuilder silo, WxClusterOptions cluster, IConfigurationSection membership)
    {
        // Cluster:Membership sets Orleans' ClusterMembershipOptions, such as how fast a dead process is detected.
        silo.Configure<ClusterMembershipOptions>(membership);
        var siloPort = cluster.SiloPort == 0 ? FreePort() : cluster.SiloPort;
        var gatewayPort = cluster.GatewayPort == 0 ? FreePort() : cluster.GatewayPort;
        switch (cluster.Provider.ToUpperInvariant())
        {
            case "LOCALHOST":
                silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: cluster.ClusterId, clusterId: cluster.ClusterId);
                break;
            case "REDIS":
                if (string.IsNullOrWhiteSpace(cluster.RedisConnectionString))
                {
                    throw new InvalidOperationException("Cluster:Provider is Redis, but Cluster:RedisConnectionString (WX_CLUSTER__REDISCONNECTIONSTRING) is not set.");
                }

                silo.Configure<ClusterOptions>(options =>
                {
                    options.ClusterId = cluster.ClusterId;
                    options.ServiceId = cluster.ClusterId;
                });
                silo.UseRedisClustering(cluster.RedisConnectionString);
                silo.ConfigureEndpoints(IPAddress.Loopback, siloPort, gatewayPort, listenOnAnyHostAddress: false);
                break;
            default:
                throw new InvalidOperationException($"Cluster:Provider '{cluster.Provider}' is not known; use Localhost or Redis.");
        }

        // Idle spots stop their own timers; collection is only the back-stop for unused grains.
        silo.Configure<GrainCollectionOptions>(options => options.CollectionAge = TimeSpan.FromMinutes(15));
    }

    /// <summary>Returns a TCP port on 127.0.0.1 that is free now.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static DirectoryInfo PrivateFolder(string path)
    {
        var folder = Directory.CreateDirectory(path);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return folder;
    }

    /// <summary>Applies the database migrations before anything else starts.</summary>
    private sealed class DatabaseMigration(IDbContextFactory<WxDbContext> factory) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => WxDatabase.MigrateAsync(factory, cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
