@NullMarked
package io.rpcboot.openapi;

import org.jspecify.annotations.NullMarked;
