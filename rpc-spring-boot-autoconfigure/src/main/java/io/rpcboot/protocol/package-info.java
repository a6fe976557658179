/**
 * The wire format of rpcboot: names, headers, the JSON binding and the start-up check of what JSON can carry.
 */
@NullMarked
package io.rpcboot.protocol;

import org.jspecify.annotations.NullMarked;
