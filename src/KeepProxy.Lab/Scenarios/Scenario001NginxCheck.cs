using KeepProxy.Lab.Specs;
using KeepProxy.Lab.Timing;

namespace KeepProxy.Lab.Scenarios;

/// <summary>Article 001, nginx_check variant: the script restarts a stopped nginx; when it cannot, it stops keepalived
/// (and, having no weight, its failure also puts VI-Nginx-master in FAULT) → the VIP moves to the backup.</summary>
public sealed class Scenario001NginxCheck : IScenario
{
    private const string Vip = Scenario001Plain.Vip;

    public string Id => "001-nginx-check";

    public string Title => "article 001: nginx_check.sh restarts nginx, and stops keepalived when it cannot → VIP to the backup";

    public InteractiveView View => new("client", $"http://{Vip}/", [Vip]);

    public ScenarioSpec Build(LabPaths paths) => Scenario001Plain.Build(paths, "nginx-check");

    public async Task SetupAsync(ScenarioContext ctx)
    {
        ctx.Step("both: systemctl start nginx; systemctl restart keepalived (config with vrrp_script nginx_check)");
        await ctx.StartAllAsync("nginx", "master", "backup");
        await ctx.SystemctlAsync("master", "restart keepalived");
        await ctx.SystemctlAsync("backup", "restart keepalived");
        await ctx.WaitVipAsync(Vip, "master", TimeSpan.FromSeconds(10));
    }

    public async Task VerifyAsync(ScenarioContext ctx)
    {
        var loop = ctx.StartLoop("client", $"http://{Vip}/", TimeSpan.FromMilliseconds(200), 400);
        await loop.WaitForAsync(ctx.Now, Scenario001Plain.IsMaster, TimeSpan.FromSeconds(5), "master page 主节点");
        string MasterLog() => ctx["master"].ReadFile("/var/log/keepalived.log");

        // keepalived 2.2.7 gives a vrrp_script a timeout equal to its interval (1 s here); the script sleeps 2 s after
        // starting nginx, so keepalived kills it ("timed_out") and the instance goes FAULT: the VIP moves even when
        // the restart works, and the script never reaches its `systemctl stop keepalived` line.
        ctx.Step("master: systemctl stop nginx → nginx_check.sh starts it again (/usr/sbin/nginx), but its sleep 2 outlives keepalived's script timeout (= interval 1 s): timed_out → FAULT → VIP to backup, then back once the check passes");
        var t = ctx.Now;
        await ctx.SystemctlAsync("master", "stop nginx");
        await ctx.MeasureFailoverAsync("master: systemctl stop nginx (script restarts it, times out)", t, Vip, "backup", loop, Scenario001Plain.IsBackup,
            boundSeconds: 1 + 1 + 0.61 + 4.5, detection: "nginx_check interval 1 s, script timeout 1 s",
            keepalivedTimer: KeepalivedTimers.SkewFormula(99));
        await ctx.WaitUntilAsync(() => ctx["master"].ProcessRunningAsync("nginx"), TimeSpan.FromSeconds(4), "master: nginx running again (started by the script)");
        ctx.Check(MasterLog().Contains("VRRP_Script(nginx_check) timed_out", StringComparison.Ordinal) && MasterLog().Contains("Entering FAULT STATE", StringComparison.Ordinal),
            "master log: VRRP_Script(nginx_check) timed_out, (VI-Nginx-master) Entering FAULT STATE");
        t = ctx.Now;
        await ctx.MeasureFailoverAsync("master: nginx_check passes again (failback)", t, Vip, "master", loop, Scenario001Plain.IsMaster,
            boundSeconds: 8, detection: "next nginx_check success", keepalivedTimer: "preemption (state MASTER, 100 > 99)");
        await ctx.WaitVipAsync(Vip, "master", TimeSpan.FromSeconds(3));

        ctx.Step("master: nginx cannot start any more (its config is broken), systemctl stop nginx → every check times out, VI-Nginx-master stays FAULT, backup serves 备节点");
        await ctx.ShAsync("master", "cp /etc/nginx/nginx.conf /etc/nginx/nginx.conf.lab-good && echo 'this is not nginx syntax;' >> /etc/nginx/nginx.conf");
        t = ctx.Now;
        await ctx.SystemctlAsync("master", "stop nginx");
        await ctx.MeasureFailoverAsync("master: nginx stopped and cannot restart", t, Vip, "backup", loop, Scenario001Plain.IsBackup,
            boundSeconds: 1 + 1 + 0.61 + 4.5, detection: "nginx_check interval 1 s, script timeout 1 s",
            keepalivedTimer: KeepalivedTimers.SkewFormula(99));
        await ctx.HoldsForAsync(Vip, "backup", TimeSpan.FromSeconds(4), "nginx cannot start on the master");
        ctx.Check(!await ctx["master"].ProcessRunningAsync("nginx"), "master: nginx not running");
        ctx.Note(await ctx["master"].IsActiveAsync("keepalived")
            ? "keepalived still runs on the master (in FAULT): the script is killed at its 1 s timeout before its `systemctl stop keepalived` line"
            : "keepalived was stopped by the script on the master");

        ctx.Step("master: nginx config repaired → the check passes, the master (preempt) takes the VIP back");
        await ctx.ShAsync("master", "mv /etc/nginx/nginx.conf.lab-good /etc/nginx/nginx.conf");
        t = ctx.Now;
        if (!await ctx["master"].IsActiveAsync("keepalived")) await ctx.SystemctlAsync("master", "start keepalived");
        await ctx.MeasureFailoverAsync("master: nginx repaired (failback)", t, Vip, "master", loop, Scenario001Plain.IsMaster,
            boundSeconds: 10, detection: "script restarts nginx, next check passes", keepalivedTimer: "preemption (state MASTER, 100 > 99)");
    }
}
