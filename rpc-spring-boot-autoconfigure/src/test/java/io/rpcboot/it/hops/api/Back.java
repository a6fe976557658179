package io.rpcboot.it.hops.api;

/** The service at the end of the chain. */
public interface Back {

	/** Works until its thread is interrupted. */
	String work(String job);

}
