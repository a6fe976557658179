/**
 * The server the fuzzer attacks, and what it records of each exchange.
 */
@NullMarked
package io.rpcboot.fuzz.server;

import org.jspecify.annotations.NullMarked;
