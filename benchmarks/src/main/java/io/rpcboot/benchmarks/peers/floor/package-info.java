/**
 * The {@code floor} row: Apache HttpClient 5 (classic) sending the bytes rpcboot's client sends to a
 * bare servlet in a plain embedded Tomcat that answers the bytes rpcboot's server answers.
 */
@NullMarked
package io.rpcboot.benchmarks.peers.floor;

import org.jspecify.annotations.NullMarked;
