using Serilog;
using Serilog.Context;
using Serilog.Events;

namespace Warehouse.Web.Configuration;

/// Structured logs through Serilog: the console, and a daily rolling file when `Logging:File:Path` names one
/// (31 days kept). Levels come from the usual `Logging:LogLevel` section, so one setting governs both. Every line
/// carries the request id and the signed-in user (or the station) once the request has them.
public static class LoggingConfiguration
{
    private const string Template =
        "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {RequestId} {UserName} {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public static WebApplicationBuilder AddWarehouseLogging(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var file = configuration["Logging:File:Path"];
        if (!string.IsNullOrWhiteSpace(file) && !Path.IsPathRooted(file))
            file = Path.Combine(builder.Environment.ContentRootPath, file);
        builder.Logging.ClearProviders();
        // Providers added later (a test's kept log) still receive every event; the static Log is left alone, so several
        // hosts in one process (tests, the set-up command) each keep their own logger.
        builder.Services.AddSerilog(logger =>
        {
            Levels(logger, configuration.GetSection("Logging:LogLevel"));
            logger.Enrich.FromLogContext().WriteTo.Console(outputTemplate: Template, formatProvider: null);
            if (!string.IsNullOrWhiteSpace(file))
                logger.WriteTo.File(file, outputTemplate: Template, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31,
                    shared: true, formatProvider: null);
        }, preserveStaticLogger: true, writeToProviders: true);
        return builder;
    }

    /// One line per request (method, path, status, time, caller), and the caller's name in every line logged while
    /// the request runs (after authentication has found it).
    public static WebApplication UseLogUser(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<Serilog.ILogger>();
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = logger;
            options.EnrichDiagnosticContext = (diagnostics, context) => diagnostics.Set("UserName", context.User.Identity?.Name ?? "-");
        });
        app.Use(async (context, next) =>
        {
            using (LogContext.PushProperty("UserName", context.User.Identity?.Name ?? "-"))
                await next(context);
        });
        return app;
    }

    private static void Levels(LoggerConfiguration logger, IConfigurationSection section)
    {
        logger.MinimumLevel.Is(Level(section["Default"]) ?? LogEventLevel.Information);
        foreach (var child in section.GetChildren().Where(c => c.Key != "Default"))
        {
            if (Level(child.Value) is { } level)
                logger.MinimumLevel.Override(child.Key, level);
        }
    }

    private static LogEventLevel? Level(string? value) => value switch
    {
        "Trace" => LogEventLevel.Verbose,
        "Debug" => LogEventLevel.Debug,
        "Information" => LogEventLevel.Information,
        "Warning" => LogEventLevel.Warning,
        "Error" => LogEventLevel.Error,
        "Critical" or "None" => LogEventLevel.Fatal,
        _ => null,
    };
}
