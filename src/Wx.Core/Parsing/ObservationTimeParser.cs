using System.Globalization;
using System.Text.RegularExpressions;

namespace Wx.Core.Parsing;

/// <summary>
/// Resolves observation times that pages show without a year, such as <c>4 Dec 3:25pm</c>, in the spot's
/// time zone.
/// </summary>
/// <remarks>
/// Of the candidate years now−1, now and now+1 (in the spot's zone) the latest instant that is not later than
/// now plus <see cref="ClockSkew"/> wins. A local time that the zone skipped (clocks went forward) is an
/// error, never moved. A local time that occurred twice (clocks went back) resolves to the last stored
/// reading when it matches one of the two instants, else to the latest instant after the last stored reading,
/// else to the latest instant allowed.
/// </remarks>
public static partial class ObservationTimeParser
{
    private const string Field = "observation time";
    private const string Expected = "a day, month and time such as '4 Dec 3:25pm'";

    /// <summary>How far a page's clock may run ahead of ours before its time is taken as last year's.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(15);

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames;
    private static readonly string[] FullMonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    /// <summary>Resolves <paramref name="text"/> against the current time of <paramref name="clock"/>.</summary>
    /// <exception cref="PageTextFormatException">The text is not a time, names a date that does not exist, or a skipped local time.</exception>
    public static ResolvedObservationTime Parse(string? text, TimeZoneInfo zone, TimeProvider clock, DateTimeOffset? lastObserved = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Parse(text, zone, clock.GetUtcNow(), lastObserved);
    }

    /// <summary>Resolves <paramref name="text"/> as seen at <paramref name="now"/>.</summary>
    /// <param name="text">The page text, such as <c>4 Dec 3:25pm</c>.</param>
    /// <param name="zone">The spot's time zone.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="lastObserved">The last stored observation time of this spot, if any, to resolve a repeated hour.</param>
    /// <exception cref="PageTextFormatException">The text is not a time, names a date that does not exist, or a skipped local time.</exception>
    public static ResolvedObservationTime Parse(string? text, TimeZoneInfo zone, DateTimeOffset now, DateTimeOffset? lastObserved = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var (month, day, hour, minute) = ParseParts(text);

        var limit = now + ClockSkew;
        var nowLocalYear = TimeZoneInfo.ConvertTime(now, zone).Year;
        YearCandidate? chosen = null;
        foreach (var year in new[] { nowLocalYear + 1, nowLocalYear, nowLocalYear - 1 })
        {
            if (day > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            var candidate = YearCandidate.Create(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified), zone);
            if (candidate.Earliest <= limit)
            {
                chosen = candidate;
                break;
            }
        }

        if (chosen is null)
        {
            // Only 29 Feb with no leap year among the candidates gets here.
            throw new PageTextFormatException(Field, text, "a date that exists in the last or current year");
        }

        if (chosen.Instants.Length == 0)
        {
            throw new PageTextFormatException(
                Field,
                text,
                $"a local time that exists in {zone.Id}; {chosen.Local:d MMM yyyy h:mm tt} was skipped when clocks went forward");
        }

        if (chosen.Instants.Length == 1)
        {
            return new ResolvedObservationTime(chosen.Instants[0], chosen.Local, WasAmbiguous: false);
        }

        return new ResolvedObservationTime(ResolveRepeatedHour(chosen.Instants, limit, lastObserved), chosen.Local, WasAmbiguous: true);
    }

    private static DateTimeOffset ResolveRepeatedHour(DateTimeOffset[] instants, DateTimeOffset limit, DateTimeOffset? lastObserved)
    {
        var allowed = instants.Where(instant => instant <= limit).ToArray();
        if (allowed.Length == 0)
        {
            allowed = [instants.Min()];
        }

        if (lastObserved is { } last)
        {
            // The page still shows the reading already stored: keep its instant rather than inventing a new one.
            if (allowed.Contains(last))
            {
                return last;
            }

            var later = allowed.Where(instant => instant > last).ToArray();
            if (later.Length > 0)
            {
                return later.Max();
            }
        }

        return allowed.Max();
    }

    private static (int Month, int Day, int Hour, int Minute) ParseParts(string? text)
    {
        var match = text is null ? Match.Empty : TimePattern().Match(text.Trim());
        if (!match.Success)
        {
            throw new PageTextFormatException(Field, text, Expected);
        }

        var monthText = match.Groups["month"].Value;
        var month = 1 + Array.FindIndex(MonthNames, name => name.Length > 0 && name.Equals(monthText, StringComparison.OrdinalIgnoreCase));
        if (month == 0)
        {
            month = 1 + Array.FindIndex(FullMonthNames, name => name.Length > 0 && name.Equals(monthText, StringComparison.OrdinalIgnoreCase));
        }

        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var hour12 = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture);
        if (month == 0 || day is < 1 or > 31 || hour12 is < 1 or > 12 || minute > 59)
        {
            throw new PageTextFormatException(Field, text, Expected);
        }

        if (day > DateTime.DaysInMonth(2024, month))
        {
            throw new PageTextFormatException(Field, text, "a day that exists in its month");
        }

        var isPm = char.ToLowerInvariant(match.Groups["meridiem"].Value[0]) == 'p';
        var hour = hour12 % 12 + (isPm ? 12 : 0);
        return (month, day, hour, minute);
    }

    [GeneratedRegex(@"^(?<day>\d{1,2})\s+(?<month>[A-Za-z]{3,9})\.?,?\s+(?<hour>\d{1,2}):(?<minute>\d{2})\s*(?<meridiem>[AaPp])\.?[Mm]\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    /// <summary>The instants a local time maps to in one candidate year: none (skipped), one, or two (repeated).</summary>
    private sealed record YearCandidate(DateTime Local, DateTimeOffset[] Instants, DateTimeOffset Earliest)
    {
        public static YearCandidate Create(DateTime local, TimeZoneInfo zone)
        {
            if (zone.IsInvalidTime(local))
            {
                // Order skipped times by the standard offset, so the year choice does not depend on the gap.
                var approximate = new DateTimeOffset(local, zone.BaseUtcOffset).ToUniversalTime();
                return new YearCandidate(local, [], approximate);
            }

            var offsets = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local) : [zone.GetUtcOffset(local)];
            var instants = offsets
                .Select(offset => new DateTimeOffset(local, offset).ToUniversalTime())
                .Distinct()
                .Order()
                .ToArray();
            return new YearCandidate(local, instants, instants[0]);
        }
    }
}
