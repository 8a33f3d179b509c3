namespace Wx.Core.Readings;

/// <summary>
/// Text of each field as a spot page showed it, before parsing. Null means the element was absent;
/// an empty string means it was present but empty.
/// </summary>
public sealed record SpotPageText
{
    public string? Title { get; init; }

    public string? ObservedAt { get; init; }

    public string? Wind { get; init; }

    public string? Gust { get; init; }

    public string? Lull { get; init; }

    public string? AirTemperature { get; init; }

    public string? Pressure { get; init; }
}
