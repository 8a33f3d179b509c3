namespace Wx.FixtureSite.Endpoints;

/// <summary>Raised for an invalid control request parameter; the endpoint answers 400 with the message.</summary>
internal sealed class ControlRequestException(string message) : Exception(message);
