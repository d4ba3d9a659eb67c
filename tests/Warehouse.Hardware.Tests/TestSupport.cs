using System.Diagnostics;

namespace Warehouse.Hardware.Tests;

/// <summary>A temporary directory removed after the test.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "warehouse-hw-" + Guid.NewGuid().ToString("N")[..8]);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A device link or file still held by a finishing process; the OS cleans /tmp.
        }
    }
}

internal static class Bytes
{
    public static byte[] Of(params int[] values) => values.Select(v => (byte)v).ToArray();

    public static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);

    /// <summary>The bytes after the builder's fixed preamble (ESC @ and, for GB18030, FS &amp;).</summary>
    public static byte[] AfterPreamble(byte[] job, byte[] preamble)
    {
        Assert.Equal(preamble, job[..preamble.Length]);
        return job[preamble.Length..];
    }
}

/// <summary>Runs when the socat binary is installed (apt-get install socat), skips otherwise.</summary>
public sealed class SocatFactAttribute : FactAttribute
{
    public SocatFactAttribute()
    {
        if (Tools.Find("socat") is null)
        {
            Skip = "socat is not installed (apt-get install -y socat); the serial loop tests need its pseudo-terminals.";
        }
    }
}

internal static class Tools
{
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(System.IO.Path.PathSeparator)
            .Select(directory => System.IO.Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await output, await error);
    }
}
