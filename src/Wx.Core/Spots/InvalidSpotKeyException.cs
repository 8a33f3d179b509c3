namespace Wx.Core.Spots;

/// <summary>Raised for a site or spot id that is empty, too long or has characters outside its set.</summary>
public sealed class InvalidSpotKeyException : FormatException
{
    public InvalidSpotKeyException(string value, string problem)
        : base($"Invalid spot '{value}': {problem}.")
    {
        Value = value;
        Problem = problem;
    }

    /// <summary>The text that was rejected.</summary>
    public string Value { get; }

    /// <summary>What the value breaks, as a sentence fragment.</summary>
    public string Problem { get; }
}
