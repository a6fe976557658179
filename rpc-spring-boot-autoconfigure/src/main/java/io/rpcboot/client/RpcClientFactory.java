package io.rpcboot.client;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.env.PropertyResolver;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.web.client.RestClient;

import io.rpcboot.RpcMethod;
import io.rpcboot.client.retry.RpcRetryPolicy;
import io.rpcboot.codec.RpcCodec;
import io.rpcboot.codec.RpcCodecs;
import io.rpcboot.codec.SmileRpcCodec;
import io.rpcboot.observation.RpcCallCounts;
import io.rpcboot.observation.RpcClientObservationConvention;
import io.rpcboot.protocol.RpcInterfaces;
import io.rpcboot.protocol.RpcJson;
import io.rpcboot.protocol.RpcOperation;
import io.rpcboot.timer.DeadlineScheduler;
import tools.jackson.databind.JavaType;

/**
 * Creates the proxy of an {@code @RpcClient} interface. Each method is planned once, here,
 * so that a bad interface or a missing URL fails start-up with a message naming it.
 */
public class RpcClientFactory implements DisposableBean {

	private final RpcJson json;

	private final Function<String, ClientEndpoint> endpoints;

	private final PropertyResolver placeholders;

	private final Function<String, RestClient> restClients;

	private final ExecutorService asyncExecutor;

	private final ScheduledExecutorService deadlines;

	private final @Nullable AutoCloseable onDestroy;

	private final RpcRetryPolicy retryPolicy;

	/** One retry budget per client name, shared by every proxy of that client. */
	private final Map<String, RetryBudget> retryBudgets = new ConcurrentHashMap<>();

	private final List<CreatedClient> created = new CopyOnWriteArrayList<>();

	private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

	private @Nullable RpcClientObservationConvention observationConvention;

	private List<RpcTargetResolver> targetResolvers = List.of();

	private RpcCodecs codecs;

	private @Nullable Function<String, RpcAsyncClient> asyncClients;

	/**
	 * @param restClients the {@code RestClient} of a client, by client name, each built once
	 * @param endpoints the configured endpoint of a client, by client name
	 * @param placeholders resolves placeholders in {@code @RpcClient(url)}
	 * @param onDestroy what to close with the factory (the connection pools), or {@code null}
	 * @param retryPolicy decides which failed calls are sent again
	 */
	public RpcClientFactory(RpcJson json, Function<String, RestClient> restClients,
			Function<String, ClientEndpoint> endpoints, PropertyResolver placeholders,
			@Nullable AutoCloseable onDestroy, RpcRetryPolicy retryPolicy) {
		this.json = json;
		this.codecs = RpcCodecs.json(json);
		this.restClients = restClients;
		this.retryPolicy = retryPolicy;
		this.endpoints = endpoints;
		this.placeholders = placeholders;
		this.onDestroy = onDestroy;
		this.asyncExecutor = Executors.newCachedThreadPool(daemonThreads("rpc-client-"));
		this.deadlines = DeadlineScheduler.create("rpc-client-deadline-");
	}

	private static CustomizableThreadFactory daemonThreads(String prefix) {
		CustomizableThreadFactory threads = new CustomizableThreadFactory(prefix);
		threads.setDaemon(true);
		return threads;
	}

	/**
	 * Observes the calls of the proxies created from now on ({@code rpc.client}).
	 * @param convention replaces the default convention, or {@code null}
	 */
	public void setObservationRegistry(ObservationRegistry registry, @Nullable RpcClientObservationConvention convention) {
		this.observationRegistry = registry;
		this.observationConvention = convention;
	}

	/** The proxies created so far, as planned. */
	public List<CreatedClient> clients() {
		return List.copyOf(this.created);
	}

	/**
	 * The resolvers asked, in order, for the target of each client's URL; a URL none of them
	 * handles is a plain {@code http(s)} URL.
	 */
	public void setTargetResolvers(List<RpcTargetResolver> targetResolvers) {
		this.targetResolvers = List.copyOf(targetResolvers);
	}

	/** The encodings clients may send in ({@code rpc.client.encoding}) besides JSON, and read answers in. */
	public void setCodecs(RpcCodecs codecs) {
		this.codecs = codecs;
	}

	/**
	 * Sends the calls of {@code CompletableFuture} methods of the proxies created from now on
	 * without a thread each, through the async client of their client name; without it, each
	 * such call runs on a thread of its own.
	 */
	public void setAsyncClients(Function<String, RpcAsyncClient> asyncClients) {
		this.asyncClients = asyncClients;
	}

