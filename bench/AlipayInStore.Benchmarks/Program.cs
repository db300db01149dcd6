using AlipayInStore.Benchmarks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// The generated benchmark project rebuilds the gateway: on a busy 2-core machine that takes longer than the 2-minute default.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15)).AddFilter(NamespaceFreeFilter.From(args));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
