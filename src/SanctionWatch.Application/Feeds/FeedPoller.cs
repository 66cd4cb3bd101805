using System.Net;
using System.Net.Http.Headers;
using SanctionWatch.Ingest;
using SanctionWatch.Ingest.Feeds;
using SanctionWatch.Storage.Feeds;

namespace SanctionWatch.Application.Feeds;

/// <summary>
/// Fetches the subscribed feeds politely (conditional requests, a pause between requests to one host, a
/// User-Agent, timeouts and a size limit) and stores their new items on the analysis queue. A broken feed is one
/// warning; the others go on.
/// </summary>
public sealed class FeedPoller
{
    private readonly IFeedStore _feeds;
    private readonly IDocumentStore _documents;
    private readonly ReferenceData _data;
    private readonly HttpMessageHandler? _handler;
    private readonly TimeProvider _clock;

    /// <summary>Creates the poller; <paramref name="handler"/> replaces the network stack (tests) and is not disposed.</summary>
    public FeedPoller(IFeedStore feeds, IDocumentStore documents, ReferenceData data, HttpMessageHandler? handler = null, TimeProvider? clock = null)
    {
        _feeds = feeds;
        _documents = documents;
        _data = data;
        _handler = handler;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>The pause between the end of one request to a host and the start of the next.</summary>
    public TimeSpan DelayPerHost { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one request may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest feed accepted, in bytes.</summary>
    public int MaxBytes { get; init; } = 10 << 20;

    /// <summary>The most redirects one request follows.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>
    /// True to let feeds reach loopback, private, link-local and metadata addresses. Off by default, because a feed
    /// address is input: the server would otherwise fetch its own network's internal services for anyone (SSRF).
    /// </summary>
    public bool AllowPrivateAddresses { get; init; }

    /// <summary>Host names a feed may reach whatever their addresses (an operator's own feed server); redirects elsewhere are still checked.</summary>
    public IReadOnlySet<string> AllowedHosts { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Checks that <paramref name="url"/> is an absolute http(s) address a feed can be fetched from.</summary>
    /// <exception cref="ArgumentException">It is not (one line, for the user).</exception>
    public static string NormaliseUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"'{url}' is not an http or https address");
        }

        return uri.AbsoluteUri;
    }

    /// <summary>Polls every feed once.</summary>
    /// <param name="warn">Receives one-line warnings.</param>
    /// <param name="cancellation">Stops between feeds.</param>
    public async Task<FeedPollSummary> PollAsync(Action<string> warn, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(warn);
        int warnings = 0;
        void Warn(string message)
        {
            warnings++;
            warn(message);
        }

        using var client = CreateClient();
        var lastRequest = new Dictionary<string, DateTimeOffset>(StringComparer.OrdinalIgnoreCase);
        var results = new List<FeedPollResult>();
        var ids = new List<string>();
        foreach (var feed in _feeds.GetFeeds())
        {
            cancellation.ThrowIfCancellationRequested();
            var uri = new Uri(feed.Url);
            if (lastRequest.TryGetValue(uri.Authority, out var last))
            {
                var wait = last + DelayPerHost - _clock.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _clock, cancellation).ConfigureAwait(false);
                }
            }

            var result = await PollOne(client, feed, uri, ids, Warn, cancellation).ConfigureAwait(false);
            // The pause counts from the end of the last answer, so a slow server gets its full rest.
            lastRequest[uri.Authority] = _clock.GetUtcNow();
            if (result.Error is not null)
            {
                Warn($"feed {feed.Url}: {result.Error}; skipped");
            }

