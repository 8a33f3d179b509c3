using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wx.Data.Model;

namespace Wx.Data;

/// <summary>Schema management for the wx database.</summary>
public static class WxDatabase
{
    /// <summary>Applies all pending migrations of the configured provider, creating the database schema if needed.</summary>
    public static async Task MigrateAsync(IDbContextFactory<WxDbContext> factory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(factory);

        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        await context.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>Applies pending migrations using the <see cref="IDbContextFactory{WxDbContext}"/> registered by <c>AddWxData</c>.</summary>
    public static Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);

        return MigrateAsync(services.GetRequiredService<IDbContextFactory<WxDbContext>>(), cancellationToken);
    }
}
