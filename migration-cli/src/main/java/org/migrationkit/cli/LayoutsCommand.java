package org.migrationkit.cli;

import java.util.concurrent.Callable;
import org.migrationkit.io.layout.Layout;
import org.migrationkit.io.layout.Layouts;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code migration layouts}: one line per layout, {@code id<TAB>entity<TAB>how it is recognised}. */
@Command(name = "layouts", mixinStandardHelpOptions = true,
        description = "List the layouts files can be read with: id, entity and how each is recognised, tab-separated.")
final class LayoutsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.@org.jspecify.annotations.Nullable CommandSpec spec;

    @Override
    public Integer call() {
        var out = java.util.Objects.requireNonNull(spec).commandLine().getOut();
        for (Layout layout : Layouts.all()) {
            out.println(layout.id() + '\t' + layout.entity() + '\t' + layout.recognisedBy());
        }
        out.flush();
        return Main.OK;
    }
}
