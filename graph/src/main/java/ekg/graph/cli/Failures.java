package ekg.graph.cli;

import picocli.CommandLine;

/**
 * Turns an exception that escapes a command into one clear line on stderr and exit code 3; the stack
 * trace only with EKG_DEBUG set, because users need the cause, not the call chain.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    static final int FATAL = 3;

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        cmd.getErr().println("ekg " + cmd.getCommandName() + ": " + message(e));
        if (System.getenv("EKG_DEBUG") != null) e.printStackTrace(cmd.getErr());
        return e instanceof IllegalArgumentException ? CommandLine.ExitCode.USAGE : FATAL;
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.toString() : m;
    }
}
