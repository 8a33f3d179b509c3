namespace Wx.Core.Units;

/// <summary>Raised for a unit name that wx does not know.</summary>
public sealed class UnknownUnitException : FormatException
{
    public UnknownUnitException(string value, string quantity, string accepted)
        : base($"Unknown {quantity} unit '{value}': expected {accepted}.")
    {
        Value = value;
        Quantity = quantity;
        Accepted = accepted;
    }

    /// <summary>The rejected unit text.</summary>
    public string Value { get; }

    /// <summary>The quantity the unit was meant for: speed, temperature or pressure.</summary>
    public string Quantity { get; }

    /// <summary>The accepted spellings, for the message.</summary>
    public string Accepted { get; }
}
