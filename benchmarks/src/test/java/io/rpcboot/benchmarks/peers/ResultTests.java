package io.rpcboot.benchmarks.peers;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResultTests {

	@Test
	void parsesTheClientsLine() {
		Result result = Result.parse("CELL\trpcboot\techo\t16\t3000\t2000000000\t1500000\t9000000\t2\t30\t15\tboom");
		assertThat(result.row()).isEqualTo("rpcboot");
		assertThat(result.rate()).isEqualTo(1500);
		assertThat(result.p50Ms()).isEqualTo(1.5);
		assertThat(result.p99Ms()).isEqualTo(9);
		assertThat(result.clientCpuUs()).isEqualTo(100);
		assertThat(result.serverCpuUs()).isEqualTo(50);
		assertThat(result.firstError()).isEqualTo("boom");
	}

	@Test
	void mediansPickTheMiddleRoundOfEachCell() {
		List<Result> medians = Result.medians(List.of(cell("rpcboot", 100), cell("grpc", 10), cell("rpcboot", 300),
				cell("rpcboot", 200), cell("grpc", 30), cell("grpc", 20)));
		assertThat(medians).extracting(Result::row, Result::calls)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("rpcboot", 200L),
					org.assertj.core.groups.Tuple.tuple("grpc", 20L));
	}

	private static Result cell(String row, long calls) {
		return new Result(row, "echo", 16, calls, 1, 1, 1, 0, 1, 1, "-");
	}

}
