package org.migrationkit.io.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

    @ParameterizedTest(name = "step on the caller: {0}")
    @ValueSource(booleans = {false, true})
    void eachResult_comesWithWhatTheStepGaveForIt_inOrder_onTheThreadAsked(boolean onCaller) {
        long n = Pipelined.BATCH * 3L + 17;
        List<String> seen = new ArrayList<>();
        List<Integer> batches = new ArrayList<>();
        try (Pipelined<String> p = Pipelined.start(results(n), "test", r -> r.record() + ":"
                + (r.isRejected() ? "rejected" : r.value()) + ":" + Thread.currentThread().getName(), onCaller)) {
            p.onBatch(steps -> batches.add(steps.size()));
            while (p.hasNext()) {
                ReadResult<?> r = p.next();
                String step = p.step();
                assertThat(step).startsWith(r.record() + ":");
                seen.add(step);
            }
        }
        String thread = onCaller ? Thread.currentThread().getName() : "migrationkit-reader test";
        assertThat(seen).hasSize((int) n);
        assertThat(seen.get(0)).isEqualTo("1:v1:" + thread);
        assertThat(seen.get(2)).isEqualTo("3:rejected:" + thread);
        assertThat(seen).allSatisfy(step -> assertThat(step).endsWith(":" + thread));
        // The step ran once per result; the caller saw each batch once, with its steps, before its results.
        assertThat(batches).containsExactly(Pipelined.BATCH, Pipelined.BATCH, Pipelined.BATCH, 17);
    }

    @ParameterizedTest(name = "step on the caller: {0}")
    @ValueSource(booleans = {false, true})
    void aFailureOfTheStep_reachesTheCaller(boolean onCaller) {
        try (Pipelined<String> p = Pipelined.start(results(10), "test", r -> {
            if (r.record() == 5) {
                throw new IllegalStateException("step failed at 5");
            }
            return "ok";
        }, onCaller)) {
            assertThatThrownBy(() -> {
                while (p.hasNext()) {
                    p.next();
                }
            }).isInstanceOf(IllegalStateException.class).hasMessage("step failed at 5");
        }
    }
}
