using System.Globalization;
using System.Text.Json;

namespace Wx.FixtureSite.Endpoints;

/// <summary>
/// Named parameters of a control request, from the query string and from a form or flat JSON object body.
/// A body value wins over a query value of the same name; names are case-insensitive.
/// </summary>
internal sealed class ControlParameters
{
    private readonly Dictionary<string, string> _values;

    private ControlParameters(Dictionary<string, string> values)
    {
        _values = values;
    }

    public static async Task<ControlParameters> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in request.Query)
        {
            values[name] = value.ToString();
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            foreach (var (name, value) in form)
            {
                values[name] = value.ToString();
            }
        }
        else if (request.HasJsonContentType())
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ControlRequestException("The JSON body must be an object such as {\"utc\": \"2022-05-20T15:00:00Z\"}.");
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                values[property.Name] = property.Value.ValueKind == JsonValueKind.String
                    ? property.Value.GetString() ?? string.Empty
                    : property.Value.GetRawText();
            }
        }

        return new ControlParameters(values);
    }

    public string? GetString(string name) => _values.TryGetValue(name, out var value) ? value : null;

    /// <exception cref="ControlRequestException">The value is not true, false, 1 or 0.</exception>
    public bool GetBoolean(string name) => GetString(name)?.Trim().ToUpperInvariant() switch
    {
        null or "" or "FALSE" or "0" => false,
        "TRUE" or "1" => true,
        var other => throw new ControlRequestException($"Parameter {name} is '{other}', expected true or false."),
    };

    /// <exception cref="ControlRequestException">The value is not a whole number of milliseconds from 0 to <paramref name="maximum"/>.</exception>
    public TimeSpan GetMilliseconds(string name, TimeSpan maximum)
    {
        var text = GetString(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return TimeSpan.Zero;
        }

        var maximumMilliseconds = (long)maximum.TotalMilliseconds;
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds) || milliseconds > maximumMilliseconds)
        {
            throw new ControlRequestException(string.Create(
                CultureInfo.InvariantCulture,
                $"Parameter {name} is '{text}', expected a whole number of milliseconds from 0 to {maximumMilliseconds}."));
        }

        return TimeSpan.FromMilliseconds(milliseconds);
    }
}
