package io.rpcboot.benchmarks.peers.client;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import tools.jackson.databind.json.JsonMapper;

import io.rpcboot.benchmarks.peers.Items;

/**
 * The {@code floor} row: Apache HttpClient 5 (classic, pooled) sending the bytes rpcboot's client
 * sends ({@code [{...}]}, {@code [n]}) and comparing the answer's bytes with the expected ones:
 * no object binding on either side.
 */
final class FloorCaller implements Caller {

	private final CloseableHttpClient http = HttpClients.custom()
		.setConnectionManager(
				PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(1024).setMaxConnPerRoute(1024).build())
		.build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<Integer, byte[]> lists = new ConcurrentHashMap<>();

	private final String echo;

	private final String bulk;

	FloorCaller(String url) {
		this.echo = url + "/rpc/Peer/echo";
		this.bulk = url + "/rpc/Peer/bulk";
	}

	@Override
	public boolean call(int caller, int seq, int n) throws Exception {
		if (n == 0) {
			String item = "{\"name\":\"caller-" + caller + "\",\"count\":" + seq
					+ ",\"a\":\"alpha\",\"b\":\"bravo\",\"c\":\"charlie\"}";
			byte[] answer = post(this.echo, ("[" + item + "]").getBytes(StandardCharsets.UTF_8));
			return Arrays.equals(answer, item.getBytes(StandardCharsets.UTF_8));
		}
		byte[] expected = this.lists.computeIfAbsent(n, (size) -> this.json.writeValueAsBytes(Items.list(size)));
		return Arrays.equals(post(this.bulk, ("[" + n + "]").getBytes(StandardCharsets.US_ASCII)), expected);
	}

	private byte[] post(String uri, byte[] body) throws Exception {
		HttpPost post = new HttpPost(uri);
		post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
		return this.http.execute(post, (response) -> {
			if (response.getCode() != 200) {
				throw new IllegalStateException("HTTP " + response.getCode());
			}
			return EntityUtils.toByteArray(response.getEntity());
		});
	}

	@Override
	public void close() throws Exception {
		this.http.close();
	}

}
