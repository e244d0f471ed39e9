using ChatBot.Bot.Configuration;
using ChatBot.Model.Conversation;
using ChatBot.Model.Decoding;
using ChatBot.Model.Files;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Models;

/// <summary>
/// Holds the one model the process serves. Turns take a <see cref="ModelLease"/>; a reload loads and checks the new
/// file off to the side, then swaps it in atomically. The old model serves the turns already running on it and is
/// disposed when its last lease is returned. A file that fails to load or to pass the check is rejected and the
/// current model keeps serving.
/// </summary>
public sealed class ModelHost : IDisposable
{
    private const string CheckText = "Hello!";
    private static readonly DecodingOptions CheckDecoding = DecodingOptions.Greedy with { MaxReplyLength = 16 };

    private readonly IModelLoader _loader;
    private readonly ModelOptions _options;
    private readonly ILogger<ModelHost> _logger;
    private readonly Lock _loadLock = new();
    private HostedModel? _current;

    public ModelHost(IModelLoader loader, IOptions<ModelOptions> options, IHostEnvironment environment, ILogger<ModelHost> logger)
    {
        _loader = loader;
        _options = options.Value;
        _logger = logger;
        ModelPath = ContentPaths.Resolve(environment, _options.Path);
    }

    /// <summary>Full path of the model file.</summary>
    public string ModelPath { get; }

    /// <summary>The model now serving, or null before the first successful load.</summary>
    public ModelInfo? CurrentInfo => Volatile.Read(ref _current)?.Model.Info;

    /// <summary>The file version the current model was loaded from.</summary>
    public ModelFileSignature? CurrentSignature => Volatile.Read(ref _current)?.Signature;

    /// <exception cref="ModelUnavailableException">No model has been loaded yet.</exception>
    public ModelLease Acquire()
    {
        while (true)
        {
            var hosted = Volatile.Read(ref _current) ?? throw new ModelUnavailableException();
            if (hosted.TryRetain())
            {
                return new ModelLease(hosted);
            }
            // A swap released this model between the read and the retain; the next read sees its successor.
        }
    }

    /// <summary>Loads the model file, checks it and makes it the one serving. Synchronous and CPU-bound.</summary>
    public ModelLoadResult LoadFromFile(CancellationToken cancellationToken)
    {
        lock (_loadLock)
        {
            var signature = ModelFileSignature.Read(ModelPath);
            IConversationModel candidate;
            try
            {
                candidate = _loader.Load(ModelPath);
            }
            catch (Exception exception)
            {
                return Reject(signature, $"cannot be loaded: {exception.Message}", exception);
            }
            try
            {
                Check(candidate, cancellationToken);
            }
            catch (Exception exception)
            {
                candidate.Dispose();
                if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                return Reject(signature, $"failed its trial turn: {exception.Message}", exception);
            }
            var previous = Interlocked.Exchange(ref _current, new HostedModel(candidate, signature));
            var info = candidate.Info;
            if (previous is null)
            {
                _logger.LogInformation("Serving model {ModelName} ({Fingerprint}) from {ModelPath}", info.Name, info.Fingerprint, ModelPath);
            }
            else
            {
                _logger.LogInformation("Serving model {ModelName} ({Fingerprint}) from {ModelPath}, replacing {PreviousName} ({PreviousFingerprint})",
                    info.Name, info.Fingerprint, ModelPath, previous.Model.Info.Name, previous.Model.Info.Fingerprint);
                previous.Release();
            }
            return ModelLoadResult.Success(info, signature);
        }
    }

    public void Dispose() => Interlocked.Exchange(ref _current, null)?.Release();

    // A model that loads but cannot answer or whose state does not round-trip would fail every turn; find out now.
    private void Check(IConversationModel candidate, CancellationToken cancellationToken)
    {
        var info = candidate.Info;
        if (string.IsNullOrEmpty(info.Fingerprint))
        {
            throw new InvalidDataException("the model has no fingerprint");
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.CheckTimeout);
        var reply = candidate.Respond(null, CheckText, CheckDecoding, timeout.Token);
        ConversationState.FromBytes(reply.State.ToBytes(), info.Fingerprint);
    }

    private ModelLoadResult Reject(ModelFileSignature? signature, string problem, Exception exception)
    {
        var serving = Volatile.Read(ref _current)?.Model.Info;
        // A damaged or missing file is an expected event whose message says it all; anything else gets its stack trace.
        _logger.LogError(exception is ModelFileException ? null : exception, "Rejected the model file {ModelPath}: {Problem}. {Serving}", ModelPath, problem,
            serving is null ? "No model is serving." : $"Still serving {serving.Name} ({serving.Fingerprint}).");
        return ModelLoadResult.Rejected(signature, problem);
    }
}
