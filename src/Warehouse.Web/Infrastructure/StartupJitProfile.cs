using System.Runtime;

namespace Warehouse.Web.Infrastructure;

/// Multicore JIT for start-up. A start records which methods it compiled until the app is up, into
/// App_Data/startup.jitprofile; the next start reads that file and compiles those methods ahead on the second core
/// while the first one builds the host, the EF Core model and the migrations. Start-up is nearly all first calls
/// (the libraries outside the shared framework come without precompiled code), and on the bureau's 2-core machines
/// the second core otherwise idles. The first start after an install has no profile yet and runs as before; a
/// profile from an older build is recognised as such and ignored.
internal static class StartupJitProfile
{
    private const string FileName = "startup.jitprofile";

    public static void Record(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }
        ProfileOptimization.SetProfileRoot(folder);
        ProfileOptimization.StartProfile(FileName);
    }

    /// Writes the profile: what runs after start-up is not start-up.
    public static void Stop() => ProfileOptimization.StartProfile(null);
}
