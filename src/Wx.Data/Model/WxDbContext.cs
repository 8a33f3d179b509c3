using Microsoft.EntityFrameworkCore;
using Wx.Core.Spots;
using Wx.Core.Units;
using Wx.Core.Wind;
using Wx.Data.Entities;

namespace Wx.Data.Model;

/// <summary>
/// The wx database model, shared by the SQLite and PostgreSQL contexts. Each provider has its own
/// subclass because each has its own migrations.
/// </summary>
public abstract class WxDbContext : DbContext
{
    private const int EnumColumnLength = 32;

    protected WxDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<SpotEntity> Spots => Set<SpotEntity>();

    public DbSet<ObservationEntity> Observations => Set<ObservationEntity>();

    public DbSet<CaptureEntity> Captures => Set<CaptureEntity>();

    public DbSet<WatchedSpotEntity> WatchedSpots => Set<WatchedSpotEntity>();

    public DbSet<SiteSessionEntity> SiteSessions => Set<SiteSessionEntity>();

    /// <summary>Returns true when <paramref name="exception"/> comes from a unique index or primary key.</summary>
    internal abstract bool IsUniqueViolation(DbUpdateException exception);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Enums are stored by name so that the database reads on its own and reordering members is safe.
        configurationBuilder.Properties<SpotStatus>().HaveConversion<string>().HaveMaxLength(EnumColumnLength);
        configurationBuilder.Properties<CaptureKind>().HaveConversion<string>().HaveMaxLength(EnumColumnLength);
        configurationBuilder.Properties<WindDirectionKind>().HaveConversion<string>().HaveMaxLength(EnumColumnLength);
        configurationBuilder.Properties<SpeedUnit>().HaveConversion<string>().HaveMaxLength(EnumColumnLength);
        configurationBuilder.Properties<TemperatureUnit>().HaveConversion<string>().HaveMaxLength(EnumColumnLength);
        configurationBuilder.Properties<PressureUnit>().HaveConversion<string>().HaveMaxLength(EnumColumnLength);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        ConfigureSpots(modelBuilder);
        ConfigureObservations(modelBuilder);
        ConfigureCaptures(modelBuilder);
        ConfigureWatchedSpots(modelBuilder);
        ConfigureSiteSessions(modelBuilder);
        UseUtcConverters(modelBuilder);
    }

    private static void ConfigureSpots(ModelBuilder modelBuilder)
    {
        var spot = modelBuilder.Entity<SpotEntity>();
        spot.ToTable("spots");
        spot.HasKey(s => s.Id);
        spot.Property(s => s.Site).HasMaxLength(SpotKey.MaxSiteLength);
        spot.Property(s => s.SpotId).HasMaxLength(SpotKey.MaxSpotIdLength);
        spot.Property(s => s.Title).HasMaxLength(SpotEntity.MaxTitleLength);
        spot.Property(s => s.TimeZoneId).HasMaxLength(ObservationEntity.MaxTimeZoneIdLength);
        spot.Property(s => s.LastError).HasMaxLength(SpotEntity.MaxErrorLength);
        spot.HasIndex(s => new { s.Site, s.SpotId }).IsUnique();
    }

    private static void ConfigureObservations(ModelBuilder modelBuilder)
    {
        var observation = modelBuilder.Entity<ObservationEntity>();
        observation.ToTable("observations");
        observation.HasKey(o => o.Id);
        observation.HasOne(o => o.Spot).WithMany().HasForeignKey(o => o.SpotId).OnDelete(DeleteBehavior.Cascade);
        observation.HasOne(o => o.GaugeCapture).WithMany().HasForeignKey(o => o.GaugeCaptureId).OnDelete(DeleteBehavior.SetNull);
        observation.HasOne(o => o.GraphCapture).WithMany().HasForeignKey(o => o.GraphCaptureId).OnDelete(DeleteBehavior.SetNull);
        observation.Property(o => o.TimeZoneId).HasMaxLength(ObservationEntity.MaxTimeZoneIdLength);
        observation.Property(o => o.TitleText).HasMaxLength(ObservationEntity.MaxRawTextLength);
        observation.Property(o => o.ObservedAtText).HasMaxLength(ObservationEntity.MaxRawTextLength);
        observation.Property(o => o.WindText).HasMaxLength(ObservationEntity.MaxRawTextLength);
        observation.Property(o => o.GustText).HasMaxLength(ObservationEntity.MaxRawTextLength);
        observation.Property(o => o.LullText).HasMaxLength(ObservationEntity.MaxRawTextLength);
        observation.Property(o => o.AirTemperatureText).HasMaxLength(ObservationEntity.MaxRawTextLength);
        observation.Property(o => o.PressureText).HasMaxLength(ObservationEntity.MaxRawTextLength);
        observation.Property(o => o.PageUrl).HasMaxLength(ObservationEntity.MaxPageUrlLength);
        observation.HasIndex(o => new { o.SpotId, o.ObservedAt }).IsUnique();
    }

    private static void ConfigureCaptures(ModelBuilder modelBuilder)
    {
        var capture = modelBuilder.Entity<CaptureEntity>();
        capture.ToTable("captures");
        capture.HasKey(c => c.Id);
        capture.HasOne(c => c.Spot).WithMany().HasForeignKey(c => c.SpotId).OnDelete(DeleteBehavior.Cascade);
        capture.Property(c => c.ContentHash).HasMaxLength(CaptureEntity.ContentHashLength).IsFixedLength();
        capture.HasIndex(c => new { c.SpotId, c.Kind, c.ContentHash }).IsUnique();
    }

    private static void ConfigureWatchedSpots(ModelBuilder modelBuilder)
    {
        var watched = modelBuilder.Entity<WatchedSpotEntity>();
        watched.ToTable("watched_spots");
        watched.HasKey(w => w.Id);
        watched.HasOne(w => w.Spot).WithMany().HasForeignKey(w => w.SpotId).OnDelete(DeleteBehavior.Cascade);
        watched.Property(w => w.ReaderId).HasMaxLength(WatchedSpotEntity.MaxReaderIdLength);
        watched.HasIndex(w => new { w.SpotId, w.ReaderId }).IsUnique();
        watched.HasIndex(w => w.LastReadAt);
    }

    private static void ConfigureSiteSessions(ModelBuilder modelBuilder)
    {
        var session = modelBuilder.Entity<SiteSessionEntity>();
        session.ToTable("site_sessions");
        session.HasKey(s => s.Site);
        session.Property(s => s.Site).HasMaxLength(SpotKey.MaxSiteLength);
        session.Property(s => s.UserName).HasMaxLength(SiteSessionEntity.MaxUserNameLength);
    }

    /// <summary>Puts a <see cref="UtcDateTimeConverter"/> on every DateTime property, named for its error message.</summary>
    private static void UseUtcConverters(ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entityType.GetProperties())
            {
                if (property.ClrType == typeof(DateTime) || property.ClrType == typeof(DateTime?))
                {
                    property.SetValueConverter(new UtcDateTimeConverter($"{entityType.ClrType.Name}.{property.Name}"));
                }
            }
        }
    }
}
