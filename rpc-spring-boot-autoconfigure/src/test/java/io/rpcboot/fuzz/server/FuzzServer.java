package io.rpcboot.fuzz.server;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** The server the fuzzer attacks: exports {@link TargetService} and records every exchange it sees. */
@SpringBootApplication
public class FuzzServer {

	@Bean
	FilterRegistrationBean<ExchangeRecorder> exchangeRecorder() {
		FilterRegistrationBean<ExchangeRecorder> registration = new FilterRegistrationBean<>(new ExchangeRecorder());
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
