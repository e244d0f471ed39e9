using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ChatBot.Bot.Tests.Hosting;

/// <summary>A <see cref="ContractFactAttribute"/> test in one inheriting class: skipped when that class's requirement is not met.</summary>
public sealed class ContractTestCase : XunitTestCase
{
    [Obsolete("For the deserializer only.")]
    public ContractTestCase()
    {
    }

    public ContractTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay defaultMethodDisplay,
        TestMethodDisplayOptions defaultMethodDisplayOptions, ITestMethod testMethod)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod)
    {
    }

    // TestMethod.TestClass is the inheriting class, not the contract that declares the method.
    protected override string? GetSkipReason(IAttributeInfo factAttribute) =>
        base.GetSkipReason(factAttribute)
        ?? TestMethod.TestClass.Class.ToRuntimeType().GetCustomAttributes<TestClassRequirementAttribute>(inherit: true)
            .Select(requirement => requirement.SkipReason)
            .FirstOrDefault(reason => reason is not null);
}
