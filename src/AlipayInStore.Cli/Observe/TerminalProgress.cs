using Spectre.Console;

namespace AlipayInStore.Cli.Observe;

/// <summary>
/// A progress line on stderr for long work, shown only on a terminal: never with <c>--json</c>, never when stdout or stderr
/// is redirected (pipes, files, CI logs stay clean). With <c>NO_COLOR</c> (or <c>TERM=dumb</c>) it writes plain lines,
/// without any escape code. Cleared when the work ends, so only the result remains.
/// </summary>
internal static class TerminalProgress
{
    public static bool Shown(bool json) => !json && !Console.IsOutputRedirected && !Console.IsErrorRedirected;

    public static bool NoColor =>
        Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 } || Environment.GetEnvironmentVariable("TERM") == "dumb";

    public static async Task<T> RunAsync<T>(string title, bool json, bool indeterminate, Func<ProgressTick, Task<T>> work)
    {
        if (!Shown(json))
        {
            return await work(ProgressTick.None);
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            Ansi = NoColor ? AnsiSupport.No : AnsiSupport.Yes,
            ColorSystem = NoColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });
        T result = default!;
        await console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: 1.0);
                task.IsIndeterminate = indeterminate;
                result = await work(new SpectreTick(task));
                task.Value = task.MaxValue;
            });
        return result;
    }

    private sealed class SpectreTick(ProgressTask task) : ProgressTick
    {
        public override void Set(double fraction, string? description = null)
        {
            task.Value = Math.Clamp(fraction, 0, 1);
            if (description is not null)
            {
                task.Description = Markup.Escape(description);
            }
        }
    }
}
