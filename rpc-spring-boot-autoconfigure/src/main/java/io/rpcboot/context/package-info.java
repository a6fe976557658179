/**
 * What travels with the call a thread is handling: the incoming call's deadline, which caps the
 * deadlines of the calls it makes, carried to other threads by Micrometer's context propagation.
 */
@NullMarked
package io.rpcboot.context;

import org.jspecify.annotations.NullMarked;
