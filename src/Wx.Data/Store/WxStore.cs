using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Wx.Core.Readings;
using Wx.Core.Spots;
using Wx.Data.Entities;
using Wx.Data.Model;

namespace Wx.Data.Store;

/// <summary>
/// Reads and writes wx data: spots, readings, captures, readers and saved logins. Thread-safe, because each
/// call uses its own <see cref="WxDbContext"/>. Writes that race with another process on a unique index
/// re-read the winner's row and do not throw.
/// </summary>
public sealed partial class WxStore
{
    // A write that loses a race on a unique index is retried, and the retry finds the winner's row.
    // A third attempt is only needed when two different rows raced in one call.
    private const int MaxWriteAttempts = 3;

    private readonly IDbContextFactory<WxDbContext> contextFactory;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<WxStore> logger;

    public WxStore(IDbContextFactory<WxDbContext> contextFactory, TimeProvider timeProvider, ILogger<WxStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(contextFactory);
        ArgumentNullException.ThrowIfNull(timeProvider);

        this.contextFactory = contextFactory;
        this.timeProvider = timeProvider;
        this.logger = logger ?? NullLogger<WxStore>.Instance;
    }

    /// <summary>
    /// Stores <paramref name="reading"/> and its captures, unless the spot already has an observation at the
    /// same <see cref="WindReading.ObservedAt"/>: then nothing is added or changed. An image whose SHA-256
    /// hash is already stored for the spot and kind adds no row, and only its LastSeenAt moves to now.
    /// Creates the spot when it is new, and updates its title and time zone when a new reading shows others.
    /// </summary>
    /// <exception cref="ArgumentException">A capture has the wrong kind for its parameter, or an empty image.</exception>
    public async Task<AddReadingResult> AddReadingAsync(
        WindReading reading,
        CaptureInput? gauge,
        CaptureInput? graph,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reading);
        CheckCapture(gauge, CaptureKind.Gauge, nameof(gauge));
        CheckCapture(graph, CaptureKind.Graph, nameof(graph));

        var title = ObservationMapping.Cut(reading.SourceText.Title, SpotEntity.MaxTitleLength);
        var spotId = await EnsureSpotIdAsync(reading.Spot, title, reading.TimeZoneId, updateExisting: false, cancellationToken);
        var observedAt = reading.ObservedAt.UtcDateTime;

        for (var attempt = 1; ; attempt++)
        {
            await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);

