namespace Wx.Data.Configuration;

/// <summary>Raised when the <c>Data</c> configuration section has an invalid or missing value.</summary>
public sealed class InvalidDataOptionsException : Exception
{
    public InvalidDataOptionsException(string message)
        : base(message)
    {
    }
}
