namespace Warehouse.Hardware.Barcodes;

/// <summary>An encoded Code 128 symbol.</summary>
/// <param name="Data">The data as given to <see cref="Code128.Encode"/>.</param>
/// <param name="HumanReadable">Text printed under the bars (GS1 data in its parenthesised form).</param>
/// <param name="Codewords">Symbol values 0–106: start, data and code-set switches, checksum, stop.</param>
/// <param name="Pattern">Modules left to right, '1' a bar and '0' a space, without quiet zones.</param>
public sealed record Code128Symbol(string Data, string HumanReadable, IReadOnlyList<int> Codewords, string Pattern)
{
    /// <summary>The modulo-103 check character (the codeword before the stop).</summary>
    public int Checksum => Codewords[^2];

    /// <summary>Whether the symbol is GS1-128 (FNC1 right after the start character).</summary>
    public bool IsGs1 => Codewords.Count > 1 && Codewords[1] == Code128.Fnc1;
}
