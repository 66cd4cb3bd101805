using BenchmarkDotNet.Running;

// Hot-path micro-benchmarks. Usage: dotnet run -c Release --project bench/SanctionWatch.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(SanctionWatch.Benchmarks.TextBenchmarks).Assembly).Run(args);
