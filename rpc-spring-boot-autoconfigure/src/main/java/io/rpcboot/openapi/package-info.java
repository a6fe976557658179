/**
 * OpenAPI 3.1 description of the exported RPC operations: the document at
 * {@code {rpc.server.path}/openapi.json} and the operations added to springdoc's document.
 * Schemas come from swagger-core's model converters.
 */
@NullMarked
package io.rpcboot.openapi;

import org.jspecify.annotations.NullMarked;
