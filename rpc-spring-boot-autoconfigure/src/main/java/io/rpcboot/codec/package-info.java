/**
 * Encodings of a call's body: JSON, what every peer speaks, and binary encodings such as
 * Smile that two rpcboot peers negotiate by {@code Content-Type} and {@code Accept}.
 */
@NullMarked
package io.rpcboot.codec;

import org.jspecify.annotations.NullMarked;
