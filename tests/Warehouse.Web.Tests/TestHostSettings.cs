using System.Runtime.CompilerServices;

namespace Warehouse.Web.Tests;

/// The suite starts hundreds of app hosts in one process. Each would watch its settings files and web root for
/// changes with inotify, and the machine's per-user limit of watchers (128 on Debian) runs out under a parallel run;
/// nothing in a test edits those files, so the hosts neither reload settings nor watch.
internal static class TestHostSettings
{
    [ModuleInitializer]
    internal static void NoFileWatching()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
