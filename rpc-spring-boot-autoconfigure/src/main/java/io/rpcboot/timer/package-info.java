/**
 * The one-thread schedulers that watch call deadlines on both sides (internal).
 */
@NullMarked
package io.rpcboot.timer;

import org.jspecify.annotations.NullMarked;
