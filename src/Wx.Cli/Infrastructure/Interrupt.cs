using System.Runtime.InteropServices;

namespace Wx.Cli.Infrastructure;

/// <summary>
/// Turns the first Ctrl+C, SIGTERM or SIGHUP into a cancellation, so commands stop the service and its browser
/// cleanly. A second signal ends the process at once.
/// </summary>
public sealed class Interrupt : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration[] _registrations;

    public Interrupt()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle),
            PosixSignalRegistration.Create(PosixSignal.SIGHUP, Handle),
        ];
    }

    public CancellationToken Token => _source.Token;

    public bool IsRequested => _source.IsCancellationRequested;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _source.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        if (_source.IsCancellationRequested)
        {
            return;
        }

        context.Cancel = true;
        _source.Cancel();
    }
}
