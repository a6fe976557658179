package io.rpcboot.demo.client;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Calls demo-server once per feature, prints each call and its outcome, and exits. */
@SpringBootApplication
public class DemoClientApplication {

	public static void main(String[] args) {
		System.exit(SpringApplication.exit(SpringApplication.run(DemoClientApplication.class, args)));
	}

}
