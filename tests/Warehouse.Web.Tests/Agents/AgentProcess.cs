using System.Diagnostics;
using System.Text;

namespace Warehouse.Web.Tests.Agents;

/// The real warehouse-hw program (built beside the tests) running `agent`, in its own process, so a test can kill it.
public sealed class AgentProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AgentProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// Everything the agent wrote so far, standard output and error together.
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public static AgentProcess Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "warehouse-hw.dll"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        return new AgentProcess(Process.Start(start)!);
    }

    /// Waits for the agent to end by itself; answers its exit code.
    public async Task<int> ExitCodeAsync()
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(patience.Token);
        return _process.ExitCode;
    }

    /// Kills the agent at once, as a power cut or a closed laptop would.
    public void Kill()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }
}
