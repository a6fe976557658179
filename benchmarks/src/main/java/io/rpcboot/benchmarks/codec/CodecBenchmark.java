package io.rpcboot.benchmarks.codec;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.rpcboot.codec.JsonRpcCodec;
import io.rpcboot.codec.RpcCodec;
import io.rpcboot.codec.SmileRpcCodec;
import io.rpcboot.protocol.RpcJson;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.module.blackbird.BlackbirdModule;

/**
 * The codec path alone, without HTTP: writing and reading a bulk answer of 1,000 small
 * records, as the server writes a result and the client reads it (the RPC mapper's writer and
 * reader for the declared type, through {@link RpcCodec}), in JSON and Smile, with and without
 * Jackson's Blackbird module. Run with {@code -prof gc} for the bytes allocated per call; the
 * size of each encoding's body is printed at set-up.
 * <pre>
 * ./mvnw -q -pl benchmarks -am package -DskipTests
 * ./mvnw -q -pl benchmarks exec:exec -Djmh.args="CodecBenchmark -prof gc"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(1)
public class CodecBenchmark {

	/** A small record of the bulk answer: a name, an int and three short strings. */
	public record Item(String name, int count, String sku, String color, String note) {
	}

	private static final List<Item> BULK = IntStream.range(0, 1_000)
		.mapToObj((i) -> new Item("item-" + i, i, "SKU-" + (100_000 + i), (i % 2 == 0) ? "green" : "red", "n" + i))
		.toList();

	@Param({ "json", "smile" })
	public String encoding;

	@Param({ "false", "true" })
	public boolean blackbird;

	private RpcCodec codec;

	private ObjectWriter writer;

	private ObjectReader reader;

	private byte[] body;

	@Setup
	public void setUp() {
		JsonMapper.Builder application = JsonMapper.builder();
		if (this.blackbird) {
			application.addModule(new BlackbirdModule());
		}
		RpcJson json = new RpcJson(application.build());
		this.codec = "smile".equals(this.encoding) ? new SmileRpcCodec(json) : new JsonRpcCodec(json);
		TypeReference<List<Item>> type = new TypeReference<>() {
		};
		this.writer = json.mapper().writerFor(type);
		this.reader = json.mapper().readerFor(type);
		this.body = this.codec.write(this.writer, BULK);
		List<Item> back = this.codec.read(this.reader, this.body);
		if (!BULK.equals(back)) {
			throw new IllegalStateException(this.encoding + " does not round-trip the bulk answer");
		}
		System.out.println("# " + this.encoding + (this.blackbird ? " + blackbird" : "") + ": " + this.body.length
				+ " bytes per answer of " + BULK.size() + " records");
	}

	@Benchmark
	public byte[] write() {
		return this.codec.write(this.writer, BULK);
	}

	@Benchmark
	public List<Item> read() {
		return this.codec.read(this.reader, this.body);
	}

}
