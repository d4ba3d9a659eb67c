using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Setup;

/// `dotnet Warehouse.Web.dll setup --admin NAME [--bureau NAME] [--time-zone ZONE]` for scripted installs: migrates
/// the database, then creates the first administrator and the bureau exactly as the set-up page does. The password
/// comes from WAREHOUSE_ADMIN_PASSWORD or the first line of standard input, never from an argument (arguments are
/// visible to every user of the machine in the process list).
public static class SetupCommand
{
    public const string Name = "setup";
    public const string PasswordVariable = "WAREHOUSE_ADMIN_PASSWORD";
    public const int Usage = 2;
    public const int UsersExist = 3;
    public const int Refused = 4;
    private const string DefaultBureau = "Emergency Management Bureau";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    /// Runs the command; the exit code is 0 when the administrator was created.
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var parsed = SetupArguments.Parse(args.Skip(1).ToList());
        if (parsed.PasswordGiven || string.IsNullOrWhiteSpace(parsed.Admin))
        {
            await error.WriteLineAsync(parsed.PasswordGiven
                ? $"A password is never taken as an argument: pipe it on standard input or set {PasswordVariable}."
                : "Usage: dotnet Warehouse.Web.dll setup --admin NAME [--bureau NAME] [--time-zone Asia/Shanghai]" +
                  $" (password on standard input or in {PasswordVariable})");
            return Usage;
        }
        var password = Environment.GetEnvironmentVariable(PasswordVariable) ?? await input.ReadLineAsync();
        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync($"No password: pipe it on standard input or set {PasswordVariable}.");
            return Usage;
        }
        return await CreateAsync(parsed, password, output, error);
    }

    private static async Task<int> CreateAsync(SetupArguments parsed, string password, TextWriter output, TextWriter error)
    {
        var builder = WebApplication.CreateBuilder(parsed.HostArguments);
        builder.AddWarehouse();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        await DatabaseSetup.MigrateAsync(scope.ServiceProvider, app.Logger);
        var configuration = app.Configuration;
        var run = new FirstRun(parsed.Admin!, parsed.DisplayName ?? "", password,
            parsed.Bureau ?? configuration["Bureau:Name"] ?? DefaultBureau,
            parsed.TimeZone ?? configuration["Bureau:TimeZone"] ?? TimeZones.Usual);
        var result = await scope.ServiceProvider.GetRequiredService<FirstAdministrator>().CreateAsync(run, "console");
        if (result.Done)
        {
            await output.WriteLineAsync(
                $"Administrator {run.UserName.Trim()} created for {run.BureauName.Trim()}; sign in and enrol two-step sign-in.");
            return 0;
        }
        foreach (var reason in result.Errors)
            await error.WriteLineAsync(reason);
        return result.AlreadyDone ? UsersExist : Refused;
    }
}
