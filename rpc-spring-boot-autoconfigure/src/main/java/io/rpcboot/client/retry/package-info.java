/**
 * When a failed client call is sent again: the {@link io.rpcboot.client.retry.RpcRetryPolicy}
 * a user may replace, and its default, exponential backoff with full jitter.
 */
@NullMarked
package io.rpcboot.client.retry;

import org.jspecify.annotations.NullMarked;
