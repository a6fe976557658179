package io.rpcboot.it.observation;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keeps the spans an application exports, as Boot's OpenTelemetry tracing exports them. */
@Configuration(proxyBeanMethods = false)
public class SpanCapture {

	@Bean
	InMemorySpanExporter spanExporter() {
		return InMemorySpanExporter.create();
	}

}
