namespace Wx.Core.Parsing;

/// <summary>An observation time resolved from page text to an instant.</summary>
/// <param name="Utc">The instant, with offset zero.</param>
/// <param name="LocalTime">The local wall-clock time the page showed, with the year it was resolved to.</param>
/// <param name="WasAmbiguous">True when the local time occurred twice because clocks went back.</param>
public readonly record struct ResolvedObservationTime(DateTimeOffset Utc, DateTime LocalTime, bool WasAmbiguous);
