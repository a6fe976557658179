@NullMarked
package io.rpcboot.context;

import org.jspecify.annotations.NullMarked;
