using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Wx.FixtureSite;

/// <summary>
/// Server-side login sessions, keyed by the random token in the <c>fixture_auth</c> cookie. Session age is
/// measured on the site's inner <see cref="TimeProvider"/> (<see cref="FixtureSiteOptions.TimeProvider"/>),
/// not on the replay clock, so a frozen replay clock does not stop sessions from expiring.
/// </summary>
public sealed class FixtureSessions
{
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);

    internal FixtureSessions(TimeProvider time, TimeSpan? lifetime)
    {
        _time = time;
        Lifetime = lifetime;
    }

    /// <summary>How long a session stays valid after login; null for no limit.</summary>
    public TimeSpan? Lifetime { get; }

    /// <summary>Number of sessions that are still valid.</summary>
    public int ActiveCount
    {
        get
        {
            var now = _time.GetUtcNow();
            return _sessions.Values.Count(session => !IsExpired(session, now));
        }
    }

    /// <summary>Ends every session, as if the server had restarted; the next page request shows the login form.</summary>
    public void ExpireAll() => _sessions.Clear();

    internal string Create(string userName)
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        _sessions[token] = new Session(userName, _time.GetUtcNow());
        return token;
    }

    internal bool TryGetUser(string? token, [NotNullWhen(true)] out string? userName)
    {
        userName = null;
        if (string.IsNullOrEmpty(token) || !_sessions.TryGetValue(token, out var session))
        {
            return false;
        }

        if (IsExpired(session, _time.GetUtcNow()))
        {
            _sessions.TryRemove(token, out _);
            return false;
        }

        userName = session.UserName;
        return true;
    }

    internal void Remove(string? token)
    {
        if (!string.IsNullOrEmpty(token))
        {
            _sessions.TryRemove(token, out _);
        }
    }

    private bool IsExpired(Session session, DateTimeOffset now) => Lifetime is { } lifetime && now - session.CreatedAt >= lifetime;

    private sealed record Session(string UserName, DateTimeOffset CreatedAt);
}
