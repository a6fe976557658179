/**
 * Auto-configuration of the rpcboot server and client stubs, and their properties.
 */
@NullMarked
package io.rpcboot.autoconfigure;

import org.jspecify.annotations.NullMarked;
