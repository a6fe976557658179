package io.rpcboot.it.numbers.client;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.rpcboot.RpcClient;
import io.rpcboot.it.numbers.api.Numbers.Amounts;
import io.rpcboot.it.numbers.api.Numbers.Counted;

/** Calls the remote {@code Numbers} through futures, sent without a thread each. */
@RpcClient(service = "Numbers")
public interface NumbersFutures {

	CompletableFuture<BigDecimal> decimal(BigDecimal value);

	CompletableFuture<BigInteger> integer(BigInteger value);

	CompletableFuture<Long> wide(long value);

	CompletableFuture<Double> real(double value);

	CompletableFuture<Float> single(float value);

	CompletableFuture<Integer> count(int value);

	CompletableFuture<Amounts> spread(BigDecimal decimal, BigInteger integer, long wide, double real, float single);

	CompletableFuture<Amounts> record(Amounts value);

	CompletableFuture<List<Amounts>> list(List<Amounts> values);

	CompletableFuture<Map<String, Amounts>> map(Map<String, Amounts> values);

	CompletableFuture<Optional<Amounts>> optional(Optional<Amounts> value);

	CompletableFuture<List<BigDecimal>> decimals(List<BigDecimal> values);

	CompletableFuture<Map<String, BigDecimal>> decimalsByName(Map<String, BigDecimal> values);

	CompletableFuture<Optional<BigDecimal>> maybeDecimal(Optional<BigDecimal> value);

	CompletableFuture<Counted> counted(Counted value);

}
