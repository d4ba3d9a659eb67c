using Warehouse.Hardware.Barcodes;
using Warehouse.Hardware.EscPos;

namespace Warehouse.Hardware.Tests;

public class Code128Tests
{
    // Published worked examples of the modulo-103 check character.
    [Theory]
    [InlineData(new[] { 103, 48, 42, 42, 17, 18, 19, 35 }, 54)] // "PJJ123C" in set A (Wikipedia)
    [InlineData(new[] { 103, 40, 41, 99, 34, 56, 78 }, 67)]     // "HI345678", A then C (barcodeisland.com)
    [InlineData(new[] { 103, 33, 34, 35, 36, 37, 38 }, 42)]     // "ABCDEF" in set A (barcoderesource.com)
    [InlineData(new[] { 104, 65, 66, 67, 68, 69, 70 }, 97)]     // "abcdef" in set B
    [InlineData(new[] { 105, 34, 56, 78 }, 73)]                 // "345678" in set C
    public void Check_character_matches_published_examples(int[] codewords, int checksum)
    {
        Assert.Equal(checksum, Code128.Checksum(codewords));
    }

    [Theory]
    [InlineData("PJJ123C", new[] { 104, 48, 42, 42, 17, 18, 19, 35, 55, 106 })]
    [InlineData("HI345678", new[] { 104, 40, 41, 99, 34, 56, 78, 68, 106 })]
    [InlineData("12345678", new[] { 105, 12, 34, 56, 78, 47, 106 })]
    [InlineData("12", new[] { 105, 12, 14, 106 })]
    [InlineData("123", new[] { 104, 17, 18, 19, 8, 106 })]
    [InlineData("12345", new[] { 105, 12, 34, 100, 21, 54, 106 })]
    [InlineData("X00Y", new[] { 104, 56, 16, 16, 57, 56, 106 })]
    [InlineData("ab\r", new[] { 104, 65, 66, 98, 77, 79, 106 })]
    public void Encoding_is_shortest_with_the_standard_start_choice(string data, int[] codewords)
    {
        var symbol = Code128.Encode(data);
        Assert.Equal(codewords, symbol.Codewords);
        Assert.Equal(codewords[^2], symbol.Checksum);
    }

    [Fact]
    public void Long_digit_runs_inside_text_switch_to_code_set_C()
    {
        var codewords = Code128.Encode("AB123456CD").Codewords;
        Assert.Equal([104, 33, 34, 99, 12, 34, 56, 100, 35, 36], codewords.Take(10));
    }

    [Fact]
    public void GS1_data_starts_with_FNC1_and_needs_no_separator_after_fixed_length_elements()
    {
        var symbol = Code128.Encode("(01)09506000134352(17)201225(10)ABC123", gs1: true);
        Assert.True(symbol.IsGs1);
        Assert.Equal([105, 102, 1, 9, 50, 60, 0, 13, 43, 52, 17, 20, 12, 25, 10, 100, 33, 34, 35], symbol.Codewords.Take(19));
        Assert.Equal("(01)09506000134352(17)201225(10)ABC123", symbol.HumanReadable);
        Assert.DoesNotContain(102, symbol.Codewords.Skip(2));
    }

    [Fact]
    public void GS1_variable_length_element_that_is_not_last_is_ended_by_FNC1()
    {
        var symbol = Code128.Encode("(10)ABC(17)201225", gs1: true);
        Assert.Equal([105, 102, 10, 100, 33, 34, 35, 102, 99, 17, 20, 12, 25], symbol.Codewords.Take(13));
    }

    [Theory]
    [InlineData("(01)09506000134353")]      // wrong check digit
    [InlineData("(10)")]                    // empty lot
    [InlineData("01095060001343521")]       // not in parenthesised form
    [InlineData("(999)1")]                  // unknown AI
    public void Invalid_GS1_data_is_refused(string data)
    {
        Assert.Throws<ArgumentException>(() => Code128.Encode(data, gs1: true));
    }

    [Fact]
    public void Pattern_has_11_modules_per_character_and_a_13_module_stop()
    {
        var symbol = Code128.Encode("12345678");
        Assert.Equal(11 * (symbol.Codewords.Count - 1) + 13, symbol.Pattern.Length);
        Assert.StartsWith("11010011100", symbol.Pattern);   // start C
        Assert.EndsWith("1100011101011", symbol.Pattern);   // stop with its final bar
    }

    [Fact]
    public void Non_ascii_and_empty_data_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Code128.Encode("救生衣"));
        Assert.Throws<ArgumentException>(() => Code128.Encode(""));
    }

    [Fact]
    public void ESC_POS_barcode_data_decodes_back_to_the_same_characters()
    {
        var random = new Random(128);
        for (var run = 0; run < 500; run++)
        {
            var data = new string(Enumerable.Range(0, random.Next(1, 30))
                .Select(_ => random.Next(3) == 0 ? (char)('0' + random.Next(10)) : (char)random.Next(0, 128)).ToArray());
            var commandData = EscPosCode128.ToCommandData(Code128.Encode(data));
            Assert.Equal(data, EscPosCode128.FromCommandData(commandData, out var gs1));
            Assert.False(gs1);
        }
    }
}
