using System.Runtime.InteropServices;
using Warehouse.Hardware.Tool;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});
Console.OutputEncoding = System.Text.Encoding.UTF8;
return await Cli.RunAsync(args, Console.Out, Console.Error, stop.Token);
