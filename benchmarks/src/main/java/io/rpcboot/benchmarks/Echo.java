package io.rpcboot.benchmarks;

import java.util.List;

/** The service both sides of the benchmark call: a small record in, the same record out. */
public interface Echo {

	Payload echo(Payload payload);

	record Payload(String name, int count, List<Integer> values) {
	}

}
