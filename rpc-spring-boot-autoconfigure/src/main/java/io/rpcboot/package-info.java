/**
 * rpcboot's public API: the annotations that export services and declare clients, the
 * wire error codes, and the exceptions a client stub throws.
 */
@NullMarked
package io.rpcboot;

import org.jspecify.annotations.NullMarked;
