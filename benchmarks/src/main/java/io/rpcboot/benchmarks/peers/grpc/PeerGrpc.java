package io.rpcboot.benchmarks.peers.grpc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import io.grpc.KnownLength;
import io.grpc.MethodDescriptor;
import io.grpc.MethodDescriptor.Marshaller;
import io.grpc.MethodDescriptor.MethodType;

import io.rpcboot.benchmarks.peers.Peer.Item;

/**
 * The service {@code peers.Peer} as generated code would describe it, written by hand: the
 * messages are those of
 * <pre>
 * message Item { string name = 1; int32 count = 2; string a = 3; string b = 4; string c = 5; }
 * message BulkRequest { int32 n = 1; }
 * message Items { repeated Item items = 1; }
 * </pre>
 * encoded with protobuf's {@link CodedOutputStream} and read with {@link CodedInputStream}.
 */
public final class PeerGrpc {

	public static final MethodDescriptor<Item, Item> ECHO = MethodDescriptor.<Item, Item>newBuilder()
		.setType(MethodType.UNARY)
		.setFullMethodName(MethodDescriptor.generateFullMethodName("peers.Peer", "Echo"))
		.setRequestMarshaller(new ItemMarshaller())
		.setResponseMarshaller(new ItemMarshaller())
		.build();

	public static final MethodDescriptor<Integer, List<Item>> BULK = MethodDescriptor
		.<Integer, List<Item>>newBuilder()
		.setType(MethodType.UNARY)
		.setFullMethodName(MethodDescriptor.generateFullMethodName("peers.Peer", "Bulk"))
		.setRequestMarshaller(new BulkRequestMarshaller())
		.setResponseMarshaller(new ItemsMarshaller())
		.build();

	private PeerGrpc() {
	}

	static int size(Item item) {
		return CodedOutputStream.computeStringSize(1, item.name()) + CodedOutputStream.computeInt32Size(2, item.count())
				+ CodedOutputStream.computeStringSize(3, item.a()) + CodedOutputStream.computeStringSize(4, item.b())
				+ CodedOutputStream.computeStringSize(5, item.c());
	}

	static void write(CodedOutputStream out, Item item) throws IOException {
		out.writeString(1, item.name());
		out.writeInt32(2, item.count());
		out.writeString(3, item.a());
		out.writeString(4, item.b());
		out.writeString(5, item.c());
	}

	static Item read(CodedInputStream in) throws IOException {
		String name = "";
		int count = 0;
		String a = "";
		String b = "";
		String c = "";
		while (true) {
			int tag = in.readTag();
			switch (tag) {
				case 0 -> {
					return new Item(name, count, a, b, c);
				}
				case 10 -> name = in.readString();
				case 16 -> count = in.readInt32();
				case 26 -> a = in.readString();
				case 34 -> b = in.readString();
				case 42 -> c = in.readString();
				default -> in.skipField(tag);
			}
		}
	}

	private static InputStream stream(byte[] bytes) {
		return new KnownLengthStream(bytes);
	}

	/** Lets grpc frame the message without copying it to find its length. */
	private static final class KnownLengthStream extends ByteArrayInputStream implements KnownLength {

		KnownLengthStream(byte[] bytes) {
			super(bytes);
		}

	}

	private static final class ItemMarshaller implements Marshaller<Item> {

		@Override
		public InputStream stream(Item item) {
			try {
				byte[] bytes = new byte[size(item)];
				CodedOutputStream out = CodedOutputStream.newInstance(bytes);
				write(out, item);
				out.checkNoSpaceLeft();
				return PeerGrpc.stream(bytes);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public Item parse(InputStream stream) {
			try {
				return read(CodedInputStream.newInstance(stream));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	private static final class BulkRequestMarshaller implements Marshaller<Integer> {

		@Override
		public InputStream stream(Integer n) {
			try {
				byte[] bytes = new byte[CodedOutputStream.computeInt32Size(1, n)];
				CodedOutputStream out = CodedOutputStream.newInstance(bytes);
				out.writeInt32(1, n);
				return PeerGrpc.stream(bytes);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public Integer parse(InputStream stream) {
			try {
				CodedInputStream in = CodedInputStream.newInstance(stream);
				int n = 0;
				for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
					if (tag == 8) {
						n = in.readInt32();
					}
					else {
						in.skipField(tag);
					}
				}
				return n;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	private static final class ItemsMarshaller implements Marshaller<List<Item>> {

		@Override
		public InputStream stream(List<Item> items) {
			try {
				int total = 0;
				int[] sizes = new int[items.size()];
				for (int i = 0; i < sizes.length; i++) {
					sizes[i] = size(items.get(i));
					total += CodedOutputStream.computeTagSize(1) + CodedOutputStream.computeUInt32SizeNoTag(sizes[i])
							+ sizes[i];
				}
				byte[] bytes = new byte[total];
				CodedOutputStream out = CodedOutputStream.newInstance(bytes);
				for (int i = 0; i < sizes.length; i++) {
					out.writeTag(1, 2);
					out.writeUInt32NoTag(sizes[i]);
					write(out, items.get(i));
				}
				out.checkNoSpaceLeft();
				return PeerGrpc.stream(bytes);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public List<Item> parse(InputStream stream) {
			try {
				CodedInputStream in = CodedInputStream.newInstance(stream);
				in.setSizeLimit(Integer.MAX_VALUE);
				List<Item> items = new ArrayList<>();
				for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
					if (tag == 10) {
						int limit = in.pushLimit(in.readRawVarint32());
						items.add(read(in));
						in.popLimit(limit);
					}
					else {
						in.skipField(tag);
					}
				}
				return items;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
