using Xunit.Abstractions;
using Xunit.Sdk;

namespace ChatBot.Bot.Tests.Hosting;

/// <summary>Finds the <see cref="ContractFactAttribute"/> tests; xunit creates it by the name the attribute gives.</summary>
public sealed class ContractTestCaseDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        [new ContractTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)];
}
