using Warehouse.Web.Features.Operations;
using Warehouse.Web.Features.Setup;
using Warehouse.Web.Infrastructure;

if (SetupCommand.IsRequested(args))
    return await SetupCommand.RunAsync(args, Console.In, Console.Out, Console.Error);
if (BackupCommand.IsRequested(args))
    return await BackupCommand.RunAsync(args, Console.Out, Console.Error);

var builder = WebApplication.CreateBuilder(args);
builder.AddWarehouse();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseWarehouse();
await app.RunAsync();
return 0;

public partial class Program;
