using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Wx.Data.Model;

/// <summary>
/// Stores a <see cref="DateTime"/> as UTC. Writing a value whose <see cref="DateTime.Kind"/> is not
/// <see cref="DateTimeKind.Utc"/> throws, because its instant would be a guess; read values get Kind Utc.
/// </summary>
internal sealed class UtcDateTimeConverter : ValueConverter<DateTime, DateTime>
{
    public UtcDateTimeConverter(string propertyName)
        : base(value => RequireUtc(value, propertyName), value => DateTime.SpecifyKind(value, DateTimeKind.Utc))
    {
    }

    /// <summary>Returns <paramref name="value"/> when its Kind is Utc.</summary>
    /// <exception cref="ArgumentException">The Kind is Local or Unspecified.</exception>
    public static DateTime RequireUtc(DateTime value, string propertyName) =>
        value.Kind == DateTimeKind.Utc
            ? value
            : throw new ArgumentException(
                $"{propertyName} must be a UTC DateTime, but its Kind is {value.Kind}: convert it with ToUniversalTime() or build it with DateTimeKind.Utc.",
                nameof(value));
}
