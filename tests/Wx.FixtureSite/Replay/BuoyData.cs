using System.Collections.ObjectModel;
using System.Globalization;

namespace Wx.FixtureSite.Replay;

/// <summary>
/// Observations of one NDBC buoy, parsed from the NDBC realtime2 text format and sorted by time, for replay.
/// </summary>
/// <remarks>
/// The format is whitespace-separated columns under a header line such as
/// <c>#YY  MM DD hh mm WDIR WSPD GST ... PRES ATMP WTMP ...</c>, times in UTC, and <c>MM</c> for a missing
/// value. Lines starting with <c>#</c> are headers. Columns are found by their header name, so a file with
/// fewer or reordered columns still parses, and an absent column reads as missing.
/// </remarks>
public sealed class BuoyData
{
    /// <summary>The station whose recording is embedded in this assembly (NOAA buoy 44013, Boston approach).</summary>
    public const string EmbeddedStationId = "44013";

    /// <summary>Default limit on how old the current observation may be before <see cref="CurrentAt"/> reports none.</summary>
    public static readonly TimeSpan DefaultMaxObservationAge = TimeSpan.FromHours(1);

    /// <summary>Window that <see cref="LullAt"/> takes the minimum speed over, ending at the observation.</summary>
    public static readonly TimeSpan LullWindow = TimeSpan.FromMinutes(30);

    private const string EmbeddedResourceName = "Wx.FixtureSite.Data.ndbc-44013.txt";
    private static readonly string[] RequiredColumns = ["YY", "MM", "DD", "hh", "mm"];
    private static readonly Lazy<BuoyData> Embedded = new(LoadEmbeddedCore);

    private readonly BuoyRecord[] _records;
    private readonly DateTimeOffset[] _times;

    private BuoyData(string stationId, BuoyRecord[] records, TimeSpan maxObservationAge)
    {
        StationId = stationId;
        _records = records;
        _times = Array.ConvertAll(records, record => record.Time);
        Records = new ReadOnlyCollection<BuoyRecord>(records);
        MaxObservationAge = maxObservationAge;
    }

    /// <summary>NDBC station id, such as <c>44013</c>.</summary>
    public string StationId { get; }

    /// <summary>All observations, oldest first, one per observation time.</summary>
    public IReadOnlyList<BuoyRecord> Records { get; }

    /// <summary>Time of the oldest observation.</summary>
    public DateTimeOffset FirstObservation => _records[0].Time;

    /// <summary>Time of the newest observation.</summary>
    public DateTimeOffset LastObservation => _records[^1].Time;

    /// <summary>How old the latest observation with a wind speed may be for <see cref="CurrentAt"/> to return it.</summary>
    public TimeSpan MaxObservationAge { get; }

    /// <summary>
    /// Returns the embedded recording of NOAA buoy 44013: 45 days of 10-minute observations from
    /// 2022-04-21 00:00 to 2022-06-05 13:00 UTC. The file is parsed once per process.
    /// </summary>
    public static BuoyData LoadEmbedded() => Embedded.Value;

    /// <summary>Parses NDBC realtime2 text.</summary>
    /// <exception cref="FormatException">A line cannot be parsed, the header is missing, or the text holds no observation.</exception>
    public static BuoyData Parse(string text, string stationId, TimeSpan? maxObservationAge = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Parse(reader, stationId, maxObservationAge);
    }

    /// <summary>Parses NDBC realtime2 text from <paramref name="reader"/>.</summary>
    /// <remarks>When a time appears on two lines, the first line wins (NDBC lists the newest line first).</remarks>
    /// <exception cref="FormatException">A line cannot be parsed, the header is missing, or the text holds no observation.</exception>
    public static BuoyData Parse(TextReader reader, string stationId, TimeSpan? maxObservationAge = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(stationId);
        var maxAge = maxObservationAge ?? DefaultMaxObservationAge;
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAge, TimeSpan.Zero, nameof(maxObservationAge));

