using SanctionWatch.Cli;

return CliApp.Run(args);
