package io.rpcboot.it.numbers.client;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.springframework.context.ApplicationContext;

import io.rpcboot.it.numbers.api.Numbers;

/** How a test calls the remote {@code Numbers}: blocking, or through a future it waits for. */
public enum NumbersWay {

	BLOCKING {
		@Override
		public Numbers numbers(ApplicationContext client) {
			return client.getBean(NumbersClient.class);
		}
	},

	FUTURE {
		@Override
		public Numbers numbers(ApplicationContext client) {
			NumbersFutures futures = client.getBean(NumbersFutures.class);
			return (Numbers) Proxy.newProxyInstance(Numbers.class.getClassLoader(), new Class<?>[] { Numbers.class },
					(proxy, method, arguments) -> waitFor(futures, method, arguments));
		}
	};

	/** The client application's {@code Numbers}, called this way. */
	public abstract Numbers numbers(ApplicationContext client);

	private static Object waitFor(NumbersFutures futures, Method method, Object[] arguments) throws Throwable {
		Method future = NumbersFutures.class.getMethod(method.getName(), method.getParameterTypes());
		try {
			return ((CompletableFuture<?>) future.invoke(futures, arguments)).get(30, TimeUnit.SECONDS);
		}
		catch (InvocationTargetException | ExecutionException ex) {
			throw ex.getCause();
		}
	}

}