        Dictionary<string, int>? columns = null;
        var byTime = new Dictionary<DateTimeOffset, BuoyRecord>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                // The first header line names the columns; the second one gives their units.
                columns ??= ParseHeader(line, lineNumber);
                continue;
            }

            if (columns is null)
            {
                throw new FormatException($"Line {lineNumber}: observation before the '#YY MM DD hh mm ...' header line.");
            }

            var record = ParseLine(line, lineNumber, columns);
            byTime.TryAdd(record.Time, record);
        }

        if (byTime.Count == 0)
        {
            throw new FormatException($"The NDBC text for station {stationId} contains no observation.");
        }

        var records = byTime.Values.OrderBy(record => record.Time).ToArray();
        return new BuoyData(stationId, records, maxAge);
    }

    /// <summary>
    /// Returns the latest observation at or before <paramref name="time"/> that has a wind speed, skipping
    /// observations whose wind speed is missing. Returns null when <paramref name="time"/> is before the first
    /// observation, or when that observation is older than <see cref="MaxObservationAge"/> at
    /// <paramref name="time"/> (after the end of the recording, or in a gap).
    /// </summary>
    public BuoyRecord? CurrentAt(DateTimeOffset time)
    {
        for (var index = LastIndexAtOrBefore(time); index >= 0; index--)
        {
            var record = _records[index];
            if (time - record.Time > MaxObservationAge)
            {
                return null;
            }

            if (record.WindSpeedMps is not null)
            {
                return record;
            }
        }

        return null;
    }

    /// <summary>Returns the observations from <paramref name="from"/> to <paramref name="to"/>, both inclusive, oldest first.</summary>
    public IReadOnlyList<BuoyRecord> Between(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
        {
            return [];
        }

        var fromIndex = Array.BinarySearch(_times, from);
        var first = fromIndex >= 0 ? fromIndex : ~fromIndex;
        var last = LastIndexAtOrBefore(to);
        if (last < first)
        {
            return [];
        }

        return new ArraySegment<BuoyRecord>(_records, first, last - first + 1);
    }

    /// <summary>
    /// Returns the lowest wind speed, m/s, of the observations in the <see cref="LullWindow"/> ending at
    /// <paramref name="current"/> (later than 30 minutes before it, up to and including it). With 10-minute
    /// observations that is the current one and the two before it. NDBC reports no lull, so the fixture
    /// derives it this way. Returns null when no observation in the window has a wind speed.
    /// </summary>
    public double? LullAt(BuoyRecord current)
    {
        ArgumentNullException.ThrowIfNull(current);

        double? lull = null;
        for (var index = LastIndexAtOrBefore(current.Time); index >= 0; index--)
        {
            var record = _records[index];
            if (current.Time - record.Time >= LullWindow)
            {
                break;
            }

            if (record.WindSpeedMps is { } speed && (lull is null || speed < lull))
            {
                lull = speed;
            }
        }

        return lull;
    }

    /// <summary>Returns the index of the last observation at or before <paramref name="time"/>, or -1.</summary>
    private int LastIndexAtOrBefore(DateTimeOffset time)
    {
        var index = Array.BinarySearch(_times, time);
        return index >= 0 ? index : ~index - 1;
    }

    private static BuoyData LoadEmbeddedCore()
    {
        using var stream = typeof(BuoyData).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {EmbeddedResourceName} is missing from {typeof(BuoyData).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader, EmbeddedStationId);
    }

    private static Dictionary<string, int> ParseHeader(string line, int lineNumber)
    {
        var names = line.TrimStart('#').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < names.Length; index++)
        {
            columns.TryAdd(names[index], index);
        }

        var missing = RequiredColumns.Where(name => !columns.ContainsKey(name)).ToArray();
        if (missing.Length > 0)
        {
            throw new FormatException($"Line {lineNumber}: the header line lacks the column(s) {string.Join(", ", missing)}.");
        }

        return columns;
    }

    private static BuoyRecord ParseLine(string line, int lineNumber, Dictionary<string, int> columns)
    {
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < columns.Count)
        {
            throw new FormatException($"Line {lineNumber}: {fields.Length} fields, expected {columns.Count} as in the header.");
        }

        DateTimeOffset time;
        try
        {
            time = new DateTimeOffset(
                ParseInteger(fields, columns, "YY", lineNumber),
                ParseInteger(fields, columns, "MM", lineNumber),
                ParseInteger(fields, columns, "DD", lineNumber),
                ParseInteger(fields, columns, "hh", lineNumber),
                ParseInteger(fields, columns, "mm", lineNumber),
                0,
                TimeSpan.Zero);
        }
        catch (ArgumentOutOfRangeException exception)
        {
            throw new FormatException($"Line {lineNumber}: the date and time are not a valid UTC time.", exception);
        }

        var direction = ParseOptional(fields, columns, "WDIR", lineNumber);
        return new BuoyRecord(
            time,
            direction is null ? null : (int)Math.Round(direction.Value, MidpointRounding.AwayFromZero),
            ParseOptional(fields, columns, "WSPD", lineNumber),
            ParseOptional(fields, columns, "GST", lineNumber),
            ParseOptional(fields, columns, "PRES", lineNumber),
            ParseOptional(fields, columns, "ATMP", lineNumber),
            ParseOptional(fields, columns, "WTMP", lineNumber));
    }

    private static int ParseInteger(string[] fields, Dictionary<string, int> columns, string column, int lineNumber)
    {
        var text = fields[columns[column]];
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"Line {lineNumber}: column {column} is '{text}', expected an unsigned integer.");
        }

        return value;
    }

    /// <summary>Parses a value column; null when the file lacks the column or the value is MM.</summary>
    private static double? ParseOptional(string[] fields, Dictionary<string, int> columns, string column, int lineNumber)
    {
        if (!columns.TryGetValue(column, out var index))
        {
            return null;
        }

        var text = fields[index];
        if (text == "MM")
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new FormatException($"Line {lineNumber}: column {column} is '{text}', expected a number or MM.");
        }

        return value;
    }
}
