using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Wx.FixtureSite.Display;
using Wx.FixtureSite.Endpoints;
using Wx.FixtureSite.Hosting;
using Wx.FixtureSite.Replay;

namespace Wx.FixtureSite;

/// <summary>
/// A running fixture site: spot pages shaped like WeatherFlow's (iKitesurf, iWindsurf) that replay NOAA buoy
/// observations, with a login, display units from cookies and fault switches for tests. It listens on
/// 127.0.0.1 only. Dispose it to stop the server.
/// </summary>
public sealed class FixtureSite : IAsyncDisposable
{
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(5);

    private readonly WebApplication _app;
    private readonly FixtureSiteState _state;
    private int _disposed;

    private FixtureSite(WebApplication app, FixtureSiteState state, Uri baseUrl)
    {
        _app = app;
        _state = state;
        BaseUrl = baseUrl;
    }

    /// <summary>Root URL of the site, such as <c>http://127.0.0.1:41234/</c>, with a trailing slash.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Replay clock: which buoy observation the pages show.</summary>
    public FixtureClock Clock => _state.Clock;

    /// <summary>Fault switches per spot.</summary>
    public FixtureFaults Faults => _state.Faults;

    /// <summary>Login sessions.</summary>
    public FixtureSessions Sessions => _state.Sessions;

    /// <summary>Request counts.</summary>
    public FixtureRequestCounters Counters => _state.Counters;

    /// <summary>Spot catalogue and display overrides.</summary>
    public FixtureSpotCatalog Spots => _state.Spots;

    /// <summary>Buoy observations being replayed, so tests can compute the reading expected at a clock time.</summary>
    public BuoyData Data => _state.Data;

    /// <summary>The options the site was started with.</summary>
    public FixtureSiteOptions Options => _state.Options;

    /// <summary>Starts a site on 127.0.0.1 and returns once it accepts connections.</summary>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    /// <exception cref="IOException">The port is in use.</exception>
    public static async Task<FixtureSite> StartAsync(FixtureSiteOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new FixtureSiteOptions();
        Validate(options);
        var state = new FixtureSiteState(
            options,
            options.Data ?? BuoyData.LoadEmbedded(),
            new FixtureSpotCatalog(options.Spots ?? FixtureSpotCatalog.DefaultSpots));

        var app = Build(state);
        try
        {
            await app.StartAsync(cancellationToken);
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
                ?? throw new InvalidOperationException("Kestrel did not report its listening address.");
            var address = addresses.Addresses.Single();
            return new FixtureSite(app, state, new Uri(address.TrimEnd('/') + "/"));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Returns the URL of the page of spot <paramref name="spotId"/>.</summary>
    public Uri SpotUrl(string spotId) => new(BaseUrl, "spot/" + Uri.EscapeDataString(spotId));

    /// <summary>Stops the server. Hanging and delayed requests end with 503 at once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private static WebApplication Build(FixtureSiteState state)
    {
        // The empty builder reads no configuration files or environment variables, so nothing can add
        // another listening address (such as ASPNETCORE_URLS) to the explicit 127.0.0.1 binding below.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(FixtureSite).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, state.Options.Port);
        });

        builder.Logging.SetMinimumLevel(state.Options.MinimumLogLevel);
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);

        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton(state);
        builder.Services.AddSingleton<SpotConditions>();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout);

        var app = builder.Build();
        SiteEndpoints.Map(app);
        return app;
    }

    private static void Validate(FixtureSiteOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, IPEndPoint.MaxPort, nameof(options));
        ArgumentException.ThrowIfNullOrEmpty(options.UserName, nameof(options));
        ArgumentException.ThrowIfNullOrEmpty(options.Password, nameof(options));
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RenderDelay, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.SpinDelay, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.GraphWindow, TimeSpan.Zero, nameof(options));
        if (!(options.ClockRate > 0 && options.ClockRate <= FixtureClock.MaxRate))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ClockRate, $"ClockRate must be above 0 and at most {FixtureClock.MaxRate}.");
        }
        if (options.SessionLifetime is { } lifetime)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero, nameof(options));
        }
    }
}
