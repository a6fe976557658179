package io.rpcboot.it.numbers.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Echoes numbers back as it got them: each in every place a value can sit in a call. */
public interface Numbers {

	BigDecimal decimal(BigDecimal value);

	BigInteger integer(BigInteger value);

	long wide(long value);

	double real(double value);

	float single(float value);

	int count(int value);

	/** Every kind as a top-level parameter; the answer is the record they make. */
	Amounts spread(BigDecimal decimal, BigInteger integer, long wide, double real, float single);

	Amounts record(Amounts value);

	List<Amounts> list(List<Amounts> values);

	Map<String, Amounts> map(Map<String, Amounts> values);

	Optional<Amounts> optional(Optional<Amounts> value);

	List<BigDecimal> decimals(List<BigDecimal> values);

	Map<String, BigDecimal> decimalsByName(Map<String, BigDecimal> values);

	Optional<BigDecimal> maybeDecimal(Optional<BigDecimal> value);

	Counted counted(Counted value);

	/** One of each kind of number; equal only when every value and every scale is equal. */
	record Amounts(BigDecimal decimal, BigInteger integer, long wide, double real, float single) {
	}

	/** A record with an {@code int}: a fraction for it is no int. */
	record Counted(String what, int count) {
	}

}
