package io.rpcboot.context;

import io.micrometer.context.ThreadLocalAccessor;
import org.jspecify.annotations.Nullable;

/**
 * Carries the {@link IncomingDeadline} to the thread that runs a task, for Micrometer's
 * context propagation. Registered through {@code META-INF/services}, so that the
 * {@code ContextRegistry} finds it with no configuration.
 */
public final class IncomingDeadlineAccessor implements ThreadLocalAccessor<IncomingDeadline> {

	/** The key of the deadline in a {@code ContextSnapshot}. */
	public static final String KEY = "rpcboot.incoming-deadline";

	@Override
	public Object key() {
		return KEY;
	}

	@Override
	public @Nullable IncomingDeadline getValue() {
		return IncomingDeadline.current();
	}

	@Override
	public void setValue(IncomingDeadline value) {
		IncomingDeadline.set(value);
	}

	@Override
	public void setValue() {
		IncomingDeadline.set(null);
	}

}
