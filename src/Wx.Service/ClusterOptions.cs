namespace Wx.Service;

/// <summary>How the scraper processes find each other, from the configuration section <c>Cluster</c>.</summary>
public sealed class WxClusterOptions
{
    public const string SectionName = "Cluster";

    /// <summary><c>Localhost</c> (the default: one process, nothing shared) or <c>Redis</c> (several processes).</summary>
    public string Provider { get; set; } = "Localhost";

    /// <summary>StackExchange.Redis connection string of the membership store, for the Redis provider.</summary>
    public string? RedisConnectionString { get; set; }

    /// <summary>Port for traffic between processes; 0 picks a free port.</summary>
    public int SiloPort { get; set; }

    /// <summary>Port for Orleans clients such as the API; 0 picks a free port.</summary>
    public int GatewayPort { get; set; }

    /// <summary>Cluster name; processes with the same name and store form one cluster. Default <c>wx</c>.</summary>
    public string ClusterId { get; set; } = "wx";
}
