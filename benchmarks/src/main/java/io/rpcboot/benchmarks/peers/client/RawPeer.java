package io.rpcboot.benchmarks.peers.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import io.rpcboot.benchmarks.peers.Peer;

/** The {@code raw} row: the JDK's {@link HttpClient} (HTTP/1.1) and Jackson 3 to the {@code @RestController}. */
final class RawPeer implements Peer, AutoCloseable {

	private static final TypeReference<List<Item>> ITEMS = new TypeReference<>() {
	};

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final URI echo;

	private final URI bulk;

	RawPeer(String url) {
		this.echo = URI.create(url + "/rest/echo");
		this.bulk = URI.create(url + "/rest/bulk");
	}

	@Override
	public Item echo(Item item) {
		return this.json.readValue(post(this.echo, this.json.writeValueAsBytes(item)), Item.class);
	}

	@Override
	public List<Item> bulk(int n) {
		return this.json.readValue(post(this.bulk, this.json.writeValueAsBytes(n)), ITEMS);
	}

	private byte[] post(URI uri, byte[] body) {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofByteArray(body))
			.build();
		try {
			HttpResponse<byte[]> response = this.http.send(request, BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("HTTP " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		// HttpClient is AutoCloseable from Java 21 only; this JVM exits after the row
	}

}
