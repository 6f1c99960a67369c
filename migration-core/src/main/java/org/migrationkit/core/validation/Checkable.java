package org.migrationkit.core.validation;

/**
 * A record that knows its record-level rules. Both ways of validating — a Jakarta {@code Validator} through the
 * record's class-level constraint, and the fast path {@link RecordRules#check(Checkable)} — call
 * {@link #check(RuleContext)}, so they cannot disagree.
 */
public interface Checkable {
    /**
     * Runs every record-level rule of this record, reporting each problem found to {@code context}.
     * Reports nothing when the record is consistent. Never throws for bad data.
     *
     * @param context where problems go, not null
     */
    void check(RuleContext context);
}
