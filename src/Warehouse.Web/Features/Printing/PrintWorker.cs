using Microsoft.Extensions.Options;

namespace Warehouse.Web.Features.Printing;

/// Runs the print queue in the background of every app instance.
public sealed class PrintWorker(PrintQueueProcessor processor, IOptions<PrintingOptions> options, PrintWorkerHeartbeat heartbeat,
    ILogger<PrintWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await processor.RunOnceAsync(stoppingToken);
                heartbeat.Beat();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be briefly unavailable; the jobs are safe in it, so try again on the next round.
                logger.LogError(e, "The print queue could not be processed.");
            }
            try
            {
                await Task.Delay(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
