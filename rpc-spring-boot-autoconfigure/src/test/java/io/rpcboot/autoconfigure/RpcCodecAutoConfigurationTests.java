package io.rpcboot.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.MediaType;

import io.rpcboot.autoconfigure.RpcClientAutoConfigurationTests.ScanningApp;
import io.rpcboot.codec.RpcCodecs;
import io.rpcboot.codec.SmileRpcCodec;
import io.rpcboot.protocol.RpcJson;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.smile.SmileMapper;
import tools.jackson.module.blackbird.BlackbirdModule;

import static org.assertj.core.api.Assertions.assertThat;

/** The encodings: JSON always, Smile where its library is present, and the client's choice checked at start-up. */
class RpcCodecAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, HttpClientAutoConfiguration.class,
				RestClientAutoConfiguration.class, RpcJsonAutoConfiguration.class, RpcSmileAutoConfiguration.class,
				RpcCodecAutoConfiguration.class, RpcClientAutoConfiguration.class))
		.withPropertyValues("rpc.client.services.Calculator.url=http://calc.example",
				"weather.url=http://weather.example");

	@Test
	void smileIsSpokenBesideJsonWhereItsLibraryIsPresent() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(SmileRpcCodec.class);
			RpcCodecs codecs = context.getBean(RpcCodecs.class);
			assertThat(codecs.names()).containsExactly("smile", "json");
			assertThat(codecs.reading(MediaType.parseMediaType("application/x-jackson-smile"))).isNotNull();
			assertThat(codecs.reading(MediaType.parseMediaType("application/problem+json")))
				.isSameAs(codecs.json());
		});
	}

	@Test
	void withoutTheSmileLibraryOnlyJsonIsSpoken() {
		this.runner.withClassLoader(new FilteredClassLoader(SmileMapper.class)).run((context) -> {
			assertThat(context).doesNotHaveBean(SmileRpcCodec.class);
			assertThat(context.getBean(RpcCodecs.class).names()).containsExactly("json");
		});
	}

	@Test
	void clientSetToSmileWithoutTheLibraryFailsStartupNamingTheDependency() {
		this.runner.withClassLoader(new FilteredClassLoader(SmileMapper.class))
			.withUserConfiguration(ScanningApp.class)
			.withPropertyValues("rpc.client.services.Calculator.encoding=smile")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
					.hasMessageContaining("RPC client 'Calculator'")
					.hasMessageContaining("encoding 'smile' is none of [json]")
					.hasMessageContaining("tools.jackson.dataformat:jackson-dataformat-smile");
			});
	}

	@Test
	void unknownEncodingFailsStartup() {
		this.runner.withUserConfiguration(ScanningApp.class)
			.withPropertyValues("rpc.client.encoding=protobuf")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void userCodecReplacesTheDefaultSmileCodec() {
		this.runner.withUserConfiguration(OwnSmile.class).run((context) -> {
			assertThat(context).hasSingleBean(SmileRpcCodec.class);
			assertThat(context.getBean(SmileRpcCodec.class)).isSameAs(context.getBean("ownSmile"));
		});
	}

	@Test
	void rpcMapperTakesBlackbirdFromTheApplicationsMapper() {
		this.runner.run((context) -> {
			assertThat(context.getBean(RpcJson.class).mapper().registeredModules())
				.anyMatch(BlackbirdModule.class::isInstance);
		});
	}

	@Test
	void smileMapperSharesTheRpcMappersSettings() {
		RpcJson json = new RpcJson(JsonMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.build());
		SmileMapper smile = json.derive(SmileMapper.builder());
		assertThat(smile.serializationConfig().getPropertyNamingStrategy())
			.isSameAs(PropertyNamingStrategies.SNAKE_CASE);
		assertThat(smile.isEnabled(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)).isTrue();
		assertThat(smile.isEnabled(DeserializationFeature.ACCEPT_FLOAT_AS_INT)).as("the RPC rules win").isFalse();
		assertThat(smile.deserializationConfig().getPolymorphicTypeValidator())
			.isSameAs(json.mapper().deserializationConfig().getPolymorphicTypeValidator());
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnSmile {

		@Bean
		SmileRpcCodec ownSmile(RpcJson json) {
			return new SmileRpcCodec(json);
		}

	}

}
