package io.rpcboot.it.security;

/** The service of the security tests: what it answers depends on who calls. */
public interface Vault {

	/** The name of the authenticated caller. */
	String whoAmI();

	/** Only for admins: {@code @PreAuthorize} on the service method. */
	String secret();

	/** Only for admins: a rule of the security filter chain on the path. */
	String audit();

	/** How many calls ran, of any method: proves a rejected call never ran. */
	int calls();

}
