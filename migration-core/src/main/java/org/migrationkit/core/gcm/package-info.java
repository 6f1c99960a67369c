/**
 * The Global Compact for Migration (objectives and guiding principles) and the SDG migration indicators.
 */
@NullMarked
package org.migrationkit.core.gcm;

import org.jspecify.annotations.NullMarked;
