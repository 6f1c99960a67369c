package org.migrationkit.io.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.io.ReadResult;

class PipelinedTest {
    private static Iterator<ReadResult<?>> results(long n) {
        return LongStream.rangeClosed(1, n).<ReadResult<?>>mapToObj(i -> i % 3 == 0
                ? ReadResult.rejection(i, i + 1, "raw", List.of(Issue.of(IssueCode.CSV_MISSING_VALUE, "blank",
                        new IssueLocation("test", i, i + 1, 1, "id"))))
                : ReadResult.value(i, i + 1, "v" + i, List.of())).iterator();
    }

    @Test
    void eachResult_comesWithWhatTheStepGaveForIt_inOrder() {
        long n = Pipelined.BATCH * 3L + 17;
        List<String> seen = new ArrayList<>();
        List<Integer> batches = new ArrayList<>();
        try (Pipelined<String> p = Pipelined.start(results(n), "test", r -> r.record() + ":"
                + (r.isRejected() ? "rejected" : r.value()) + ":" + Thread.currentThread().getName())) {
            p.onBatch(steps -> batches.add(steps.size()));
            while (p.hasNext()) {
                ReadResult<?> r = p.next();
                String step = p.step();
                assertThat(step).startsWith(r.record() + ":");
                seen.add(step);
            }
        }
        assertThat(seen).hasSize((int) n);
        assertThat(seen.get(0)).isEqualTo("1:v1:migrationkit-reader test");
        assertThat(seen.get(2)).isEqualTo("3:rejected:migrationkit-reader test");
        // The step ran once per result, on the reader thread; the caller saw each batch once, before its results.
        assertThat(batches).containsExactly(Pipelined.BATCH, Pipelined.BATCH, Pipelined.BATCH, 17);
    }

    @Test
    void aFailureOfTheStep_reachesTheCaller() {
        try (Pipelined<String> p = Pipelined.start(results(10), "test", r -> {
            if (r.record() == 5) {
                throw new IllegalStateException("step failed at 5");
            }
            return "ok";
        })) {
            assertThatThrownBy(() -> {
                while (p.hasNext()) {
                    p.next();
                }
            }).isInstanceOf(IllegalStateException.class).hasMessage("step failed at 5");
        }
    }
}
