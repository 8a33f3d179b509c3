using Microsoft.EntityFrameworkCore;
using Wx.Core.Spots;
using Wx.Data.Entities;

namespace Wx.Data.Store;

public sealed partial class WxStore
{
    /// <summary>
    /// Saves the login state of <paramref name="site"/>, replacing any saved one. The caller encrypts
    /// <paramref name="protectedState"/> first; the store keeps it unchanged and never logs it.
    /// </summary>
    /// <exception cref="ArgumentException">The site id is invalid or the state is empty.</exception>
    public async Task SaveSiteSessionAsync(string site, string protectedState, string? userName, CancellationToken cancellationToken)
    {
        CheckSite(site);
        ArgumentException.ThrowIfNullOrEmpty(protectedState);
        var storedUserName = ObservationMapping.Cut(userName, SiteSessionEntity.MaxUserNameLength);

        for (var attempt = 1; ; attempt++)
        {
            await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
            var entity = await context.SiteSessions.SingleOrDefaultAsync(s => s.Site == site, cancellationToken);
            if (entity is null)
            {
                entity = new SiteSessionEntity { Site = site, ProtectedState = protectedState };
                context.SiteSessions.Add(entity);
            }

            entity.ProtectedState = protectedState;
            entity.UserName = storedUserName;
            entity.SavedAt = Now();

            try
            {
                await context.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException exception) when (attempt < MaxWriteAttempts && context.IsUniqueViolation(exception))
            {
                LogWriteRace(logger, site, "site_sessions", attempt);
            }
        }
    }

    /// <summary>Returns the saved login state of <paramref name="site"/>, or null when none is saved.</summary>
    public async Task<SavedSiteSession?> LoadSiteSessionAsync(string site, CancellationToken cancellationToken)
    {
        CheckSite(site);

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entity = await context.SiteSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Site == site, cancellationToken);
        return entity is null
            ? null
            : new SavedSiteSession
            {
                Site = entity.Site,
                ProtectedState = entity.ProtectedState,
                UserName = entity.UserName,
                SavedAt = new DateTimeOffset(entity.SavedAt, TimeSpan.Zero),
            };
    }

    /// <summary>Deletes the saved login state of <paramref name="site"/>; returns false when none was saved.</summary>
    public async Task<bool> DeleteSiteSessionAsync(string site, CancellationToken cancellationToken)
    {
        CheckSite(site);

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.SiteSessions.Where(s => s.Site == site).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    private static void CheckSite(string site)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (SpotKey.DescribeSiteProblem(site) is { } problem)
        {
            throw new ArgumentException($"Invalid site id '{site}': {problem}.", nameof(site));
        }
    }
}
