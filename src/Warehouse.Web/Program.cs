using Warehouse.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddWarehouse();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseWarehouse();
app.Run();

public partial class Program;
