using KeepProxy.Vrrpd;

return VrrpdCli.Run(args, Console.Out, Console.Error);
