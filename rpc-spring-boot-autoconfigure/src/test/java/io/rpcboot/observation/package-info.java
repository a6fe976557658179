@NullMarked
package io.rpcboot.observation;

import org.jspecify.annotations.NullMarked;
