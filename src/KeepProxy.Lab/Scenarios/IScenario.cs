using KeepProxy.Lab.Specs;

namespace KeepProxy.Lab.Scenarios;

/// <summary>One article setup replayed in the lab: a topology, a way to bring it to its steady state, and the
/// article's own test steps with their expected outcomes.</summary>
public interface IScenario
{
    string Id { get; }

    string Title { get; }

    ScenarioSpec Build(LabPaths paths);

    /// <summary>Starts the services as the article does and waits for the steady state (VIP on the master, …).</summary>
    Task SetupAsync(ScenarioContext ctx);

    /// <summary>The article's test steps; throws <see cref="LabException"/> on the first unexpected outcome.</summary>
    Task VerifyAsync(ScenarioContext ctx);

    /// <summary>The client URL the interactive lab polls, and how it names the server that answered.</summary>
    InteractiveView View { get; }
}
