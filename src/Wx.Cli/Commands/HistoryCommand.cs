using System.ComponentModel;
using System.Globalization;
using System.Text.Json.Nodes;
using Spectre.Console;
using Spectre.Console.Cli;
using Wx.Cli.Infrastructure;
using Wx.Cli.Output;
using Wx.Contracts;
using Wx.Core.Units;

namespace Wx.Cli.Commands;

public sealed class HistorySettings : GlobalSettings
{
    [CommandArgument(0, "<SPOT>")]
    [Description("Spot id such as 1786 (on the default site) or site/spot such as fixture/1786.")]
    public string Spot { get; init; } = string.Empty;

    [CommandOption("--since <DURATION>")]
    [Description("How far back to list readings, such as 30m, 6h or 2d. Default: 6h.")]
    [DefaultValue("6h")]
    public string Since { get; init; } = "6h";

    [CommandOption("--format <FORMAT>")]
    [Description("Output format: table, csv or json. Default: table.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    [CommandOption("-u|--units <UNIT>")]
    [Description("Speed unit: kt, mph, kmh or ms. Default: kt.")]
    [DefaultValue("kt")]
    public string Units { get; init; } = "kt";

    public override ValidationResult Validate()
    {
        var result = base.Validate();
        if (!result.Successful)
        {
            return result;
        }

        if (Format.ToUpperInvariant() is not ("TABLE" or "CSV" or "JSON"))
        {
            return ValidationResult.Error($"Invalid format '{Format}' for --format: use table, csv or json.");
        }

        try
        {
            Durations.Parse(Since, "--since");
            SpeedUnitOption.Parse(Units);
        }
        catch (FormatException exception)
        {
            return ValidationResult.Error(exception.Message);
        }

        return SpotArguments.Validate(Spot);
    }
}

/// <summary><c>wx history</c>: prints the stored readings of a spot, oldest first. Only the database is opened.</summary>
public sealed class HistoryCommand : AsyncCommand<HistorySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, HistorySettings settings, CancellationToken cancellationToken)
    {
        var configuration = CliConfiguration.Build(settings);
        var spot = SpotArguments.Parse(settings.Spot, CliConfiguration.DefaultSite(configuration));
        var unit = SpeedUnitOption.Parse(settings.Units);
        var since = Durations.Parse(settings.Since, "--since");

        await using var data = await DataLayer.OpenAsync(configuration, settings.Verbose, cancellationToken);
        var stored = await data.Store.GetHistoryAsync(spot, data.Time.GetUtcNow() - since, null, cancellationToken);
        IReadOnlyList<ReadingView> readings = [.. stored.Select(ReadingView.From)];
        switch (settings.Format.ToUpperInvariant())
        {
            case "CSV":
                WriteCsv(readings, unit, Console.Out);
                break;
            case "JSON":
                var array = new JsonArray([.. readings.Select(reading => (JsonNode)ReadingJson.ToJson(reading, unit))]);
                Console.Out.WriteLine(array.ToJsonString(ReadingJson.Indented));
                break;
            default:
                WriteTable(readings, unit, spot.ToString());
                break;
        }

        return ExitCodes.Ok;
    }

    /// <summary>Writes RFC 4180 CSV with a header line; speeds are rounded in <paramref name="unit"/>.</summary>
    public static void WriteCsv(IEnumerable<ReadingView> readings, SpeedUnit unit, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(readings);
        ArgumentNullException.ThrowIfNull(output);
        var symbol = UnitNames.Symbol(unit);
        output.WriteLine("observed_utc,spot,speed,gust,lull,unit,direction_degrees,compass_point,air_temperature_c,pressure_hpa");
        foreach (var reading in readings)
        {
            var direction = reading.Direction;
            var fields = new[]
            {
                reading.ObservedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                reading.Spot.ToString(),
                ReadingText.Number(reading.WindSpeedMps, unit),
                Empty(ReadingText.Number(reading.GustMps, unit)),
                Empty(ReadingText.Number(reading.LullMps, unit)),
                symbol,
                direction.Degrees?.ToString("0", CultureInfo.InvariantCulture) ?? string.Empty,
                direction.CompassPoint ?? direction.Kind.ToString().ToLowerInvariant(),
                reading.AirTemperatureC?.ToString("0.0", CultureInfo.InvariantCulture) ?? string.Empty,
                reading.PressureHpa?.ToString("0.0", CultureInfo.InvariantCulture) ?? string.Empty,
            };
            output.WriteLine(string.Join(',', fields.Select(Quote)));
        }
    }

    private static string Empty(string number) => number == "-" ? string.Empty : number;

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    private static void WriteTable(IReadOnlyList<ReadingView> readings, SpeedUnit unit, string spot)
    {
        if (readings.Count == 0)
        {
            AnsiConsole.MarkupLine($"No stored readings of {Markup.Escape(spot)} in that time. 'wx show {Markup.Escape(spot)}' reads it now.");
            return;
        }

        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("Observed (local)");
        table.AddColumn(new TableColumn($"Wind {UnitNames.Symbol(unit)}").RightAligned());
        table.AddColumn(new TableColumn("Gust").RightAligned());
        table.AddColumn(new TableColumn("Lull").RightAligned());
        table.AddColumn("Direction");
        foreach (var reading in readings)
        {
            table.AddRow(
                Markup.Escape(ReadingText.LocalTime(reading).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
                ReadingText.Number(reading.WindSpeedMps, unit),
                ReadingText.Number(reading.GustMps, unit),
                ReadingText.Number(reading.LullMps, unit),
                Markup.Escape($"{ReadingText.Arrow(reading.Direction)} {ReadingText.Direction(reading.Direction)}".Trim()));
        }

        AnsiConsole.Write(table);
    }
}
