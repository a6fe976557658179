package io.rpcboot.it.numbers.server;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.rpcboot.RpcService;
import io.rpcboot.it.numbers.api.Numbers;

/** Returns what it got, untouched: whatever changed, changed on the wire. */
@RpcService
public class NumbersService implements Numbers {

	@Override
	public BigDecimal decimal(BigDecimal value) {
		return value;
	}

	@Override
	public BigInteger integer(BigInteger value) {
		return value;
	}

	@Override
	public long wide(long value) {
		return value;
	}

	@Override
	public double real(double value) {
		return value;
	}

	@Override
	public float single(float value) {
		return value;
	}

	@Override
	public int count(int value) {
		return value;
	}

	@Override
	public Amounts spread(BigDecimal decimal, BigInteger integer, long wide, double real, float single) {
		return new Amounts(decimal, integer, wide, real, single);
	}

	@Override
	public Amounts record(Amounts value) {
		return value;
	}

	@Override
	public List<Amounts> list(List<Amounts> values) {
		return values;
	}

	@Override
	public Map<String, Amounts> map(Map<String, Amounts> values) {
		return values;
	}

	@Override
	public Optional<Amounts> optional(Optional<Amounts> value) {
		return value;
	}

	@Override
	public List<BigDecimal> decimals(List<BigDecimal> values) {
		return values;
	}

	@Override
	public Map<String, BigDecimal> decimalsByName(Map<String, BigDecimal> values) {
		return values;
	}

	@Override
	public Optional<BigDecimal> maybeDecimal(Optional<BigDecimal> value) {
		return value;
	}

	@Override
	public Counted counted(Counted value) {
		return value;
	}

}
