package io.rpcboot.it.hops.c;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** C, the last app of the chain: exports {@code Back}, and notes the deadline each call arrives with. */
@SpringBootApplication
public class BackApp {

}
