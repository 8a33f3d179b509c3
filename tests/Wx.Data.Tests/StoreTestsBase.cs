using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Wx.Core.Readings;
using Wx.Core.Spots;
using Wx.Core.Units;
using Wx.Core.Wind;
using Wx.Data.Configuration;
using Wx.Data.Entities;
using Wx.Data.Model;
using Wx.Data.Store;
using Wx.Testing;

namespace Wx.Data.Tests;

/// <summary>
/// Store and schema tests that every provider must pass. Each test gets a new, migrated database.
/// </summary>
public abstract class StoreTestsBase : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = TestTime.Utc("2024-12-04T23:25:00Z");

    protected FakeTimeProvider Clock { get; } = new(Start);

    protected WxDbContextFactory Factory { get; private set; } = null!;

    protected WxStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Factory = new WxDbContextFactory(await CreateDatabaseAsync());
        Store = new WxStore(Factory, Clock);
        await WxDatabase.MigrateAsync(Factory, CancellationToken.None);
    }

    public Task DisposeAsync() => DeleteDatabaseAsync();

    /// <summary>Creates an empty database and returns options that point at it.</summary>
    protected abstract Task<DataOptions> CreateDatabaseAsync();

    protected abstract Task DeleteDatabaseAsync();

    protected abstract Task<List<string>> ReadTableNamesAsync(WxDbContext context);

    protected abstract Task<List<string>> ReadIndexNamesAsync(WxDbContext context);

    [Fact]
    public async Task Migrations_create_tables_and_indexes()
    {
        await using var context = Factory.CreateDbContext();

        var tables = await ReadTableNamesAsync(context);
        var indexes = await ReadIndexNamesAsync(context);

        Assert.Contains("spots", tables);
        Assert.Contains("observations", tables);
        Assert.Contains("captures", tables);
        Assert.Contains("watched_spots", tables);
        Assert.Contains("site_sessions", tables);
        Assert.Contains("__EFMigrationsHistory", tables);
        Assert.Contains("IX_spots_Site_SpotId", indexes);
        Assert.Contains("IX_observations_SpotId_ObservedAt", indexes);
        Assert.Contains("IX_captures_SpotId_Kind_ContentHash", indexes);
        Assert.Contains("IX_watched_spots_SpotId_ReaderId", indexes);
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Database_rejects_duplicate_observation()
    {
        var spotId = await Store.EnsureSpotAsync(Readings.Spot, null, null, CancellationToken.None);
        var observedAt = new DateTime(2022, 4, 28, 18, 0, 0, DateTimeKind.Utc);
        await using (var first = Factory.CreateDbContext())
        {
            first.Observations.Add(NewObservation(spotId, observedAt));
            await first.SaveChangesAsync();
        }

        await using var second = Factory.CreateDbContext();
        second.Observations.Add(NewObservation(spotId, observedAt));
        var exception = await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());

        Assert.True(second.IsUniqueViolation(exception));
    }

    [Fact]
    public async Task AddReading_twice_is_AlreadyStored()
    {
        var reading = Readings.At("2022-04-28T18:00:00Z");

        var first = await Store.AddReadingAsync(reading, null, null, CancellationToken.None);
        var second = await Store.AddReadingAsync(reading with { FetchedAt = reading.FetchedAt.AddMinutes(5) }, null, null, CancellationToken.None);

        Assert.Equal(AddReadingOutcome.Added, first.Outcome);
        Assert.Equal(AddReadingOutcome.AlreadyStored, second.Outcome);
        Assert.Equal(first.ObservationId, second.ObservationId);
        await using var context = Factory.CreateDbContext();
        Assert.Equal(1, await context.Observations.CountAsync());
        var stored = await Store.GetLatestReadingAsync(Readings.Spot, CancellationToken.None);
        Assert.Equal(reading.FetchedAt, stored!.FetchedAt);
    }

    [Fact]
    public async Task AddReading_concurrently_stores_one_row()
    {
        var reading = Readings.At("2022-04-28T18:00:00Z");
        var gauge = new CaptureInput(CaptureKind.Gauge, [1, 2, 3, 4], 120, 80);

        // Separate stores share nothing but the database, like two processes.
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            Task.Run(() => new WxStore(Factory, Clock).AddReadingAsync(reading, gauge, null, CancellationToken.None))));

        Assert.Single(results, r => r.Outcome == AddReadingOutcome.Added);
        Assert.Equal(5, results.Count(r => r.Outcome == AddReadingOutcome.AlreadyStored));
        Assert.Single(results.Select(r => r.ObservationId).Distinct());
        await using var context = Factory.CreateDbContext();
        Assert.Equal(1, await context.Observations.CountAsync());
        Assert.Equal(1, await context.Captures.CountAsync());
        Assert.Equal(1, await context.Spots.CountAsync());
    }

    [Fact]
    public async Task EnsureSpot_concurrently_returns_one_id()
    {
        var ids = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            Task.Run(() => new WxStore(Factory, Clock).EnsureSpotAsync(Readings.Spot, "Boston Harbor", "America/New_York", CancellationToken.None))));

        Assert.Single(ids.Distinct());
        await using var context = Factory.CreateDbContext();
        var spot = await context.Spots.SingleAsync();
        Assert.Equal("Boston Harbor", spot.Title);
        Assert.Equal("America/New_York", spot.TimeZoneId);
        Assert.Equal(Start.UtcDateTime, spot.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, spot.CreatedAt.Kind);
    }

    [Fact]
    public async Task Reading_round_trips_UTC_and_time_zone()
    {
        var reading = Readings.At("2022-04-28T18:00:00Z");

        await Store.AddReadingAsync(reading, null, null, CancellationToken.None);
        var stored = await Store.GetLatestReadingAsync(Readings.Spot, CancellationToken.None);

        Assert.NotNull(stored);
        Assert.Equal(new DateTimeOffset(2022, 4, 28, 18, 0, 0, TimeSpan.Zero), stored.ObservedAt);
        Assert.Equal(TimeSpan.Zero, stored.ObservedAt.Offset);
        Assert.Equal("America/New_York", stored.TimeZoneId);
        Assert.Equal(new DateTimeOffset(2022, 4, 28, 14, 0, 0, TimeSpan.FromHours(-4)),
            TimeZoneInfo.ConvertTime(stored.ObservedAt, TimeZoneInfo.FindSystemTimeZoneById(stored.TimeZoneId)));
        Assert.Equal(reading.FetchedAt, stored.FetchedAt);
        Assert.Equal(reading.SourceText, stored.SourceText);
        Assert.Equal(reading.PageUrl, stored.PageUrl);
        Assert.Equal(reading.Direction, stored.Direction);
        await using var context = Factory.CreateDbContext();
        var row = await context.Observations.SingleAsync();
        Assert.Equal(DateTimeKind.Utc, row.ObservedAt.Kind);
        Assert.Equal(new DateTime(2022, 4, 28, 18, 0, 0, DateTimeKind.Utc), row.ObservedAt);
    }

    [Theory]
    [InlineData(DateTimeKind.Local)]
    [InlineData(DateTimeKind.Unspecified)]
    public async Task Non_UTC_DateTime_is_rejected(DateTimeKind kind)
    {
        await using var context = Factory.CreateDbContext();
        context.Spots.Add(new SpotEntity
        {
            Site = "weatherflow",
            SpotId = "1786",
            CreatedAt = new DateTime(2022, 4, 28, 18, 0, 0, kind),
        });

        var exception = await Assert.ThrowsAnyAsync<Exception>(() => context.SaveChangesAsync());

        var argumentException = FindInChain<ArgumentException>(exception);
        Assert.NotNull(argumentException);
        Assert.Contains("SpotEntity.CreatedAt", argumentException.Message, StringComparison.Ordinal);
        Assert.Contains(kind.ToString(), argumentException.Message, StringComparison.Ordinal);
        Assert.Equal(0, await Factory.CreateDbContext().Spots.CountAsync());
    }

    [Theory]
    [InlineData(SpeedUnit.Knots, TemperatureUnit.Fahrenheit, PressureUnit.InchesOfMercury)]
    [InlineData(SpeedUnit.MilesPerHour, TemperatureUnit.Fahrenheit, PressureUnit.Millibars)]
    [InlineData(SpeedUnit.KilometresPerHour, TemperatureUnit.Celsius, PressureUnit.Hectopascals)]
    [InlineData(SpeedUnit.MetresPerSecond, TemperatureUnit.Celsius, PressureUnit.InchesOfMercury)]
    public async Task Source_units_round_trip(SpeedUnit speedUnit, TemperatureUnit temperatureUnit, PressureUnit pressureUnit)
    {
        var reading = Readings.At("2022-04-28T18:00:00Z") with
        {
            WindSpeed = new Speed(12.3, speedUnit),
            Gust = new Speed(17.9, speedUnit),
            Lull = new Speed(8.1, speedUnit),
            AirTemperature = new Temperature(55.4, temperatureUnit),
            Pressure = new Pressure(29.92, pressureUnit),
        };

        await Store.AddReadingAsync(reading, null, null, CancellationToken.None);
        var stored = (await Store.GetLatestReadingAsync(Readings.Spot, CancellationToken.None))!;

        Assert.Equal(speedUnit, stored.WindSpeed.Unit);
        Assert.Equal(12.3, stored.WindSpeed.Value, 1e-9);
        Assert.Equal(speedUnit, stored.Gust!.Value.Unit);
        Assert.Equal(17.9, stored.Gust.Value.Value, 1e-9);
        Assert.Equal(speedUnit, stored.Lull!.Value.Unit);
        Assert.Equal(8.1, stored.Lull.Value.Value, 1e-9);
        Assert.Equal(temperatureUnit, stored.AirTemperature!.Value.Unit);
        Assert.Equal(55.4, stored.AirTemperature.Value.Value, 1e-9);
        Assert.Equal(pressureUnit, stored.Pressure!.Value.Unit);
        Assert.Equal(29.92, stored.Pressure.Value.Value, 1e-9);
        await using var context = Factory.CreateDbContext();
        var row = await context.Observations.SingleAsync();
        Assert.Equal(reading.WindSpeed.MetresPerSecond, row.WindSpeedMps, 1e-12);
        Assert.Equal(reading.AirTemperature!.Value.Celsius, row.AirTemperatureC!.Value, 1e-12);
        Assert.Equal(reading.Pressure!.Value.Hectopascals, row.PressureHpa!.Value, 1e-12);
    }

    [Fact]
    public async Task Calm_and_missing_values_round_trip()
    {
        var reading = Readings.At("2022-04-28T18:00:00Z") with
        {
            WindSpeed = new Speed(0, SpeedUnit.Knots),
            Gust = null,
            Lull = null,
            Direction = WindDirection.Calm,
            AirTemperature = null,
            Pressure = null,
            Warnings = ReadingWarnings.AmbiguousLocalTime | ReadingWarnings.GustBelowSpeed,
            PageUrl = null,
        };

        await Store.AddReadingAsync(reading, null, null, CancellationToken.None);
        var stored = (await Store.GetLatestReadingAsync(Readings.Spot, CancellationToken.None))!;

        Assert.Equal(WindDirection.Calm, stored.Direction);
        Assert.Null(stored.Direction.Degrees);
        Assert.Null(stored.Gust);
        Assert.Null(stored.Lull);
        Assert.Null(stored.AirTemperature);
        Assert.Null(stored.Pressure);
        Assert.Null(stored.PageUrl);
        Assert.Equal(ReadingWarnings.AmbiguousLocalTime | ReadingWarnings.GustBelowSpeed, stored.Warnings);
    }

    [Fact]
    public async Task History_returns_range_oldest_first()
    {
        foreach (var time in new[] { "2022-04-28T18:00:00Z", "2022-04-28T18:10:00Z", "2022-04-28T18:20:00Z", "2022-04-28T18:30:00Z" })
        {
            await Store.AddReadingAsync(Readings.At(time), null, null, CancellationToken.None);
        }

        await Store.AddReadingAsync(Readings.At("2022-04-28T18:10:00Z", SpotKey.Create("weatherflow", "999")), null, null, CancellationToken.None);

        var bounded = await Store.GetHistoryAsync(Readings.Spot, TestTime.Utc("2022-04-28T18:10:00Z"), TestTime.Utc("2022-04-28T18:30:00Z"), CancellationToken.None);
        var open = await Store.GetHistoryAsync(Readings.Spot, new DateTimeOffset(2022, 4, 28, 14, 15, 0, TimeSpan.FromHours(-4)), null, CancellationToken.None);

        Assert.Equal([TestTime.Utc("2022-04-28T18:10:00Z"), TestTime.Utc("2022-04-28T18:20:00Z")], bounded.Select(r => r.ObservedAt));
        Assert.Equal([TestTime.Utc("2022-04-28T18:20:00Z"), TestTime.Utc("2022-04-28T18:30:00Z")], open.Select(r => r.ObservedAt));
        Assert.All(bounded, r => Assert.Equal(Readings.Spot, r.Spot));
        Assert.Equal(TestTime.Utc("2022-04-28T18:30:00Z"), (await Store.GetLatestReadingAsync(Readings.Spot, CancellationToken.None))!.ObservedAt);
        Assert.Null(await Store.GetLatestReadingAsync(SpotKey.Create("weatherflow", "unknown"), CancellationToken.None));
    }

    [Fact]
    public async Task Unchanged_capture_is_stored_once()
    {
        byte[] imageA = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];
        byte[] imageB = [0x89, 0x50, 0x4E, 0x47, 9, 9, 9];
        var firstSeen = Clock.GetUtcNow();

        await Store.AddReadingAsync(Readings.At("2022-04-28T18:00:00Z"), new CaptureInput(CaptureKind.Gauge, imageA, 120, 80), null, CancellationToken.None);
        Clock.Advance(TimeSpan.FromMinutes(10));
        await Store.AddReadingAsync(Readings.At("2022-04-28T18:10:00Z"), new CaptureInput(CaptureKind.Gauge, imageA, 120, 80), null, CancellationToken.None);
        var secondSeen = Clock.GetUtcNow();
        Clock.Advance(TimeSpan.FromMinutes(10));
        var repeated = await Store.AddReadingAsync(Readings.At("2022-04-28T18:10:00Z"), new CaptureInput(CaptureKind.Gauge, imageA, 120, 80), null, CancellationToken.None);

        var capture = await Store.GetLatestCaptureAsync(Readings.Spot, CaptureKind.Gauge, CancellationToken.None);

        Assert.Equal(AddReadingOutcome.AlreadyStored, repeated.Outcome);
        Assert.NotNull(capture);
        Assert.Equal(imageA, capture.Png);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(imageA)), capture.ContentHash);
        Assert.Equal(120, capture.Width);
        Assert.Equal(80, capture.Height);
        Assert.Equal(firstSeen, capture.FirstSeenAt);
        Assert.Equal(secondSeen, capture.LastSeenAt);
        Assert.Null(await Store.GetLatestCaptureAsync(Readings.Spot, CaptureKind.Graph, CancellationToken.None));
        await using (var context = Factory.CreateDbContext())
        {
            Assert.Equal(1, await context.Captures.CountAsync());
            Assert.Equal(2, await context.Observations.CountAsync(o => o.GaugeCaptureId != null));
        }

        await Store.AddReadingAsync(Readings.At("2022-04-28T18:20:00Z"), new CaptureInput(CaptureKind.Gauge, imageB, 120, 80), new CaptureInput(CaptureKind.Graph, imageA, 300, 100), CancellationToken.None);

        var latestGauge = await Store.GetLatestCaptureAsync(Readings.Spot, CaptureKind.Gauge, CancellationToken.None);
        var latestGraph = await Store.GetLatestCaptureAsync(Readings.Spot, CaptureKind.Graph, CancellationToken.None);
        Assert.Equal(imageB, latestGauge!.Png);
        Assert.Equal(imageA, latestGraph!.Png);
        Assert.Equal(300, latestGraph.Width);
        await using var after = Factory.CreateDbContext();
        Assert.Equal(3, await after.Captures.CountAsync());
    }

    [Fact]
    public async Task Capture_with_wrong_kind_is_rejected()
    {
        var graphAsGauge = new CaptureInput(CaptureKind.Graph, [1], 1, 1);

        var exception = await Assert.ThrowsAsync<ArgumentException>(
            () => Store.AddReadingAsync(Readings.At("2022-04-28T18:00:00Z"), graphAsGauge, null, CancellationToken.None));

        Assert.Equal("gauge", exception.ParamName);
    }

    [Fact]
    public async Task Watched_spot_read_is_upserted()
    {
        var other = SpotKey.Create("weatherflow", "999");
        var firstRead = Clock.GetUtcNow();
        await Store.RecordReadAsync(Readings.Spot, "terminal-1", CancellationToken.None);
        Clock.Advance(TimeSpan.FromMinutes(5));
        await Store.RecordReadAsync(Readings.Spot, "terminal-1", CancellationToken.None);
        await Store.RecordReadAsync(other, "api", CancellationToken.None);
        var lastRead = Clock.GetUtcNow();

        var recent = await Store.GetSpotsReadSinceAsync(firstRead, CancellationToken.None);
        var none = await Store.GetSpotsReadSinceAsync(lastRead.AddSeconds(1), CancellationToken.None);

        Assert.Equal([new SpotReadTime(Readings.Spot, lastRead), new SpotReadTime(other, lastRead)], recent);
        Assert.Empty(none);
        await using (var context = Factory.CreateDbContext())
        {
            var row = await context.WatchedSpots.SingleAsync(w => w.ReaderId == "terminal-1");
            Assert.Equal(firstRead.UtcDateTime, row.FirstReadAt);
            Assert.Equal(lastRead.UtcDateTime, row.LastReadAt);
            Assert.Equal(2, await context.WatchedSpots.CountAsync());
        }

        Assert.Equal(1, await Store.ForgetReaderAsync("terminal-1", CancellationToken.None));
        Assert.Equal(0, await Store.ForgetReaderAsync("terminal-1", CancellationToken.None));
        Assert.Equal([new SpotReadTime(other, lastRead)], await Store.GetSpotsReadSinceAsync(firstRead, CancellationToken.None));
    }

    [Fact]
    public async Task Spot_state_is_listed()
    {
        await Store.AddReadingAsync(Readings.At("2022-04-28T18:00:00Z"), null, null, CancellationToken.None);
        await Store.AddReadingAsync(Readings.At("2022-04-28T18:10:00Z"), null, null, CancellationToken.None);
        var state = new SpotStateUpdate
        {
            Status = SpotStatus.Failing,
            LastRefreshAt = TestTime.Utc("2024-12-04T23:20:00Z"),
            LastSuccessAt = TestTime.Utc("2024-12-04T23:00:00Z"),
            LastError = "The site did not answer within 30 seconds.",
            LastErrorAt = new DateTimeOffset(2024, 12, 4, 18, 20, 0, TimeSpan.FromHours(-5)),
            ConsecutiveFailures = 3,
            NextRefreshAt = TestTime.Utc("2024-12-04T23:40:00Z"),
        };

        await Store.UpdateSpotStateAsync(Readings.Spot, state, CancellationToken.None);
        await Store.UpdateSpotStateAsync(SpotKey.Create("holfuy", "101"), new SpotStateUpdate { Status = SpotStatus.NotFound }, CancellationToken.None);
        var spots = await Store.GetSpotsAsync(CancellationToken.None);

        Assert.Equal([SpotKey.Create("holfuy", "101"), Readings.Spot], spots.Select(s => s.Key));
        var spot = spots[1];
        Assert.Equal("Boston Harbor", spot.Title);
        Assert.Equal("America/New_York", spot.TimeZoneId);
        Assert.Equal(SpotStatus.Failing, spot.Status);
        Assert.Equal(state.LastRefreshAt, spot.LastRefreshAt);
        Assert.Equal(state.LastSuccessAt, spot.LastSuccessAt);
        Assert.Equal(state.LastError, spot.LastError);
        Assert.Equal(TestTime.Utc("2024-12-04T23:20:00Z"), spot.LastErrorAt);
        Assert.Equal(3, spot.ConsecutiveFailures);
        Assert.Equal(state.NextRefreshAt, spot.NextRefreshAt);
        Assert.Equal(TestTime.Utc("2022-04-28T18:10:00Z"), spot.LatestObservedAt);
        Assert.Equal(SpotStatus.NotFound, spots[0].Status);
        Assert.Null(spots[0].LatestObservedAt);
        Assert.Null(spots[0].NextRefreshAt);
    }

    [Fact]
    public async Task Site_session_save_load_delete()
    {
        await Store.SaveSiteSessionAsync("weatherflow", "protected-state-1", "alice", CancellationToken.None);
        Clock.Advance(TimeSpan.FromMinutes(1));
        await Store.SaveSiteSessionAsync("weatherflow", "protected-state-2", "bob", CancellationToken.None);

        var loaded = await Store.LoadSiteSessionAsync("weatherflow", CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal("weatherflow", loaded.Site);
        Assert.Equal("protected-state-2", loaded.ProtectedState);
        Assert.Equal("bob", loaded.UserName);
        Assert.Equal(Clock.GetUtcNow(), loaded.SavedAt);
        Assert.DoesNotContain("protected-state", loaded.ToString(), StringComparison.Ordinal);
        Assert.Null(await Store.LoadSiteSessionAsync("holfuy", CancellationToken.None));
        Assert.True(await Store.DeleteSiteSessionAsync("weatherflow", CancellationToken.None));
        Assert.False(await Store.DeleteSiteSessionAsync("weatherflow", CancellationToken.None));
        Assert.Null(await Store.LoadSiteSessionAsync("weatherflow", CancellationToken.None));
    }

    private static ObservationEntity NewObservation(long spotId, DateTime observedAt) => new()
    {
        SpotId = spotId,
        ObservedAt = observedAt,
        FetchedAt = observedAt,
        TimeZoneId = "America/New_York",
        WindSpeedMps = 5,
        DirectionKind = WindDirectionKind.Missing,
        SpeedUnit = SpeedUnit.MetresPerSecond,
    };

    private static T? FindInChain<T>(Exception? exception)
        where T : Exception
    {
        while (exception is not null)
        {
            if (exception is T match)
            {
                return match;
            }

            exception = exception.InnerException;
        }

        return null;
    }
}
