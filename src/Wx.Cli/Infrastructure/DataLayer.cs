using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wx.Data;
using Wx.Data.Configuration;
using Wx.Data.Model;
using Wx.Data.Store;

namespace Wx.Cli.Infrastructure;

/// <summary>
/// The database alone, for commands that only read or delete stored data: no silo and no browser start, so
/// they also work when Chromium is missing.
/// </summary>
public sealed class DataLayer : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private DataLayer(ServiceProvider provider, TimeProvider time)
    {
        _provider = provider;
        Time = time;
    }

    public WxStore Store => _provider.GetRequiredService<WxStore>();

    /// <summary>The clock that ages and time windows are measured by: the replay clock of the setting Clock, or the system clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>Opens the configured database and applies pending migrations.</summary>
    /// <exception cref="CliException">A data setting is invalid.</exception>
    public static async Task<DataLayer> OpenAsync(IConfiguration configuration, bool verbose, CancellationToken cancellationToken)
    {
        var time = ServiceLauncher.CreateClock(configuration);
        var services = new ServiceCollection();
        services.AddLogging(logging => ServiceLauncher.ConfigureLogging(logging, verbose));
        services.AddSingleton(time);
        try
        {
            services.AddWxData(configuration);
        }
        catch (InvalidDataOptionsException exception)
        {
            throw CliException.Usage(exception.Message);
        }

        var provider = services.BuildServiceProvider();
        try
        {
            await WxDatabase.MigrateAsync(provider.GetRequiredService<IDbContextFactory<WxDbContext>>(), cancellationToken);
            return new DataLayer(provider, time);
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
