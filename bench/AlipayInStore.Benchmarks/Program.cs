using AlipayInStore.Benchmarks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.AddFilter(NamespaceFreeFilter.From(args)));
