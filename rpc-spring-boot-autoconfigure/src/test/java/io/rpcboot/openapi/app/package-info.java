/** A server application whose service exercises what the OpenAPI document describes. */
@NullMarked
package io.rpcboot.openapi.app;

import org.jspecify.annotations.NullMarked;
