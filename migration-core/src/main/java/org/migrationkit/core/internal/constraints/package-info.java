/** The validators of the constraints in {@code org.migrationkit.core.constraints}; not an API. */
@NullMarked
package org.migrationkit.core.internal.constraints;

import org.jspecify.annotations.NullMarked;
