/**
 * Code lists of the field, each citing its source: MMP routes, regions, causes and incident types; UNHCR population types and specific needs; HXL hashtags; transport modes; assistance types.
 */
@NullMarked
package org.migrationkit.core.vocab;

import org.jspecify.annotations.NullMarked;
