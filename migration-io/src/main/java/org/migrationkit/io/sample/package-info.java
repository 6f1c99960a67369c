/**
 * Sample data with known defects (DESIGN §7): {@link org.migrationkit.io.sample.Defects} writes a generated dataset's
 * CSV tables with defects injected at a given rate and reports each one as an
 * {@link org.migrationkit.io.sample.InjectedDefect}, the line of a manifest a validator can be scored against.
 */
@org.jspecify.annotations.NullMarked
package org.migrationkit.io.sample;
