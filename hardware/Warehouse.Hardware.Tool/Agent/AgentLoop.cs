namespace Warehouse.Hardware.Tool.Agent;

/// <summary>What the agent runs with.</summary>
public sealed record AgentSettings(IReadOnlyList<AgentPrinter> Printers, string? Scanner, bool Once)
{
    /// <summary>The first pause after a failed connection; it doubles up to <see cref="MaxBackOff"/>.</summary>
    public TimeSpan FirstBackOff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest pause between reconnection attempts.</summary>
    public TimeSpan MaxBackOff { get; init; } = TimeSpan.FromSeconds(60);
}

/// <summary>
/// Announces the printers, then leases and prints jobs one at a time, reporting each only after the printer's status was
/// read back. When the server cannot be reached it waits, doubling the pause each time, and announces itself again; a job
/// it printed but could not report is leased again when its lease runs out, so it prints once more at most.
/// </summary>
public sealed class AgentLoop(AgentConnection server, AgentSettings settings, TextWriter output, TextWriter error)
{
    /// <summary>Runs until stopped (or, with --once, until the queue is empty); answers the exit code.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var backOff = settings.FirstBackOff;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var hello = new Hello(await ReportsAsync(cancellationToken), settings.Scanner is not null);
                var welcome = await server.HelloAsync(hello, cancellationToken);
                output.WriteLine($"Connected as station {welcome.Station}: "
                    + string.Join(", ", welcome.Printers.Select(p => $"{p.Name} prints as {p.Address}")));
                backOff = settings.FirstBackOff;
                await ServeAsync(welcome.WaitSeconds, cancellationToken);
                return 0;
            }
            catch (HttpRequestException e) when (!settings.Once)
            {
                error.WriteLine($"The server cannot be reached ({e.Message}); trying again in {backOff.TotalSeconds:0.#} s.");
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested && !settings.Once)
            {
                error.WriteLine($"The server did not answer in time; trying again in {backOff.TotalSeconds:0.#} s.");
            }
            await Task.Delay(backOff, cancellationToken);
            backOff = backOff * 2 < settings.MaxBackOff ? backOff * 2 : settings.MaxBackOff;
        }
        return 0;
    }

    // The server says how long it holds a request for a job open; the printers' status is read again before each request.
    private async Task ServeAsync(int waitSeconds, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var wait = settings.Once ? 0 : Math.Max(1, waitSeconds);
            var job = await server.NextAsync(new Poll(await ReportsAsync(cancellationToken)), wait, cancellationToken);
            if (job is null)
            {
                if (settings.Once)
                {
                    return;
                }
                continue;
            }
            await PrintAsync(job, cancellationToken);
        }
    }

    private async Task PrintAsync(LeasedJob job, CancellationToken cancellationToken)
    {
        var printer = settings.Printers.FirstOrDefault(p => p.Name == job.Printer);
        var problem = printer is null
            ? $"No printer named {job.Printer} on this agent"
            : await printer.PrintAsync(job.Content, cancellationToken);
        var reprint = job.Attempt > 1 ? " (again: it may have printed before)" : "";
        var report = new JobReport(job.Lease, await ReportsAsync(cancellationToken), problem);
        var kept = await server.ReportAsync(job, report, cancellationToken);
        if (problem is not null)
        {
            error.WriteLine($"Job {job.Id} \"{job.Title}\" not printed on {job.Printer}: {problem}. The server will send it again.");
        }
        else
        {
            output.WriteLine($"Printed job {job.Id} \"{job.Title}\" on {job.Printer}{reprint}{(kept ? "" : "; its lease had run out")}.");
        }
    }

    private async Task<IReadOnlyList<PrinterReport>> ReportsAsync(CancellationToken cancellationToken)
    {
        var reports = new List<PrinterReport>();
        foreach (var printer in settings.Printers)
        {
            reports.Add(await printer.ReportAsync(cancellationToken));
        }
        return reports;
    }
}
