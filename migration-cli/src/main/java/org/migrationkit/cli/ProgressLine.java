package org.migrationkit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.migrationkit.io.pipeline.ProgressListener;

/**
 * Progress on a terminal (DESIGN §10): one line on stderr, rewritten in place with {@code \r}, giving the records
 * checked, records per second, bytes read and, when the total is known, the share read and the time left. Nothing is
 * shown during the first second, so quick runs stay silent; {@link #done()} ends the line if one was shown.
 */
final class ProgressLine implements ProgressListener {
    private static final long SECOND = 1_000_000_000L;

    private final PrintWriter err;
    private final LongSupplier nanoTime;
    private final long start;
    private int shownWidth;

    /**
     * Starts the clock of a progress line.
     *
     * @param err where the line goes
     * @param nanoTime the time source, {@code System::nanoTime} outside tests
     */
    ProgressLine(PrintWriter err, LongSupplier nanoTime) {
        this.err = err;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    @Override
    public void progress(long records, long bytesRead, @Nullable Long totalBytes) {
        long elapsed = nanoTime.getAsLong() - start;
        if (elapsed < SECOND) {
            return;
        }
        String line = render(records, bytesRead, totalBytes, elapsed);
        // Pad with spaces to wipe the end of a longer previous line.
        int width = line.length();
        err.print("\r" + line + (width < shownWidth ? " ".repeat(shownWidth - width) : ""));
        err.flush();
        shownWidth = Math.max(shownWidth, width);
    }

    /** Ends the line, if one was shown, so what follows starts on a fresh line. */
    void done() {
        if (shownWidth > 0) {
            err.println();
            err.flush();
        }
    }

    static String render(long records, long bytesRead, @Nullable Long totalBytes, long elapsedNanos) {
        double seconds = elapsedNanos / (double) SECOND;
        StringBuilder b = new StringBuilder("migration: ")
                .append(String.format(Locale.ROOT, "%,d records, %,d records/s, ", records,
                        Math.round(records / seconds)))
                .append(bytes(bytesRead));
        if (totalBytes != null && totalBytes > 0) {
            long read = Math.min(bytesRead, totalBytes);
            b.append(" of ").append(bytes(totalBytes)).append(" read (").append(read * 100 / totalBytes).append("%)");
            if (read > 0) {
                long left = Math.round(seconds * (totalBytes - read) / read);
                b.append(", ETA ").append(duration(left));
            }
        } else {
            b.append(" read");
        }
        return b.toString();
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    static String duration(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