            // On SQLite this takes the write lock at once (BEGIN IMMEDIATE), so the check below cannot go stale.
            // On PostgreSQL a racing insert blocks on the unique index and then fails with a unique violation.
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);

            var existingId = await context.Observations
                .Where(o => o.SpotId == spotId && o.ObservedAt == observedAt)
                .Select(o => (long?)o.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (existingId is { } id)
            {
                return new AddReadingResult(AddReadingOutcome.AlreadyStored, id);
            }

            var now = Now();
            var observation = ObservationMapping.ToEntity(
                reading,
                spotId,
                reading.FetchedAt == default ? now : reading.FetchedAt.UtcDateTime);
            observation.GaugeCapture = await TrackCaptureAsync(context, spotId, gauge, now, cancellationToken);
            observation.GraphCapture = await TrackCaptureAsync(context, spotId, graph, now, cancellationToken);
            context.Observations.Add(observation);

            var spot = await context.Spots.SingleAsync(s => s.Id == spotId, cancellationToken);
            spot.Title = title ?? spot.Title;
            spot.TimeZoneId = reading.TimeZoneId;

            try
            {
                await context.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new AddReadingResult(AddReadingOutcome.Added, observation.Id);
            }
            catch (DbUpdateException exception) when (attempt < MaxWriteAttempts && context.IsUniqueViolation(exception))
            {
                LogWriteRace(logger, reading.Spot, "observations or captures", attempt);
            }
        }
    }

    /// <summary>Returns the reading with the latest observation time, or null when the spot has none.</summary>
    public async Task<WindReading?> GetLatestReadingAsync(SpotKey spot, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entity = await ObservationsOf(context, spot)
            .OrderByDescending(o => o.ObservedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return entity is null ? null : ObservationMapping.ToReading(entity, spot);
    }

    /// <summary>
    /// Returns the readings observed at or after <paramref name="since"/> and before <paramref name="until"/>
    /// (no upper limit when null), oldest first, with quantities in the units the page showed.
    /// </summary>
    public async Task<IReadOnlyList<WindReading>> GetHistoryAsync(
        SpotKey spot,
        DateTimeOffset since,
        DateTimeOffset? until,
        CancellationToken cancellationToken)
    {
        var sinceUtc = since.UtcDateTime;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = ObservationsOf(context, spot).Where(o => o.ObservedAt >= sinceUtc);
        if (until is { } end)
        {
            var untilUtc = end.UtcDateTime;
            query = query.Where(o => o.ObservedAt < untilUtc);
        }

        var entities = await query.OrderBy(o => o.ObservedAt).ToListAsync(cancellationToken);
        return entities.Select(e => ObservationMapping.ToReading(e, spot)).ToList();
    }

    /// <summary>Returns the capture of <paramref name="kind"/> seen most recently for the spot, or null.</summary>
    public async Task<StoredCapture?> GetLatestCaptureAsync(SpotKey spot, CaptureKind kind, CancellationToken cancellationToken)
    {
        var site = spot.Site;
        var siteSpotId = spot.SpotId;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entity = await context.Captures
            .Where(c => c.Spot.Site == site && c.Spot.SpotId == siteSpotId && c.Kind == kind)
            .OrderByDescending(c => c.LastSeenAt)
            .ThenByDescending(c => c.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return entity is null
            ? null
            : new StoredCapture(
                entity.Kind,
                entity.Png,
                entity.ContentHash,
                entity.Width,
                entity.Height,
                new DateTimeOffset(entity.FirstSeenAt, TimeSpan.Zero),
                new DateTimeOffset(entity.LastSeenAt, TimeSpan.Zero));
    }

    /// <summary>Returns SHA-256 of <paramref name="png"/> as 64 lower-case hexadecimal digits.</summary>
    public static string ComputeContentHash(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        return Convert.ToHexStringLower(SHA256.HashData(png));
    }

    private static IQueryable<ObservationEntity> ObservationsOf(WxDbContext context, SpotKey spot)
    {
        var site = spot.Site;
        var siteSpotId = spot.SpotId;
        return context.Observations.Where(o => o.Spot.Site == site && o.Spot.SpotId == siteSpotId);
    }

    private static void CheckCapture(CaptureInput? capture, CaptureKind expected, string parameterName)
    {
        if (capture is null)
        {
            return;
        }

        if (capture.Kind != expected)
        {
            throw new ArgumentException($"The {parameterName} capture must have kind {expected}, not {capture.Kind}.", parameterName);
        }

        if (capture.Png is null || capture.Png.Length == 0)
        {
            throw new ArgumentException($"The {parameterName} capture has no image bytes.", parameterName);
        }
    }

    /// <summary>Returns the tracked capture row for the image: the stored one with LastSeenAt moved to now, or a new one.</summary>
    private static async Task<CaptureEntity?> TrackCaptureAsync(
        WxDbContext context,
        long spotId,
        CaptureInput? capture,
        DateTime now,
        CancellationToken cancellationToken)
    {
        if (capture is null)
        {
            return null;
        }

        var hash = ComputeContentHash(capture.Png);
        var stored = await context.Captures
            .SingleOrDefaultAsync(c => c.SpotId == spotId && c.Kind == capture.Kind && c.ContentHash == hash, cancellationToken);
        if (stored is not null)
        {
            stored.LastSeenAt = now;
            return stored;
        }

        var added = new CaptureEntity
        {
            SpotId = spotId,
            Kind = capture.Kind,
            ContentHash = hash,
            Png = capture.Png,
            Width = capture.Width,
            Height = capture.Height,
            FirstSeenAt = now,
            LastSeenAt = now,
        };
        context.Captures.Add(added);
        return added;
    }

    private DateTime Now() => timeProvider.GetUtcNow().UtcDateTime;

    private static DateTime? ToUtc(DateTimeOffset? value) => value?.UtcDateTime;

    private static DateTimeOffset? FromUtc(DateTime? value) =>
        value is { } utc ? new DateTimeOffset(utc, TimeSpan.Zero) : null;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Another writer inserted the same row of {Table} for {Spot} first (attempt {Attempt}); reading its row")]
    private static partial void LogWriteRace(ILogger logger, SpotKey spot, string table, int attempt);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Another writer inserted the same row of {Table} for site {Site} first (attempt {Attempt}); reading its row")]
    private static partial void LogWriteRace(ILogger logger, string site, string table, int attempt);
}
