/**
 * Where the application uses Spring Security: marks on each request how far Spring
 * Security's filter chain let it go, so that a rejection is answered with the right problem.
 */
@NullMarked
package io.rpcboot.security;

import org.jspecify.annotations.NullMarked;
