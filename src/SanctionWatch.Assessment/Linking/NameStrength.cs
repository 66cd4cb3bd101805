namespace SanctionWatch.Assessment.Linking;

/// <summary>How strongly a name found in an article names a list entry, weakest first.</summary>
public enum NameStrength
{
    /// <summary>The names do not name the same party.</summary>
    None = 0,

    /// <summary>
    /// Every part the article writes matches, but the entry's name has further parts in an order the list does not
    /// say (SADDAM HUSSEIN AL-TIKRITI): never enough alone; it joins a link to the same person on another list.
    /// </summary>
    Covered,

    /// <summary>
    /// A person's given and family names all match, but the entry has a further family name the article does not
    /// write (Maduro / MADURO MOROS): strong only when the context names the entry's country.
    /// </summary>
    Partial,

    /// <summary>Every name part of the article matches, the entry adds only middle names or a patronymic.</summary>
    Full,

    /// <summary>Both names consist of the same parts.</summary>
    Exact,
}
