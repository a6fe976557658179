package io.rpcboot.server;

import java.io.IOException;
import java.util.Enumeration;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.ServerHttpObservationFilter;

import io.rpcboot.RpcCode;
import io.rpcboot.codec.RpcCodec;
import io.rpcboot.codec.RpcCodecs;
import io.rpcboot.observation.RpcCallCounts;
import io.rpcboot.observation.RpcServerObservationConvention;
import io.rpcboot.protocol.MessageBodies;
import io.rpcboot.protocol.RpcJson;
import io.rpcboot.protocol.RpcProtocol;
import io.rpcboot.server.ArgumentsReader.RawArguments;
import io.rpcboot.timer.DeadlineScheduler;

/**
 * The server stub's one route, {@code {rpc.server.path}/{service}/{method}}: a bare servlet,
 * with no controller machinery on the path of a call. It resolves the target from the raw
 * path before reading the body, checks the request's shape, binds the arguments, and calls
 * the bean; every failure is answered as a problem with the protocol's code.
 */
public class RpcEndpointServlet extends HttpServlet {

	private static final Log logger = LogFactory.getLog(RpcEndpointServlet.class);

	private static final Pattern TARGET = Pattern
		.compile("/(" + RpcProtocol.NAME.pattern() + ")/(" + RpcProtocol.NAME.pattern() + ")");

	private final RpcServiceRegistry registry;

	private final String basePath;

	private final long maxRequestSize;

	private final BooleanSupplier draining;

	private final @Nullable ServiceCatalog catalog;

	private final CallLimit limit;

	private final ArgumentsReader argumentsReader;

	private final ResponseWriter writer;

	private final ScheduledExecutorService deadlines;

	private volatile boolean warnedNoAsyncSupport;

	private ServerObservations observations = ServerObservations.NONE;

	private RpcCodecs codecs;

	/**
	 * @param draining tells when the server is shutting down and takes no new calls
	 * @param catalog the catalog answered to {@code GET {path}}, or {@code null} where disabled
	 */
	public RpcEndpointServlet(RpcServiceRegistry registry, RpcJson json, EndpointSettings settings,
			BooleanSupplier draining, @Nullable ServiceCatalog catalog) {
		this.registry = registry;
		this.basePath = settings.basePath();
		this.maxRequestSize = settings.maxRequestSize();
		this.draining = draining;
		this.catalog = catalog;
		this.limit = new CallLimit(settings.maxConcurrentCalls());
		this.argumentsReader = new ArgumentsReader();
		this.codecs = RpcCodecs.json(json);
		this.writer = new ResponseWriter(json.mapper(), new ExceptionTranslator(settings.exceptionCodes()));
		this.deadlines = DeadlineScheduler.create("rpc-deadline-");
	}

	/**
	 * Observes each call resolved to an exported method ({@code rpc.server}); set before the
	 * servlet takes calls.
	 * @param convention replaces the default convention, or {@code null}
	 */
	public void setObservationRegistry(ObservationRegistry registry, @Nullable RpcServerObservationConvention convention) {
		this.observations = new ServerObservations(registry, convention);
	}

	/** The encodings the servlet reads and answers besides JSON; set before it takes calls. */
	public void setCodecs(RpcCodecs codecs) {
		this.codecs = codecs;
	}

