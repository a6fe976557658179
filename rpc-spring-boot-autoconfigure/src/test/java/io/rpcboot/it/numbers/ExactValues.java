package io.rpcboot.it.numbers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import io.rpcboot.it.numbers.api.Numbers.Amounts;

/**
 * Generated numbers for property tests: random values over the whole range of each type, with
 * the edges mixed in often, from a fixed seed so that a failure is repeatable. The first
 * values hold every edge at least once.
 */
public final class ExactValues {

	/** The seed of every run; a failing value is printed whole, so no other seed is needed to repeat it. */
	public static final long SEED = 0x5eed_2026L;

	private static final long[] LONG_EDGES = { Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + 1,
			Long.MAX_VALUE - 1, 0, 1, -1, (1L << 53) + 1, -(1L << 53) - 1 };

	private static final double[] DOUBLE_EDGES = { -0.0, 0.0, Double.MIN_VALUE, -Double.MIN_VALUE,
			Math.nextDown(Double.MIN_NORMAL), Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 0.1,
			1.0 / 3, 4.35, 1e23, 9007199254740993.0, Double.NaN, Double.POSITIVE_INFINITY,
			Double.NEGATIVE_INFINITY };

	private static final float[] FLOAT_EDGES = { -0.0f, 0.0f, Float.MIN_VALUE, -Float.MIN_VALUE,
			Math.nextDown(Float.MIN_NORMAL), Float.MIN_NORMAL, Float.MAX_VALUE, -Float.MAX_VALUE, 0.1f, 1.0f / 3,
			16777217f, 3.4e38f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY };

	private static final String[] DECIMAL_EDGES = { "2.50", "0.00", "-0.0", "12345678901234567890.123456789",
			"1E+10", "-1.0E-40", "0E-40", "0E+10", "100", "9".repeat(60), "-" + "9".repeat(60) + "E-40" };

	private final Random random;

	public ExactValues(long seed) {
		this.random = new Random(seed);
	}

	/** {@code tries} records: the edges first, then random values. */
	public static Stream<Amounts> amounts(int tries) {
		ExactValues values = new ExactValues(SEED);
		List<Amounts> amounts = new ArrayList<>(tries);
		int edges = Math.max(Math.max(LONG_EDGES.length, DOUBLE_EDGES.length),
				Math.max(FLOAT_EDGES.length, DECIMAL_EDGES.length));
		for (int i = 0; i < edges && i < tries; i++) {
			amounts.add(new Amounts(new BigDecimal(DECIMAL_EDGES[i % DECIMAL_EDGES.length]), values.integer(),
					LONG_EDGES[i % LONG_EDGES.length], DOUBLE_EDGES[i % DOUBLE_EDGES.length],
					FLOAT_EDGES[i % FLOAT_EDGES.length]));
		}
		while (amounts.size() < tries) {
			amounts.add(values.amounts());
		}
		return amounts.stream();
	}

	/** {@code tries} decimals that have a fraction: none is an int. */
	public static Stream<BigDecimal> fractions(int tries) {
		ExactValues values = new ExactValues(SEED);
		return Stream.generate(values::decimal)
			.filter((decimal) -> decimal.signum() != 0 && decimal.stripTrailingZeros().scale() > 0)
			.limit(tries);
	}

	public Amounts amounts() {
		return new Amounts(decimal(), integer(), wide(), real(), single());
	}

	/** 1 to 60 digits, scale -10 to 40, trailing zeros often: {@code 2.50} is not {@code 2.5}. */
	public BigDecimal decimal() {
		if (this.random.nextInt(8) == 0) {
			return new BigDecimal(DECIMAL_EDGES[this.random.nextInt(DECIMAL_EDGES.length)]);
		}
		BigInteger unscaled = new BigInteger(digits(1 + this.random.nextInt(60)));
		if (this.random.nextInt(4) == 0) {
			int zeros = 1 + this.random.nextInt(10);
			String withZeros = unscaled.toString() + "0".repeat(zeros);
			unscaled = new BigInteger(withZeros.substring(Math.max(0, withZeros.length() - 60)));
		}
		return new BigDecimal(signed(unscaled), this.random.nextInt(51) - 10);
	}

	/** 1 to 400 digits. */
	public BigInteger integer() {
		int length = (this.random.nextInt(4) == 0) ? 400 : 1 + this.random.nextInt(400);
		return signed(new BigInteger(digits(length)));
	}

	public long wide() {
		return (this.random.nextInt(3) == 0) ? LONG_EDGES[this.random.nextInt(LONG_EDGES.length)]
				: this.random.nextLong();
	}

	/**
	 * Any double: random bits cover every exponent, subnormals included; NaN and the
	 * infinities travel as Jackson's strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}.
	 */
	public double real() {
		return (this.random.nextInt(3) == 0) ? DOUBLE_EDGES[this.random.nextInt(DOUBLE_EDGES.length)]
				: Double.longBitsToDouble(this.random.nextLong());
	}

	/** Any float. */
	public float single() {
		return (this.random.nextInt(3) == 0) ? FLOAT_EDGES[this.random.nextInt(FLOAT_EDGES.length)]
				: Float.intBitsToFloat(this.random.nextInt());
	}

	private String digits(int length) {
		StringBuilder digits = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			digits.append((char) ('0' + this.random.nextInt(10)));
		}
		return digits.toString();
	}

	private BigInteger signed(BigInteger value) {
		return this.random.nextBoolean() ? value.negate() : value;
	}

}
