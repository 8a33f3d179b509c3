using System.Threading.Channels;
using Wx.Contracts;

namespace Wx.Service;

/// <summary>
/// Publishes every new reading stored by this process to its subscribers (the live view, the API's live stream
/// and webhooks). A slow subscriber loses its oldest unread readings rather than holding up the service.
/// </summary>
public sealed class ReadingFeed
{
    private readonly Lock _lock = new();
    private readonly List<Channel<ReadingView>> _subscribers = [];

    /// <summary>Readings published after the call, until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async IAsyncEnumerable<ReadingView> SubscribeAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<ReadingView>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_lock)
        {
            _subscribers.Add(channel);
        }

        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out var reading))
                {
                    yield return reading;
                }
            }
        }
        finally
        {
            lock (_lock)
            {
                _subscribers.Remove(channel);
            }
        }
    }

    public void Publish(ReadingView reading)
    {
        lock (_lock)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(reading);
            }
        }
    }
}
