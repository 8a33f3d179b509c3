using Microsoft.EntityFrameworkCore;
using Wx.Core.Spots;
using Wx.Data.Entities;

namespace Wx.Data.Store;

public sealed partial class WxStore
{
    /// <summary>
    /// Records that <paramref name="readerId"/> read the spot now: inserts the reader's row or moves its
    /// LastReadAt, and moves the spot's LastReadAt. Creates the spot when it is missing.
    /// </summary>
    /// <exception cref="ArgumentException">The reader id is empty or longer than 64 characters.</exception>
    public async Task RecordReadAsync(SpotKey spot, string readerId, CancellationToken cancellationToken)
    {
        CheckReaderId(readerId);

        var spotId = await EnsureSpotIdAsync(spot, null, null, updateExisting: false, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var now = Now();
            await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
            var watched = await context.WatchedSpots
                .SingleOrDefaultAsync(w => w.SpotId == spotId && w.ReaderId == readerId, cancellationToken);
            if (watched is null)
            {
                context.WatchedSpots.Add(new WatchedSpotEntity
                {
                    SpotId = spotId,
                    ReaderId = readerId,
                    FirstReadAt = now,
                    LastReadAt = now,
                });
            }
            else
            {
                watched.LastReadAt = now;
            }

            var spotEntity = await context.Spots.SingleAsync(s => s.Id == spotId, cancellationToken);
            spotEntity.LastReadAt = now;

            try
            {
                await context.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException exception) when (attempt < MaxWriteAttempts && context.IsUniqueViolation(exception))
            {
                LogWriteRace(logger, spot, "watched_spots", attempt);
            }
        }
    }

    /// <summary>
    /// Lists the spots that any reader read at or after <paramref name="since"/>, each with its latest read
    /// time, ordered by site and spot id.
    /// </summary>
    public async Task<IReadOnlyList<SpotReadTime>> GetSpotsReadSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var sinceUtc = since.UtcDateTime;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await context.WatchedSpots
            .Where(w => w.LastReadAt >= sinceUtc)
            .Select(w => new { w.Spot.Site, w.Spot.SpotId, w.LastReadAt })
            .ToListAsync(cancellationToken);

        // Grouped here and not in SQL: the rows are few, and it avoids MAX over dates stored as text in SQLite.
        return rows
            .GroupBy(r => (r.Site, r.SpotId))
            .Select(g => new SpotReadTime(
                SpotKey.Create(g.Key.Site, g.Key.SpotId),
                new DateTimeOffset(g.Max(r => r.LastReadAt), TimeSpan.Zero)))
            .OrderBy(r => r.Spot.Site, StringComparer.Ordinal)
            .ThenBy(r => r.Spot.SpotId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Deletes every watched-spot row of <paramref name="readerId"/> and returns how many there were.</summary>
    public async Task<int> ForgetReaderAsync(string readerId, CancellationToken cancellationToken)
    {
        CheckReaderId(readerId);

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.WatchedSpots.Where(w => w.ReaderId == readerId).ExecuteDeleteAsync(cancellationToken);
    }

    private static void CheckReaderId(string readerId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(readerId);
        if (readerId.Length > WatchedSpotEntity.MaxReaderIdLength)
        {
            throw new ArgumentException(
                $"A reader id has at most {WatchedSpotEntity.MaxReaderIdLength} characters, but this one has {readerId.Length}.",
                nameof(readerId));
        }
    }
}