	/** Creates the client proxy of an interface. */
	public <T> T create(Class<T> type, ClientSpec spec) {
		ClientEndpoint endpoint = this.endpoints.apply(spec.name());
		String baseUrl = baseUrl(type, spec, endpoint);
		RpcTarget target = target(type, spec, baseUrl);
		String serviceUri = baseUrl + endpoint.path() + "/" + spec.service();
		List<RpcOperation> operations = new RpcInterfaces(this.json).operations(type, spec.service(), false);
		Resender resender = new Resender(spec.name(), endpoint.retry(),
				this.retryBudgets.computeIfAbsent(spec.name(), (name) -> new RetryBudget()), this.retryPolicy,
				target.failsOver());
		Map<Method, ClientMethod> methods = new HashMap<>();
		for (RpcOperation operation : operations) {
			methods.put(operation.method(),
					plan(operation, URI.create(serviceUri + "/" + operation.name()), endpoint, resender));
		}
		String description = "RpcClient(" + type.getSimpleName() + " -> " + serviceUri + ")";
		RpcTransport transport = new RpcTransport(this.restClients.apply(spec.name()), this.codecs,
				codec(type, spec, endpoint), this.asyncExecutor, this.deadlines, target,
				new ClientObservations(spec.name(), this.observationRegistry, this.observationConvention),
				(this.asyncClients != null) ? this.asyncClients.apply(spec.name()) : null);
		Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
				new RpcInvocationHandler(Map.copyOf(methods), transport, description));
		this.created.add(new CreatedClient(spec.name(), type, spec.service(), baseUrl, endpoint.path(),
				methods.values().stream().map(CreatedClient.PlannedMethod::of)
					.sorted(Comparator.comparing(CreatedClient.PlannedMethod::name)
						.thenComparing(CreatedClient.PlannedMethod::arity))
					.toList()));
		return type.cast(proxy);
	}

	private String baseUrl(Class<?> type, ClientSpec spec, ClientEndpoint endpoint) {
		String url = StringUtils.hasText(spec.url()) ? this.placeholders.resolveRequiredPlaceholders(spec.url())
				: endpoint.url();
		if (!StringUtils.hasText(url)) {
			throw new IllegalStateException("RPC client '" + spec.name() + "' (" + type.getName()
					+ ") has no URL: set rpc.client.services." + spec.name() + ".url or @RpcClient(url)");
		}
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/** The codec of the client's configured encoding: one the application has, or start-up fails. */
	private RpcCodec codec(Class<?> type, ClientSpec spec, ClientEndpoint endpoint) {
		RpcCodec codec = this.codecs.named(endpoint.encoding());
		if (codec == null) {
			throw new IllegalStateException("RPC client '" + spec.name() + "' (" + type.getName() + "): encoding '"
					+ endpoint.encoding() + "' is none of " + this.codecs.names() + " (rpc.client.services."
					+ spec.name() + ".encoding or rpc.client.encoding)"
					+ (SmileRpcCodec.NAME.equalsIgnoreCase(endpoint.encoding())
							? "; Smile needs the dependency tools.jackson.dataformat:jackson-dataformat-smile" : ""));
		}
		return codec;
	}

	/** The target of the first resolver that handles the URL, else the URL itself, if it is absolute. */
	private RpcTarget target(Class<?> type, ClientSpec spec, String url) {
		try {
			URI uri = URI.create(url);
			for (RpcTargetResolver resolver : this.targetResolvers) {
				RpcTarget target = resolver.resolve(spec.name(), uri);
				if (target != null) {
					return target;
				}
			}
			if ("lb".equalsIgnoreCase(uri.getScheme())) {
				throw new IllegalStateException("RPC client '" + spec.name() + "' (" + type.getName() + "): URL '"
						+ url + "' needs Spring Cloud LoadBalancer: add the dependency "
						+ "org.springframework.cloud:spring-cloud-starter-loadbalancer");
			}
			if (uri.getScheme() == null || uri.getHost() == null) {
				throw new IllegalArgumentException("not an absolute http(s) URL");
			}
			return RpcTarget.fixed();
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("RPC client '" + spec.name() + "' (" + type.getName() + "): URL '" + url
					+ "' is invalid: " + ex.getMessage(), ex);
		}
	}

	private ClientMethod plan(RpcOperation operation, URI uri, ClientEndpoint endpoint, Resender resender) {
		RpcMethod annotation = AnnotationUtils.findAnnotation(operation.method(), RpcMethod.class);
		Duration annotated = null;
		if (annotation != null && StringUtils.hasText(annotation.timeout())) {
			try {
				annotated = DurationStyle.detectAndParse(annotation.timeout());
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("RPC method " + operation.qualifiedName() + ": @RpcMethod(timeout = \""
						+ annotation.timeout() + "\") is not a duration such as \"500ms\" or \"2s\"", ex);
			}
		}
		Duration timeout = endpoint.timeout(operation.name(), annotated);
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalStateException("RPC method " + operation.qualifiedName() + ": timeout must be positive, not "
					+ timeout);
		}
		boolean idempotent = annotation != null && annotation.idempotent();
		JavaType resultType = operation.isVoid() ? this.json.mapper().constructType(Object.class)
				: operation.resultType();
		return new ClientMethod(operation, uri, timeout, endpoint.connectTimeout(), idempotent,
				this.json.mapper().readerFor(resultType), List.of(operation.method().getExceptionTypes()), resender,
				maxResponseBytes(endpoint.maxResponseSize()), new RpcCallCounts());
	}

	/** The answer limit in bytes; an array holds at most about 2GB. */
	private static int maxResponseBytes(DataSize size) {
		return (int) Math.max(0, Math.min(size.toBytes(), Integer.MAX_VALUE - 8));
	}

	@Override
	public void destroy() throws Exception {
		this.asyncExecutor.shutdownNow();
		this.deadlines.shutdownNow();
		if (this.onDestroy != null) {
			this.onDestroy.close();
		}
	}

}