            results.Add(result);
        }

        return new FeedPollSummary(results, ids, warnings);
    }

    private HttpClient CreateClient()
    {
        var client = _handler is not null
            ? new HttpClient(_handler, disposeHandler: false)
            : new HttpClient(new SocketsHttpHandler
            {
                AllowAutoRedirect = true,
                MaxAutomaticRedirections = MaxRedirects,
                AutomaticDecompression = DecompressionMethods.All,
                ConnectTimeout = TimeSpan.FromSeconds(10),
                UseCookies = false,
                UseProxy = false,
                // Checked when connecting, after resolution: covers redirects and names that resolve differently later.
                ConnectCallback = AllowPrivateAddresses ? null : FeedAddressPolicy.Connector(AllowedHosts),
            });
        client.Timeout = Timeout;
        client.MaxResponseContentBufferSize = MaxBytes;
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent.Value);
        client.DefaultRequestHeaders.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1");
        return client;
    }

    private async Task<FeedPollResult> PollOne(HttpClient client, Feed feed, Uri uri, List<string> ids, Action<string> warn, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (feed.ETag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", feed.ETag);
        }

        if (feed.LastModified is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", feed.LastModified);
        }

        byte[] body;
        HttpStatusCode status;
        string? etag, lastModified;
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellation).ConfigureAwait(false);
            status = response.StatusCode;
            etag = response.Headers.ETag?.ToString() ?? feed.ETag;
            lastModified = response.Content.Headers.LastModified is { } modified
                ? modified.ToString("R", CultureInfo.InvariantCulture)
                : feed.LastModified;
            if (status == HttpStatusCode.NotModified)
            {
                _feeds.RecordPoll(feed.Id, etag, lastModified, _clock.GetUtcNow(), "304 not modified");
                return new FeedPollResult(feed.Url, 304, 0, 0, null);
            }

            if (!response.IsSuccessStatusCode)
            {
                // The status code only: the reason phrase and body are the remote server's words, not ours to repeat.
                string error = string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)status}");
                _feeds.RecordPoll(feed.Id, feed.ETag, feed.LastModified, _clock.GetUtcNow(), error);
                return new FeedPollResult(feed.Url, (int)status, 0, 0, error);
            }

            if (response.Content.Headers.ContentLength > MaxBytes)
            {
                return Failed(feed, (int)status, $"larger than {MaxBytes / (1 << 20)} MiB");
            }

            if (await ReadLimited(response.Content, cancellation).ConfigureAwait(false) is not { } read)
            {
                return Failed(feed, (int)status, $"larger than {MaxBytes / (1 << 20)} MiB");
            }

            body = read;
        }
        catch (HttpRequestException e) when (e.InnerException is FeedAddressRefusedException refused)
        {
            return Failed(feed, 0, refused.Message);
        }
        catch (HttpRequestException e)
        {
            return Failed(feed, 0, OneLine(e.Message));
        }
        catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return Failed(feed, 0, string.Create(CultureInfo.InvariantCulture, $"no answer within {Timeout.TotalSeconds:0} s"));
        }
        catch (IOException e)
        {
            return Failed(feed, 0, OneLine(e.Message));
        }

        int itemWarnings = 0;
        var raws = FeedParser.Parse(body, feed.Url, feed.Url, w =>
        {
            itemWarnings++;
            warn($"feed {feed.Url}: {OneLine(w.Message)}");
        });
        var documents = new List<Document>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (RawDocument raw in raws)
        {
            var document = DocumentFactory.Create(raw, _data.Languages);
            if (seen.Add(document.Id))
            {
                documents.Add(document);
                ids.Add(document.Id);
            }
        }

        int added = documents.Count == 0 ? 0 : _documents.Ingest(documents).Added;
        // A feed that could not be read keeps its old validators, so that the next poll fetches it in full again.
        bool broken = raws.Count == 0 && itemWarnings > 0;
        _feeds.RecordPoll(
            feed.Id,
            broken ? feed.ETag : etag,
            broken ? feed.LastModified : lastModified,
            _clock.GetUtcNow(),
            string.Create(CultureInfo.InvariantCulture, $"{(int)status}: {raws.Count} item(s), {added} new{(itemWarnings > 0 ? $", {itemWarnings} warning(s)" : "")}"));
        return new FeedPollResult(feed.Url, (int)status, raws.Count, added, null);
    }

    private FeedPollResult Failed(Feed feed, int status, string error)
    {
        _feeds.RecordPoll(feed.Id, feed.ETag, feed.LastModified, _clock.GetUtcNow(), "error: " + error);
        return new FeedPollResult(feed.Url, status, 0, 0, error);
    }

    // Reads at most MaxBytes; null when the body is longer (a server may omit or understate Content-Length).
    private async Task<byte[]?> ReadLimited(HttpContent content, CancellationToken cancellation)
    {
        using var stream = await content.ReadAsStreamAsync(cancellation).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellation).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
