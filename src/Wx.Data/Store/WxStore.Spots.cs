using Microsoft.EntityFrameworkCore;
using Wx.Core.Spots;
using Wx.Data.Entities;

namespace Wx.Data.Store;

public sealed partial class WxStore
{
    /// <summary>
    /// Returns the id of the spot row for <paramref name="spot"/>, creating the row when it is missing. A non-null
    /// <paramref name="title"/> or <paramref name="timeZoneId"/> replaces the stored value. Two callers that create
    /// the same spot at once both get the one row.
    /// </summary>
    public Task<long> EnsureSpotAsync(SpotKey spot, string? title, string? timeZoneId, CancellationToken cancellationToken) =>
        EnsureSpotIdAsync(
            spot,
            ObservationMapping.Cut(title, SpotEntity.MaxTitleLength),
            timeZoneId,
            updateExisting: true,
            cancellationToken);

    /// <summary>
    /// Replaces the refresh state of the spot with <paramref name="state"/>, creating the spot when it is missing.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="SpotStateUpdate.ConsecutiveFailures"/> is negative.</exception>
    public async Task UpdateSpotStateAsync(SpotKey spot, SpotStateUpdate state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentOutOfRangeException.ThrowIfNegative(state.ConsecutiveFailures);

        var spotId = await EnsureSpotIdAsync(spot, null, null, updateExisting: false, cancellationToken);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entity = await context.Spots.SingleAsync(s => s.Id == spotId, cancellationToken);
        entity.Status = state.Status;
        entity.LastRefreshAt = ToUtc(state.LastRefreshAt);
        entity.LastSuccessAt = ToUtc(state.LastSuccessAt);
        entity.LastError = ObservationMapping.Cut(state.LastError, SpotEntity.MaxErrorLength);
        entity.LastErrorAt = ToUtc(state.LastErrorAt);
        entity.ConsecutiveFailures = state.ConsecutiveFailures;
        entity.NextRefreshAt = ToUtc(state.NextRefreshAt);
        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Lists every known spot with its refresh state and newest observation time, ordered by site and spot id.</summary>
    public async Task<IReadOnlyList<SpotSummary>> GetSpotsAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await context.Spots
            .OrderBy(s => s.Site)
            .ThenBy(s => s.SpotId)
            .Select(s => new
            {
                Spot = s,
                LatestObservedAt = context.Observations
                    .Where(o => o.SpotId == s.Id)
                    .OrderByDescending(o => o.ObservedAt)
                    .Select(o => (DateTime?)o.ObservedAt)
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        return rows.Select(row => new SpotSummary
        {
            Key = SpotKey.Create(row.Spot.Site, row.Spot.SpotId),
            Title = row.Spot.Title,
            TimeZoneId = row.Spot.TimeZoneId,
            Status = row.Spot.Status,
            LastRefreshAt = FromUtc(row.Spot.LastRefreshAt),
            LastSuccessAt = FromUtc(row.Spot.LastSuccessAt),
            LastError = row.Spot.LastError,
            LastErrorAt = FromUtc(row.Spot.LastErrorAt),
            ConsecutiveFailures = row.Spot.ConsecutiveFailures,
            NextRefreshAt = FromUtc(row.Spot.NextRefreshAt),
            LastReadAt = FromUtc(row.Spot.LastReadAt),
            LatestObservedAt = FromUtc(row.LatestObservedAt),
        }).ToList();
    }

    private async Task<long> EnsureSpotIdAsync(
        SpotKey spot,
        string? title,
        string? timeZoneId,
        bool updateExisting,
        CancellationToken cancellationToken)
    {
        // default(SpotKey) has null parts and would fail later with a less clear error.
        if (spot.Site is null || spot.SpotId is null)
        {
            throw new ArgumentException("The spot key is empty; create it with SpotKey.Create or SpotKey.Parse.", nameof(spot));
        }

        var site = spot.Site;
        var siteSpotId = spot.SpotId;
        for (var attempt = 1; ; attempt++)
        {
            await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
            var entity = await context.Spots.SingleOrDefaultAsync(s => s.Site == site && s.SpotId == siteSpotId, cancellationToken);
            if (entity is not null)
            {
                if (updateExisting && (title is not null || timeZoneId is not null))
                {
                    entity.Title = title ?? entity.Title;
                    entity.TimeZoneId = timeZoneId ?? entity.TimeZoneId;
                    await context.SaveChangesAsync(cancellationToken);
                }

                return entity.Id;
            }

            entity = new SpotEntity
            {
                Site = site,
                SpotId = siteSpotId,
                Title = title,
                TimeZoneId = timeZoneId,
                CreatedAt = Now(),
                Status = SpotStatus.Active,
            };
            context.Spots.Add(entity);
            try
            {
                await context.SaveChangesAsync(cancellationToken);
                return entity.Id;
            }
            catch (DbUpdateException exception) when (attempt < MaxWriteAttempts && context.IsUniqueViolation(exception))
            {
                LogWriteRace(logger, spot, "spots", attempt);
            }
        }
    }
}
