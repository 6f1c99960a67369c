package org.migrationkit.io.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintTableTest {
    private final Fingerprints fp = new Fingerprints();

    private int put(FingerprintTable t, String id, int value) {
        fp.of(id);
        return t.putIfAbsent(fp.hi(), fp.lo(), value);
    }

    @Test
    void putIfAbsent_findsEveryEarlierIdAcrossGrowth() {
        FingerprintTable t = new FingerprintTable(new FingerprintTable.Budget(64L << 20));
        for (int i = 0; i < 100_000; i++) {
            assertThat(put(t, "m-" + i, i)).isEqualTo(FingerprintTable.ABSENT);
        }
        for (int i = 0; i < 100_000; i += 997) {
            assertThat(put(t, "m-" + i, -1)).isEqualTo(i);
        }
        assertThat(t.size()).isEqualTo(100_000);
        assertThat(t.isFull()).isFalse();
    }

    @Test
    void fingerprints_ofIdsThatDifferByOneCharacterOrByOrder_differ() {
        fp.of("m-0000001");
        long hi = fp.hi();
        long lo = fp.lo();
        fp.of("m-0000010");
        assertThat(fp.hi() == hi && fp.lo() == lo).isFalse();
        fp.of("m-0000001");
        assertThat(fp.hi()).isEqualTo(hi);
        assertThat(fp.lo()).isEqualTo(lo);
    }

    @Test
    void putMin_keepsTheSmallestValue() {
        FingerprintTable t = new FingerprintTable(new FingerprintTable.Budget(1 << 20));
        fp.of("j-1");
        t.putMin(fp.hi(), fp.lo(), 20);
        t.putMin(fp.hi(), fp.lo(), 10);
        t.putMin(fp.hi(), fp.lo(), 30);
        assertThat(t.get(fp.hi(), fp.lo())).isEqualTo(10);
        fp.of("j-2");
        assertThat(t.get(fp.hi(), fp.lo())).isEqualTo(FingerprintTable.ABSENT);
    }

    @Test
    void tablesSharingABudget_fillItTogether() {
        FingerprintTable.Budget budget = new FingerprintTable.Budget(1 << 20);
        FingerprintTable a = new FingerprintTable(budget);
        FingerprintTable b = new FingerprintTable(budget);
        int i = 0;
        while (!b.isFull()) {
            put(b, "b-" + i++, 0);
        }
        assertThat(b.size()).isEqualTo(24_576);
        i = 0;
        while (!a.isFull()) {
            put(a, "a-" + i++, 0);
        }
        // b's 32,768 slots leave a room for 16,384 slots, not 32,768 as when alone.
        assertThat(a.size()).isEqualTo(12_288);
        assertThat(budget.used).isLessThanOrEqualTo(budget.limit);
    }

    @Test
    void pastItsBudget_theTableSaysItIsFull() {
        FingerprintTable t = new FingerprintTable(new FingerprintTable.Budget(1 << 20));
        int i = 0;
        while (!t.isFull()) {
            put(t, "id-" + i++, 0);
        }
        // 1 MiB at 21 bytes a slot: 32,768 slots, three quarters of them usable.
        assertThat(t.size()).isEqualTo(24_576);
        assertThat(FingerprintTable.bytesFor(32_768)).isLessThanOrEqualTo(1 << 20);
    }

    @Test
    void theZeroFingerprint_isAnIdLikeAnyOther() {
        FingerprintTable t = new FingerprintTable(new FingerprintTable.Budget(1 << 20));
        assertThat(t.get(0, 0)).isEqualTo(FingerprintTable.ABSENT);
        assertThat(t.putIfAbsent(0, 0, 7)).isEqualTo(FingerprintTable.ABSENT);
        assertThat(t.putIfAbsent(0, 0, 8)).isEqualTo(7);
        assertThat(t.contains(0, 0)).isTrue();
        t.putMin(0, 0, 3);
        t.putMin(0, 0, 5);
        assertThat(t.get(0, 0)).isEqualTo(3);
        // A fingerprint with one half zero is an ordinary one.
        assertThat(t.putIfAbsent(0, 1, 9)).isEqualTo(FingerprintTable.ABSENT);
        assertThat(t.putIfAbsent(1, 0, 10)).isEqualTo(FingerprintTable.ABSENT);
        assertThat(t.get(0, 1)).isEqualTo(9);
        assertThat(t.get(1, 0)).isEqualTo(10);
        assertThat(t.size()).isEqualTo(3);
    }

    @Test
    void putMin_addsAnAbsentFingerprint_andKeepsItsValueAcrossGrowth() {
        FingerprintTable t = new FingerprintTable(new FingerprintTable.Budget(64L << 20));
        for (int i = 0; i < 50_000; i++) {
            fp.of("j-" + i);
            t.putMin(fp.hi(), fp.lo(), i);
            t.putMin(fp.hi(), fp.lo(), i + 1);
        }
        for (int i = 0; i < 50_000; i += 101) {
            fp.of("j-" + i);
            assertThat(t.get(fp.hi(), fp.lo())).isEqualTo(i);
        }
        assertThat(t.size()).isEqualTo(50_000);
    }

    @Test
    void touch_readsTheTagWhereTheSearchStarts_withoutChangingTheTable() {
        FingerprintTable t = new FingerprintTable(new FingerprintTable.Budget(1 << 20));
        fp.of("m-1");
        long hi = fp.hi();
        assertThat(t.touch(hi)).isZero();
        put(t, "m-1", 1);
        // The table is empty but for m-1, so m-1 sits where its search starts: its tag (taken, and the top seven
        // bits of the fingerprint's low half) is read.
        assertThat(t.touch(hi)).isEqualTo((byte) (0x80 | fp.lo() >>> 57));
        assertThat(t.size()).isEqualTo(1);
    }

    @Test
    void reserve_growsOnceToHoldTheIds_keepingThoseThere() {
        FingerprintTable.Budget budget = new FingerprintTable.Budget(64L << 20);
        FingerprintTable t = new FingerprintTable(budget);
        for (int i = 0; i < 1_000; i++) {
            put(t, "m-" + i, i);
        }
        t.reserve(100_000);
        // 100,000 ids at most three quarters full: 262,144 slots, counted against the budget.
        assertThat(budget.used).isEqualTo(FingerprintTable.bytesFor(262_144));
        for (int i = 0; i < 100_000; i++) {
            assertThat(put(t, "m-" + i, -1)).isEqualTo(i < 1_000 ? i : FingerprintTable.ABSENT);
        }
        assertThat(budget.used).as("no growth past the reserve").isEqualTo(FingerprintTable.bytesFor(262_144));
        t.reserve(10);
        assertThat(budget.used).as("never shrinks").isEqualTo(FingerprintTable.bytesFor(262_144));
    }

    @Test
    void reserve_stopsAtTheBudget() {
        FingerprintTable.Budget budget = new FingerprintTable.Budget(1 << 20);
        FingerprintTable t = new FingerprintTable(budget);
        t.reserve(1_000_000);
        // 1 MiB holds 32,768 slots of 21 bytes: the largest table the growth one at a time reaches too.
        assertThat(budget.used).isEqualTo(FingerprintTable.bytesFor(32_768));
        int i = 0;
        while (!t.isFull()) {
            put(t, "id-" + i++, 0);
        }
        assertThat(t.size()).isEqualTo(24_576);
    }

    @Test
    void fingerprintsSharingTheirFirstSlotAndTag_areToldApart() {
        FingerprintTable t = new FingerprintTable(new FingerprintTable.Budget(1 << 20));
        // One high half (one first slot) and low halves whose top bits (the tag) are all zero: one probe run of
        // 100 slots with one tag, every fingerprint found by its own low half.
        long hi = 42;
        for (int i = 1; i <= 100; i++) {
            assertThat(t.putIfAbsent(hi, i, i)).isEqualTo(FingerprintTable.ABSENT);
        }
        for (int i = 1; i <= 100; i++) {
            assertThat(t.get(hi, i)).isEqualTo(i);
        }
        assertThat(t.get(hi, 101)).isEqualTo(FingerprintTable.ABSENT);
        assertThat(t.get(hi, 1 | 1L << 63)).as("the same low bits, another tag").isEqualTo(FingerprintTable.ABSENT);
        assertThat(t.putIfAbsent(hi, 1 | 1L << 63, 7)).isEqualTo(FingerprintTable.ABSENT);
        assertThat(t.get(hi, 1 | 1L << 63)).isEqualTo(7);
        assertThat(t.size()).isEqualTo(101);
    }
}
