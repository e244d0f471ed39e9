// libtorch's random generator and thread count are process-wide; tests that seed or train must not interleave.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
