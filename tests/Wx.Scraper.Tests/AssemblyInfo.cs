// Tests count and kill this process's Chromium processes, so test classes must not overlap.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
