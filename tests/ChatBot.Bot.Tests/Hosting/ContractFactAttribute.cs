using Xunit.Sdk;

namespace ChatBot.Bot.Tests.Hosting;

/// <summary>
/// A test of an abstract contract class, run in every class that inherits it. It is skipped, with the reason, where
/// the inheriting class's <see cref="TestClassRequirementAttribute"/> is not met: a <see cref="FactAttribute"/> is one
/// instance for all of them and cannot tell the Redis store's tests from the SQLite store's.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("ChatBot.Bot.Tests.Hosting." + nameof(ContractTestCaseDiscoverer), "ChatBot.Bot.Tests")]
public sealed class ContractFactAttribute : FactAttribute;
