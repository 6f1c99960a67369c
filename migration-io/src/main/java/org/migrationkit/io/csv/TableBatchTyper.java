package org.migrationkit.io.csv;

import org.migrationkit.io.internal.RowTyping;

/** Types the records of batches into table records (or outcomes with issues), on the thread that owns it. */
final class TableBatchTyper implements BatchTyper {
    private final RowTyping<?>.Worker worker;

    TableBatchTyper(RowTyping<?>.Worker worker) {
        this.worker = worker;
    }

    @Override
    public void type(Batch b) {
        Object[] typed = new Object[b.records];
        boolean[] skip = null;
        if (b.issues != null) {
            // Records the scanner found problems with are left to the consumer (rejected, or typed there).
            skip = new boolean[b.records];
            for (IssueDraft d : b.issues) {
                if (d.record() >= 0 && d.record() < b.records) {
                    skip[d.record()] = true;
                }
            }
        }
        int[] first = b.recFirstField;
        for (int i = 0; i < b.records; i++) {
            if (skip == null || !skip[i]) {
                typed[i] = worker.type(b.data, b.fieldOff, b.fieldLen, first[i], first[i + 1] - first[i]);
            }
        }
        b.typed = typed;
    }
}
