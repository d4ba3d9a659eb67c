namespace Warehouse.Web.Tests.Allocation;

/// Signatures as the pad sends them: a real PNG (one pixel, enough for the server's checks) as a data URL.
public static class SignatureSamples
{
    public const string Png1x1 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    public const string DataUrl = "data:image/png;base64," + Png1x1;

    /// The form fields a pad adds to the dispatch form.
    public static Dictionary<string, string> Driver(Dictionary<string, string> form)
    {
        form["Signature"] = DataUrl;
        return form;
    }

    /// The form fields the receiver's pad adds to the delivery form, without a position.
    public static Dictionary<string, string> Receiver(Dictionary<string, string> form, string signer = "张主任")
    {
        form["Signer"] = signer;
        form["Signature"] = DataUrl;
        return form;
    }
}
