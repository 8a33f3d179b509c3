using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Wx.Service.Tests;

/// <summary>The order in which the browser gate runs work, with tasks held open by the test.</summary>
public sealed class BrowserGateTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly ConcurrentQueue<string> _order = new();

    [Fact]
    public async Task OnDemand_runs_before_50_background()
    {
        var gate = CreateGate(limit: 1);
        var hold = new TaskCompletionSource<bool>();
        var blocker = gate.RunAsync("blocker", "read blocker", GatePriority.Background, exclusive: false, () => Record("blocker", hold.Task));
        var background = Enumerable.Range(0, 50)
            .Select(i => gate.RunAsync($"spot-{i}", $"read spot-{i}", GatePriority.Background, exclusive: false, () => Record($"spot-{i}", Task.FromResult(true))))
            .ToList();
        var onDemand = gate.RunAsync("rider", "read rider", GatePriority.OnDemand, exclusive: false, () => Record("rider", Task.FromResult(true)));

        var (queuedOnDemand, queuedBackground, running) = gate.Snapshot();
        Assert.Equal(1, queuedOnDemand);
        Assert.Equal(50, queuedBackground);
        Assert.Equal("read blocker", Assert.Single(running).Description);

        hold.SetResult(true);
        await Task.WhenAll(background.Append(onDemand).Append(blocker)).WaitAsync(Patience);

        var order = _order.ToList();
        Assert.Equal(52, order.Count);
        Assert.Equal("blocker", order[0]);
        Assert.Equal("rider", order[1]);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"spot-{i}"), order.Skip(2));
    }

    [Fact]
    public async Task Queued_refresh_is_promoted_and_shared()
    {
        var gate = CreateGate(limit: 1);
        var hold = new TaskCompletionSource<bool>();
        var runs = 0;
        var blocker = gate.RunAsync("blocker", "read blocker", GatePriority.Background, exclusive: false, () => Record("blocker", hold.Task));
        var first = gate.RunAsync("a", "read a", GatePriority.Background, exclusive: false, () => Record("a", Task.FromResult(true)));
        var second = gate.RunAsync("b", "read b", GatePriority.Background, exclusive: false, () =>
        {
            Interlocked.Increment(ref runs);
            return Record("b", Task.FromResult(true));
        });

        var joined = gate.RunAsync("b", "read b", GatePriority.OnDemand, exclusive: false, () =>
        {
            Interlocked.Increment(ref runs);
            return Record("b again", Task.FromResult(true));
        });
        hold.SetResult(true);
        await Task.WhenAll(blocker, first, second, joined).WaitAsync(Patience);

        Assert.Same(second, joined);
        Assert.Equal(1, runs);
        Assert.Equal(["blocker", "b", "a"], _order.ToList());
    }

    [Fact]
    public async Task Exclusive_work_runs_alone()
    {
        var gate = CreateGate(limit: 2);
        var running = 0;
        var maxWithLogin = 0;
        var holdReads = new TaskCompletionSource<bool>();

        async Task<bool> Read(string name, Task<bool> until)
        {
            Interlocked.Increment(ref running);
            try
            {
                return await Record(name, until);
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        }

        var read1 = gate.RunAsync("r1", "read r1", GatePriority.Background, exclusive: false, () => Read("r1", holdReads.Task));
        var read2 = gate.RunAsync("r2", "read r2", GatePriority.Background, exclusive: false, () => Read("r2", holdReads.Task));
        var login = gate.RunAsync("login", "log in", GatePriority.Background, exclusive: true, async () =>
        {
            maxWithLogin = Math.Max(maxWithLogin, Volatile.Read(ref running));
            await Task.Delay(50);
            maxWithLogin = Math.Max(maxWithLogin, Volatile.Read(ref running));
            _order.Enqueue("login");
            return true;
        });
        var read3 = gate.RunAsync("r3", "read r3", GatePriority.OnDemand, exclusive: false, () => Read("r3", Task.FromResult(true)));

        await Task.Delay(100);
        Assert.False(login.IsCompleted);
        Assert.False(read3.IsCompleted);

        holdReads.SetResult(true);
        await Task.WhenAll(read1, read2, login, read3).WaitAsync(Patience);

        Assert.Equal(0, maxWithLogin);
        var order = _order.ToList();
        Assert.True(order.IndexOf("login") > order.IndexOf("r1"));
        Assert.True(order.IndexOf("login") > order.IndexOf("r2"));
        Assert.True(order.IndexOf("r3") > order.IndexOf("login"));
    }

    [Fact]
    public async Task Concurrent_reads_never_exceed_the_limit()
    {
        var gate = CreateGate(limit: 2);
        var running = 0;
        var max = 0;
        var reads = Enumerable.Range(0, 20).Select(i => gate.RunAsync($"s{i}", "read", GatePriority.Background, exclusive: false, async () =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref max, now);
            await Task.Delay(10);
            Interlocked.Decrement(ref running);
            return true;
        }));

        await Task.WhenAll(reads).WaitAsync(Patience);

        Assert.Equal(2, max);
    }

    [Fact]
    public async Task Failed_task_does_not_stop_gate()
    {
        var gate = CreateGate(limit: 1);

        var failed = gate.RunAsync<bool>("bad", "read bad", GatePriority.Background, exclusive: false, () => throw new InvalidOperationException("page broke"));
        var next = gate.RunAsync("good", "read good", GatePriority.Background, exclusive: false, () => Task.FromResult(42));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => failed.WaitAsync(Patience));
        Assert.Equal("page broke", error.Message);
        Assert.Equal(42, await next.WaitAsync(Patience));
        Assert.False(gate.IsPending("bad"));
    }

    private static BrowserGate CreateGate(int limit) =>
        new(Options.Create(new ServiceOptions { MaxConcurrentReads = limit }), new ServiceClock(TimeProvider.System));

    private async Task<bool> Record(string name, Task<bool> until)
    {
        var result = await until;
        _order.Enqueue(name);
        return result;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        do
        {
            current = Volatile.Read(ref target);
            if (value <= current)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref target, value, current) != current);
    }
}
