namespace SanctionWatch.Analysis.Pipeline;

/// <summary>
/// One document on its way through the pipes: the text and its layers (tokens, sentences, mentions, events,
/// quotes, syntax), each written by one step and read by the steps after it. Sentences are token ranges into
/// <see cref="Tokens"/>; events and quotes refer to mentions of the frozen <see cref="Mentions"/> layer.
/// </summary>
public sealed class Doc
{
    /// <summary>Starts the analysis of <paramref name="document"/> with the resources of its language.</summary>
    public Doc(Document document, LanguagePack pack)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pack);
        Document = document;
        Pack = pack;
    }

    /// <summary>The document analysed.</summary>
    public Document Document { get; }

    /// <summary>The normalised text.</summary>
    public string Text => Document.Text;

    /// <summary>The document's date (ISO 8601, possibly partial), or null.</summary>
    public string? Published => Document.Published;

    /// <summary>The resources of the document's language.</summary>
    public LanguagePack Pack { get; }

    /// <summary>The tokens, in text order.</summary>
    public List<Token> Tokens { get; set; } = [];

    /// <summary>The sentences as character spans, in order.</summary>
    public List<TextSpan> Sentences { get; set; } = [];

    /// <summary>The sentences as token ranges, parallel to <see cref="Sentences"/>.</summary>
    public List<TokenRange> SentenceTokens { get; set; } = [];

    /// <summary>Datelines and headline prefixes ("SEOUL (AP) —", "Seoul:"): their mentions are no parties or speakers.</summary>
    public List<TextSpan> Furniture { get; set; } = [];

    /// <summary>Per sentence (parallel to <see cref="Sentences"/>), its tags and dependency tree, or null when it was not parsed.</summary>
    public IReadOnlyList<Syntax.SentenceSyntax?> Syntax { get; set; } = [];

    /// <summary>The entity mentions.</summary>
    public MentionLayer Mentions { get; } = new();

    /// <summary>The events, in document order.</summary>
    public IReadOnlyList<EventMention> Events { get; set; } = [];

    /// <summary>The quotes, in document order.</summary>
    public IReadOnlyList<QuoteMention> Quotes { get; set; } = [];
}
