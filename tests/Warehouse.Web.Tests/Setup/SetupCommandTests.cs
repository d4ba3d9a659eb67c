using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Warehouse.Web.Features.Setup;
using Warehouse.Web.Tests.Startup;

namespace Warehouse.Web.Tests.Setup;

/// `setup --admin NAME` for scripted installs, through the app's own entry point and as a real process: it migrates,
/// creates the first administrator and the bureau, and refuses clearly (non-zero) when users exist, the password fails
/// the policy or is given as an argument.
public sealed class SetupCommandTests : IDisposable
{
    private const string StrongPassword = "Reserve#Depot-2026";
    private readonly DatabaseFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<(int Code, string Output, string Error)> RunAsync(string database, string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] all = ["setup", .. args, $"--ConnectionStrings:Warehouse=Data Source={database}", $"--contentRoot={_folder.Path}"];
        var code = await SetupCommand.RunAsync(all, new StringReader(stdin), output, error);
        SqliteConnection.ClearAllPools();
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task On_a_new_database_it_migrates_and_creates_the_administrator_and_the_bureau_from_the_password_on_standard_input()
    {
        var database = _folder.File("new.db");

        var (code, output, _) = await RunAsync(database, StrongPassword + "\n", "--admin", "chief", "--bureau", "临江市应急管理局");

        Assert.Equal(0, code);
        Assert.Contains("chief", output);
        Assert.Equal(1, Sqlite.Scalar(database, "SELECT COUNT(*) FROM AspNetUsers WHERE UserName = 'chief'"));
        Assert.Equal(1, Sqlite.Scalar(database,
            "SELECT COUNT(*) FROM AspNetUserRoles ur JOIN AspNetRoles r ON r.Id = ur.RoleId WHERE r.Name = 'Administrator'"));
        Assert.Equal(1, Sqlite.Scalar(database, "SELECT COUNT(*) FROM Bureaus WHERE Name = '临江市应急管理局' AND TimeZoneId = 'Asia/Shanghai'"));
    }

    [Fact]
    public async Task Where_users_exist_it_exits_non_zero_saying_so_and_adds_nobody()
    {
        var database = _folder.UpToDate("demo.db");
        var before = Sqlite.Scalar(database, "SELECT COUNT(*) FROM AspNetUsers");

        var (code, _, error) = await RunAsync(database, StrongPassword + "\n", "--admin", "chief");

        Assert.Equal(SetupCommand.UsersExist, code);
        Assert.Contains("already has users", error);
        Assert.Equal(before, Sqlite.Scalar(database, "SELECT COUNT(*) FROM AspNetUsers"));
    }

    [Fact]
    public async Task A_password_against_the_policy_exits_non_zero_with_the_reason_and_writes_nothing()
    {
        var database = _folder.File("weak.db");

        var (code, _, error) = await RunAsync(database, "short\n", "--admin", "chief");

        Assert.Equal(SetupCommand.Refused, code);
        Assert.Contains("12", error);
        Assert.Equal(0, Sqlite.Scalar(database, "SELECT COUNT(*) FROM AspNetUsers"));
        Assert.Equal(0, Sqlite.Scalar(database, "SELECT COUNT(*) FROM Bureaus"));
    }

    [Theory]
    [InlineData("--password", StrongPassword)]
    [InlineData("--password=" + StrongPassword)]
    public async Task A_password_given_as_an_argument_is_refused_before_anything_is_touched(params string[] passwordArgument)
    {
        var database = _folder.File("argument.db");

        var (code, _, error) = await RunAsync(database, StrongPassword + "\n", ["--admin", "chief", .. passwordArgument]);

        Assert.Equal(SetupCommand.Usage, code);
        Assert.Contains("never taken as an argument", error);
        Assert.False(File.Exists(database));
    }

    [Fact]
    public async Task As_a_real_process_it_takes_the_password_from_the_environment()
    {
        var database = _folder.File("process.db");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { WebAssembly(), "setup", "--admin", "chief", "--bureau", "Riverside Emergency Bureau" },
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
            Environment =
            {
                [SetupCommand.PasswordVariable] = StrongPassword, ["ConnectionStrings__Warehouse"] = $"Data Source={database}",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
            },
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(process.ExitCode == 0, await error);
        Assert.Contains("Administrator chief created", await output);
        Assert.Equal(1, Sqlite.Scalar(database, "SELECT COUNT(*) FROM Bureaus WHERE Name = 'Riverside Emergency Bureau'"));
    }

    /// The app as built beside the tests, with its own runtime configuration.
    private static string WebAssembly() => Path.Combine(AppContext.BaseDirectory, "Warehouse.Web.dll");
}
