namespace SanctionWatch.Bench.Scaling;

/// <summary>Counts words the way `wc -w` does: maximal runs of bytes that are not ASCII white space.</summary>
internal static class WordCount
{
    public static long OfFile(string path)
    {
        long words = 0;
        bool inWord = false;
        foreach (byte b in File.ReadAllBytes(path))
        {
            bool space = b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0B or 0x0C;
            if (!space && !inWord)
            {
                words++;
            }

            inWord = !space;
        }

        return words;
    }
}
