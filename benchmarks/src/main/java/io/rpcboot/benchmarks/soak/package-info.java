/**
 * Soak and chaos: callers in closed loop against a server JVM that is SIGKILLed and restarted,
 * with a report of calls, failures and resources. Not run in CI; see {@link io.rpcboot.benchmarks.soak.SoakDriver}.
 */
@NullMarked
package io.rpcboot.benchmarks.soak;

import org.jspecify.annotations.NullMarked;
