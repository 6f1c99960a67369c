package org.migrationkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code migration} command. Exit codes (DESIGN §10): 0 when no issue reaches {@code --fail-on}, 1 when one
 * does, 2 when the command line is wrong or nothing could be opened — with a one-line reason on stderr and no
 * stack trace unless {@code --debug}.
 */
@Command(name = "migration",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Validate, generate, convert and describe migration data.")
public final class Main implements java.util.concurrent.Callable<Integer> {
    /** The commands, in the order the usage lists them (see {@link #run}). */
    private static final List<Class<?>> COMMANDS = List.of(ValidateCommand.class, ConvertCommand.class,
            GenerateCommand.class, SchemaCommand.class, LayoutsCommand.class, CommandLine.HelpCommand.class);

    /** Exit code: no issue at or above {@code --fail-on}. */
    public static final int OK = 0;
    /** Exit code: issues at or above {@code --fail-on}. */
    public static final int ISSUES = 1;
    /** Exit code: the command line is wrong, or no input could be opened. */
    public static final int USAGE = 2;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of failures.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.@Nullable CommandSpec spec;

    private Main() {
    }

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String... args) {
        System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
    }

    /**
     * Runs the command line without exiting, for embedding and tests.
     *
     * @param out where reports and listings go, not null
     * @param err where errors and progress go, not null
     * @param args the arguments
     * @return the exit code: {@link #OK}, {@link #ISSUES} or {@link #USAGE}
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Main main = new Main();
        CommandLine cl = new CommandLine(main);
        // Only the command named is built when one is: picocli builds each command from its annotations, by
        // reflection, at every start. Usage, help and mistakes get them all.
        String named = commandName(args);
        for (Class<?> c : COMMANDS) {
            if (named == null || named.equals(name(c))) {
                cl.addSubcommand(name(c), c);
            }
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> USAGE);
        // A wrong command line gets one line on stderr (DESIGN §10), not the whole usage text.
        cl.setParameterExceptionHandler((e, args2) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("migration: " + e.getMessage() + " (see '" + failed.getCommandSpec().qualifiedName()
                    + " --help')");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((e, line, parseResult) -> {
            // One line, no stack trace: users' scripts read stderr (DESIGN §10).
            line.getErr().println("migration: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            if (main.debug) {
                e.printStackTrace(line.getErr());
            }
            return USAGE;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The command the arguments name (their first that is not an option), or null when they name none of ours. */
    private static @Nullable String commandName(String... args) {
        for (String a : args) {
            if (a.startsWith("@")) {
                return null; // an argument file: not looked into here
            }
            if (!a.startsWith("-")) {
                // (help takes the other commands' names)
                return !a.equals("help") && COMMANDS.stream().anyMatch(c -> name(c).equals(a)) ? a : null;
            }
        }
        return null;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    /** Without a command: usage on stderr, exit 2. */
    @Override
    public Integer call() {
        CommandLine cl = java.util.Objects.requireNonNull(spec).commandLine();
        cl.getErr().println("migration: a command is required.");
        cl.usage(cl.getErr());
        return USAGE;
    }

    /** Reads the version the build wrote into {@code version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"migrationkit " + version()};
        }

        static String version() {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in == null) {
                    throw new IllegalStateException("version.properties is missing from the jar");
                }
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p.getProperty("version");
        }
    }
}
