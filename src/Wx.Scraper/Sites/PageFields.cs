namespace Wx.Scraper.Sites;

/// <summary>The fields of a spot page that make a reading.</summary>
public sealed class PageFields
{
    public FieldSelector? Title { get; set; }

    public FieldSelector ObservedAt { get; set; } = new();

    public FieldSelector Wind { get; set; } = new();

    public FieldSelector? Gust { get; set; }

    public FieldSelector? Lull { get; set; }

    public FieldSelector? AirTemperature { get; set; }

    public FieldSelector? Pressure { get; set; }

    /// <summary>Returns each configured field with its name as used in errors and in the page script.</summary>
    public IEnumerable<(string Name, FieldSelector Selector)> Enumerate()
    {
        if (Title is not null)
        {
            yield return ("title", Title);
        }

        yield return ("observedAt", ObservedAt);
        yield return ("wind", Wind);
        if (Gust is not null)
        {
            yield return ("gust", Gust);
        }

        if (Lull is not null)
        {
            yield return ("lull", Lull);
        }

        if (AirTemperature is not null)
        {
            yield return ("airTemperature", AirTemperature);
        }

        if (Pressure is not null)
        {
            yield return ("pressure", Pressure);
        }
    }
}