	@Override
	protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
		try {
			handle(request, response);
		}
		catch (RpcFailure failure) {
			answerFailure(this.writer, response, failure);
		}
		catch (IOException ex) {
			// the caller went away while its answer was written: nothing is left to tell it
		}
	}

	/** Resolve the target, check the request's shape, take a place, read the arguments, call. */
	private void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String path = relativePath(request);
		if ("".equals(path) || "/".equals(path)) {
			answerCatalog(request, response);
			return;
		}
		Target target = resolve(request, path);
		ObservedCall call = this.observations.begin(target.service(), target.method(), target.counts(), request);
		RpcCodec answerCodec = this.codecs.answering(request.getHeader(HttpHeaders.ACCEPT));
		ResponseWriter writer = this.writer.answering(call, answerCodec);
		try (Observation.Scope scope = call.openScope()) {
			serve(request, response, target, call, writer);
		}
		catch (RpcFailure failure) {
			answerFailure(writer, response, failure);
		}
		catch (RuntimeException ex) {
			call.answered(RpcCode.INTERNAL, ex); // the container answers it: the call still ends
			throw ex;
		}
	}

	/** Check the request's shape, take a place, read the arguments, call: every answer goes through the call's writer. */
	private void serve(HttpServletRequest request, HttpServletResponse response, Target target, ObservedCall call,
			ResponseWriter writer) throws IOException {
		requirePost(request, response, target.name());
		if (this.draining.getAsBoolean()) {
			throw RpcFailure.shuttingDown(target.name());
		}
		RpcCodec codec = requireCodec(request, target.name());
		long deadline = deadline(request, target.name());
		call.expiresAt(deadline);
		RawArguments raw = this.argumentsReader.parse(codec, readBody(request, target.name()), target.name());
		ServerMethod method = ArgumentsReader.select(target.overloads(), raw, target.name());
		@Nullable Object[] arguments = this.argumentsReader.bind(raw, method);
		requireTimeLeft(deadline, target.name());
		// taken last: a caller trickling its body holds no place that runnable calls wait for
		CallLimit.Permit permit = this.limit.acquire(target.name(), response);
		if ((deadline >= 0 || method.operation().async()) && request.isAsyncSupported()) {
			AsyncContext async = request.startAsync(request, response);
			async.setTimeout(0); // the call's own deadline governs, not the container's default
			async.addListener(call);
			new DeadlineCall(async, method, writer, permit).run(arguments, deadline, this.deadlines);
			return;
		}
		if (deadline >= 0 || method.operation().async()) {
			warnNoAsyncSupport();
		}
		new BlockingCall(method, writer, permit).run(response, arguments, deadline, this.deadlines);
	}

	private void warnNoAsyncSupport() {
		if (!this.warnedNoAsyncSupport) {
			this.warnedNoAsyncSupport = true;
			logger.warn("A servlet filter in front of " + this.basePath + " is not async-supported: calls with a deadline"
					+ " run and are answered on the request thread, and a method that ignores interrupts delays its 504"
					+ " until it returns. Register the filter with asyncSupported=true.");
		}
	}

	/** The target named by the path: a service's overloads of one method name. */
	private Target resolve(HttpServletRequest request, @Nullable String path) {
		Matcher target = (path != null) ? TARGET.matcher(path) : null;
		if (target == null || !target.matches()) {
			throw new RpcFailure(RpcCode.UNIMPLEMENTED,
					"no RPC target at " + request.getRequestURI() + "; calls go to " + this.basePath + "/{service}/{method}");
		}
		ExportedService service = this.registry.service(target.group(1));
		if (service == null) {
			throw new RpcFailure(RpcCode.UNIMPLEMENTED, "no RPC service '" + target.group(1) + "'");
		}
		String method = target.group(2);
		Map<Integer, ServerMethod> overloads = service.overloads(method);
		if (overloads == null) {
			throw new RpcFailure(RpcCode.UNIMPLEMENTED, "RPC service " + service.name() + " has no method '" + method + "'");
		}
		// where Spring's HTTP observations run, a call is tagged with its target, not "UNKNOWN"
		ServerHttpObservationFilter.findObservationContext(request)
			.ifPresent((context) -> context.setPathPattern(this.basePath + "/" + service.name() + "/" + method));
		return new Target(service.name(), method, overloads, service.counts().get(method));
	}

	private static void answerFailure(ResponseWriter writer, HttpServletResponse response, RpcFailure failure) {
		try {
			writer.writeFailure(response, failure);
		}
		catch (IOException ex) {
			// the caller went away (it may have cut its own upload): nothing is left to tell it
		}
	}

	/** The raw request path below {@code rpc.server.path}, still encoded; {@code null} if not below it. */
	private @Nullable String relativePath(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String prefix = request.getContextPath() + this.basePath;
		return uri.startsWith(prefix) ? uri.substring(prefix.length()) : null;
	}

	private void answerCatalog(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (this.catalog == null) {
			throw new RpcFailure(RpcCode.UNIMPLEMENTED,
					"no RPC target at " + request.getRequestURI() + " (the catalog is disabled)");
		}
		if (!"GET".equals(request.getMethod())) {
			response.setHeader("Allow", "GET");
			throw new RpcFailure(405, RpcCode.UNIMPLEMENTED, "the catalog answers GET only", null);
		}
		this.writer.writeJson(response, this.catalog.render(this.registry));
	}

	private static void requirePost(HttpServletRequest request, HttpServletResponse response, String name) {
		if (!"POST".equals(request.getMethod())) {
			response.setHeader("Allow", "POST");
			throw new RpcFailure(HttpServletResponse.SC_METHOD_NOT_ALLOWED, RpcCode.UNIMPLEMENTED,
					name + ": an RPC call is a POST, not a " + request.getMethod(), null);
		}
	}

	/**
	 * Only a body in an encoding the server speaks (JSON, or a codec's) is a call. A POST
	 * without a {@code Content-Type} is refused too: a web page can make a browser send one
	 * cross-site without a CORS preflight, while a JSON or binary content type always needs one.
	 */
	private RpcCodec requireCodec(HttpServletRequest request, String name) {
		String contentType = request.getContentType();
		if (contentType == null || contentType.isBlank()) {
			throw new RpcFailure(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, RpcCode.INVALID_ARGUMENT,
					name + ": the request has no Content-Type; send the arguments as application/json", null);
		}
		RpcCodec codec;
		try {
			codec = this.codecs.reading(MediaType.parseMediaType(contentType));
		}
		catch (InvalidMediaTypeException | IndexOutOfBoundsException ex) {
			codec = null; // Spring's parser fails on some malformed types (a quoted type) out of bounds
		}
		if (codec == null) {
			throw new RpcFailure(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, RpcCode.INVALID_ARGUMENT,
					name + ": the body must be application/json, not " + contentType, null);
		}
		return codec;
	}

	/** The call's deadline as a {@link System#nanoTime()}, or -1 where the caller set none. */
	private static long deadline(HttpServletRequest request, String name) {
		Enumeration<String> headers = request.getHeaders(RpcProtocol.TIMEOUT_HEADER);
		if (headers == null || !headers.hasMoreElements()) {
			return -1;
		}
		String header = headers.nextElement();
		if (headers.hasMoreElements()) { // two deadlines are as good as none: refuse rather than pick one
			header = header + ", " + headers.nextElement();
		}
		long millis = RpcProtocol.parseTimeout(header);
		if (millis < 0) {
			throw ArgumentsReader.invalid(name + ": " + RpcProtocol.TIMEOUT_HEADER
					+ " must be 1 to 10 digits (milliseconds), not '" + header + "'");
		}
		if (millis == 0) {
			throw new RpcFailure(RpcCode.DEADLINE_EXCEEDED, name + ": the call arrived with no time left");
		}
		return System.nanoTime() + millis * 1_000_000;
	}

	private byte[] readBody(HttpServletRequest request, String name) throws IOException {
		long declared = request.getContentLengthLong();
		if (declared > this.maxRequestSize) {
			throw tooLarge(name, declared + " bytes");
		}
		byte[] body;
		try {
			body = MessageBodies.read(request.getInputStream(), declared, this.maxRequestSize);
		}
		catch (IOException ex) {
			// a caller that cut its upload, or broken chunked framing: the call cannot run
			throw new RpcFailure(RpcCode.INVALID_ARGUMENT, name + ": the body could not be read whole ("
					+ ((ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName()) + ")");
		}
		if (body.length > this.maxRequestSize) {
			throw tooLarge(name, "more than " + this.maxRequestSize + " bytes");
		}
		return body;
	}

	/** A call whose deadline passed while its body arrived is not run. */
	private static void requireTimeLeft(long deadline, String name) {
		if (deadline >= 0 && System.nanoTime() - deadline >= 0) {
			throw new RpcFailure(RpcCode.DEADLINE_EXCEEDED,
					name + ": the deadline passed while the request arrived; the call did not run");
		}
	}

	private RpcFailure tooLarge(String name, String size) {
		return new RpcFailure(RpcCode.RESOURCE_EXHAUSTED, name + ": the body has " + size + "; the limit is "
				+ this.maxRequestSize + " bytes (rpc.server.max-request-size)");
	}

	/**
	 * What a path names: the overloads that share one method name, and the counts of their calls.
	 * @param service the exported service's name
	 * @param method the method's wire name
	 */
	private record Target(String service, String method, Map<Integer, ServerMethod> overloads, RpcCallCounts counts) {

		/** {@code Service.method}, the way every message names it. */
		String name() {
			return this.service + "." + this.method;
		}

	}

	@Override
	public void destroy() {
		this.deadlines.shutdownNow();
	}

}
