/**
 * The Global Compact for Migration ({@link org.migrationkit.core.gcm.GcmObjective} objectives and
 * {@link org.migrationkit.core.gcm.GuidingPrinciple} guiding principles), the SDG migration indicators
 * ({@link org.migrationkit.core.gcm.SdgIndicator}) and the default mapping of assistance types to the objectives
 * they serve ({@link org.migrationkit.core.gcm.ObjectiveMapping}).
 */
@NullMarked
package org.migrationkit.core.gcm;

import org.jspecify.annotations.NullMarked;
