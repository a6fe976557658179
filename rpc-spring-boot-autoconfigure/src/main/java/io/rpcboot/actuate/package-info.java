/**
 * The {@code rpc} actuator endpoint: what the application exports and calls, with the
 * effective settings and the counts of calls by outcome since start.
 */
@NullMarked
package io.rpcboot.actuate;

import org.jspecify.annotations.NullMarked;
