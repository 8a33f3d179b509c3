using Microsoft.Extensions.Options;
using Wx.Contracts;

namespace Wx.Service;

/// <summary>Whose work waits for the browser.</summary>
public enum GatePriority
{
    /// <summary>A rider waits for it: runs before any background refresh.</summary>
    OnDemand,

    /// <summary>A scheduled refresh.</summary>
    Background,
}

/// <summary>
/// Decides which browser task runs next in this process: on-demand work before background refreshes, a queued
/// refresh promoted when someone requests that spot, exclusive work (log in, browser reset) alone, and at most
/// <see cref="ServiceOptions.MaxConcurrentReads"/> page reads at once. Its status is read without waiting.
/// </summary>
public sealed class BrowserGate
{
    private readonly Lock _lock = new();
    private readonly LinkedList<Entry> _onDemand = new();
    private readonly LinkedList<Entry> _background = new();
    private readonly List<Entry> _running = [];
    private readonly ServiceClock _clock;
    private readonly int _limit;

    public BrowserGate(IOptions<ServiceOptions> options, ServiceClock clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _clock = clock;
        _limit = Math.Max(1, options.Value.MaxConcurrentReads);
    }

    /// <summary>
    /// Queues <paramref name="work"/> and returns its result once it has run. A task with the same
    /// <paramref name="key"/> already queued or running is joined instead of queued twice; joining with
    /// <see cref="GatePriority.OnDemand"/> promotes a queued background task.
    /// </summary>
    public Task<T> RunAsync<T>(string key, string description, GatePriority priority, bool exclusive, Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Entry entry;
        lock (_lock)
        {
            if (Find(key) is { } existing && existing.Completion is Task<T> joined)
            {
                if (priority == GatePriority.OnDemand && existing.Priority == GatePriority.Background && existing.Node?.List == _background)
                {
                    Promote(existing);
                }

                return joined;
            }

            var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            entry = new Entry(key, description, priority, exclusive, _clock.UtcNow, completion.Task, async () =>
            {
                try
                {
                    completion.SetResult(await work().ConfigureAwait(false));
                }
                catch (OperationCanceledException exception)
                {
                    completion.SetCanceled(exception.CancellationToken);
                }
                catch (Exception exception)
                {
                    completion.SetException(exception);
                }
            });
            var queue = priority == GatePriority.OnDemand || exclusive ? _onDemand : _background;
            entry.Node = queue.AddLast(entry);
        }

        Pump();
        return (Task<T>)entry.Completion;
    }

    /// <summary>Moves a queued background task of <paramref name="key"/> ahead of all background work.</summary>
    /// <returns>True if such a task was queued.</returns>
    public bool Promote(string key)
    {
        lock (_lock)
        {
            if (Find(key) is { } entry && entry.Node?.List == _background)
            {
                Promote(entry);
                return true;
            }

            return false;
        }
    }

    /// <summary>True when a task of <paramref name="key"/> is queued or running.</summary>
    public bool IsPending(string key)
    {
        lock (_lock)
        {
            return Find(key) is not null;
        }
    }

    /// <summary>
    /// Estimates when a task of <paramref name="key"/> (or a new on-demand task) will be done, from the number of
    /// tasks ahead of it and <paramref name="typicalDuration"/>.
    /// </summary>
    public TimeSpan EstimateWait(string key, TimeSpan typicalDuration)
    {
        lock (_lock)
        {
            var ahead = _running.Count;
            foreach (var entry in _onDemand)
            {
                if (entry.Key == key)
                {
                    break;
                }

                ahead++;
            }

            return typicalDuration * (ahead / (double)_limit + 1);
        }
    }

    /// <summary>Queue lengths and running tasks, without waiting for any.</summary>
    public (int OnDemand, int Background, IReadOnlyList<GateTaskView> Running) Snapshot()
    {
        lock (_lock)
        {
            var running = _running.Select(entry => new GateTaskView(entry.Description, PriorityName(entry), entry.StartedAt ?? entry.QueuedAt));
            return (_onDemand.Count, _background.Count, [.. running]);
        }
    }

    private static string PriorityName(Entry entry)
    {
        if (entry.Exclusive)
        {
            return "exclusive";
        }

        return entry.Priority == GatePriority.OnDemand ? "on-demand" : "background";
    }

    private void Promote(Entry entry)
    {
        _background.Remove(entry.Node!);
        entry.Node = _onDemand.AddLast(entry);
    }

    private Entry? Find(string key)
    {
        foreach (var entry in _running)
        {
            if (entry.Key == key)
            {
                return entry;
            }
        }

        foreach (var entry in _onDemand)
        {
            if (entry.Key == key)
            {
                return entry;
            }
        }

        foreach (var entry in _background)
        {
            if (entry.Key == key)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Starts every task that may run now.</summary>
    private void Pump()
    {
        var start = new List<Entry>();
        lock (_lock)
        {
            while (true)
            {
                var next = _onDemand.First?.Value ?? _background.First?.Value;
                if (next is null || _running.Any(entry => entry.Exclusive))
                {
                    break;
                }

                // Exclusive work waits for running reads to finish; reads queued behind it wait for it.
                if (next.Exclusive ? _running.Count > 0 : _running.Count >= _limit)
                {
                    break;
                }

                next.Node!.List!.Remove(next.Node);
                next.Node = null;
                next.StartedAt = _clock.UtcNow;
                _running.Add(next);
                start.Add(next);
            }
        }

        foreach (var entry in start)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await entry.Run().ConfigureAwait(false);
                }
                finally
                {
                    lock (_lock)
                    {
                        _running.Remove(entry);
                    }

                    Pump();
                }
            });
        }
    }

    private sealed class Entry(string key, string description, GatePriority priority, bool exclusive, DateTimeOffset queuedAt, Task completion, Func<Task> run)
    {
        public string Key { get; } = key;

        public string Description { get; } = description;

        public GatePriority Priority { get; } = priority;

        public bool Exclusive { get; } = exclusive;

        public DateTimeOffset QueuedAt { get; } = queuedAt;

        public DateTimeOffset? StartedAt { get; set; }

        public Task Completion { get; } = completion;

        public Func<Task> Run { get; } = run;

        public LinkedListNode<Entry>? Node { get; set; }
    }
}
