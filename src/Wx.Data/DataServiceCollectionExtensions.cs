using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Wx.Data.Configuration;
using Wx.Data.Model;
using Wx.Data.Store;

namespace Wx.Data;

/// <summary>Registers the wx data layer in a service collection.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="DataOptions"/> from the section <c>Data</c> of <paramref name="configuration"/> and
    /// registers <see cref="IDbContextFactory{WxDbContext}"/>, <see cref="WxStore"/> and, if none is registered,
    /// <see cref="TimeProvider.System"/>. Checks the options at once.
    /// </summary>
    /// <exception cref="InvalidDataOptionsException">The provider name is invalid, or PostgreSQL has no connection string.</exception>
    public static IServiceCollection AddWxData(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var section = configuration.GetSection(DataOptions.SectionName);
        var options = section.Get<DataOptions>() ?? new DataOptions();

        // Built here so that a wrong setting fails at start-up, not at the first query.
        var factory = new WxDbContextFactory(options);

        services.Configure<DataOptions>(section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IDbContextFactory<WxDbContext>>(provider =>
            provider.GetService<ILoggerFactory>() is { } loggerFactory
                ? new WxDbContextFactory(options, loggerFactory)
                : factory);
        services.AddSingleton<WxStore>();
        return services;
    }
}
