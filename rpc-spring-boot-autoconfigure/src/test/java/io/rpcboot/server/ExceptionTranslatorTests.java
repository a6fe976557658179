package io.rpcboot.server;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.rpcboot.RpcCode;
import io.rpcboot.RpcExported;
import io.rpcboot.RpcTimeoutException;
import io.rpcboot.context.IncomingDeadlineExceededException;
import io.rpcboot.protocol.RpcInterfaces;
import io.rpcboot.protocol.RpcJson;
import io.rpcboot.protocol.RpcOperation;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The mapping from what a service method threw to the error it answers. */
class ExceptionTranslatorTests {

	private final ExceptionTranslator translator = new ExceptionTranslator(Map.of());

	private final RpcOperation transfer = new RpcInterfaces(new RpcJson(JsonMapper.builder().build()))
		.operations(Bank.class, "Bank", true)
		.get(0);

	@Test
	void timeoutOfACallCappedByThisCallIsDeadlineExceededNotInternal() {
		RpcFailure failure = this.translator.translate(new IncomingDeadlineExceededException("Ledger", "post",
				this.transfer.qualifiedName(), "no answer within 12ms, capped by the incoming call", null),
				this.transfer);
		assertThat(failure.status()).isEqualTo(504);
		assertThat(failure.code()).isEqualTo(RpcCode.DEADLINE_EXCEEDED);
		RpcFailure otherCall = this.translator.translate(new IncomingDeadlineExceededException("Ledger", "post",
				"Other.call", "no answer within 12ms", null), this.transfer);
		assertThat(otherCall.code()).as("capped by another call").isEqualTo(RpcCode.INTERNAL);
		RpcFailure ownTimeout = this.translator
			.translate(new RpcTimeoutException("Ledger", "post", "no answer within 2s", null), this.transfer);
		assertThat(ownTimeout.code()).as("the downstream call's own timeout").isEqualTo(RpcCode.INTERNAL);
	}

	@Test
	void declaredExceptionIsFailedPreconditionWithItsName() {
		RpcFailure failure = this.translator.translate(new InsufficientFunds("short by 5"), this.transfer);
		assertThat(failure.status()).isEqualTo(422);
		assertThat(failure.code()).isEqualTo(RpcCode.FAILED_PRECONDITION);
		assertThat(failure.exceptionType()).isEqualTo(InsufficientFunds.class.getName());
		assertThat(failure.getMessage()).isEqualTo("short by 5");
	}

	@Test
	void responseStatusOverridesTheStatusAndCode() {
		RpcFailure failure = this.translator.translate(new AccountLocked("locked"), this.transfer);
		assertThat(failure.status()).isEqualTo(409);
		assertThat(failure.code()).isEqualTo(RpcCode.FAILED_PRECONDITION);
		assertThat(failure.exceptionType()).isEqualTo(AccountLocked.class.getName());
		RpcFailure undeclared = this.translator.translate(new Forbidden(), this.transfer);
		assertThat(undeclared.status()).isEqualTo(403);
		assertThat(undeclared.code()).isEqualTo(RpcCode.PERMISSION_DENIED);
		assertThat(undeclared.exceptionType()).isNull();
	}

	@Test
	void exportedExceptionTravelsByNameUndeclared() {
		RpcFailure failure = this.translator.translate(new AccountClosed("closed in 2024"), this.transfer);
		assertThat(failure.status()).isEqualTo(422);
		assertThat(failure.code()).isEqualTo(RpcCode.FAILED_PRECONDITION);
		assertThat(failure.exceptionType()).isEqualTo(AccountClosed.class.getName());
		assertThat(failure.getMessage()).isEqualTo("closed in 2024");
		RpcFailure subclass = this.translator.translate(new AccountFrozen(), this.transfer);
		assertThat(subclass.exceptionType()).as("subclasses are exported too").isEqualTo(AccountFrozen.class.getName());
	}

	@Test
	void configuredCodeOverridesDeclarationAndResponseStatusAndExports() {
		ExceptionTranslator configured = new ExceptionTranslator(Map.of(AccountLocked.class, RpcCode.UNAVAILABLE,
				InsufficientFunds.class, RpcCode.INVALID_ARGUMENT, IllegalStateException.class, RpcCode.UNIMPLEMENTED));
		RpcFailure locked = configured.translate(new AccountLocked("locked"), this.transfer);
		assertThat(locked.status()).isEqualTo(503);
		assertThat(locked.code()).isEqualTo(RpcCode.UNAVAILABLE);
		assertThat(locked.exceptionType()).isEqualTo(AccountLocked.class.getName());
		assertThat(configured.translate(new InsufficientFunds("short"), this.transfer).status()).isEqualTo(400);
		RpcFailure undeclared = configured.translate(new IllegalStateException("no such account"), this.transfer);
		assertThat(undeclared.status()).isEqualTo(404);
		assertThat(undeclared.exceptionType()).isEqualTo(IllegalStateException.class.getName());
		assertThat(undeclared.getMessage()).isEqualTo("no such account");
	}

	@Test
	void badArgumentsAreInvalidArgument() {
		assertThat(this.translator.translate(new IllegalArgumentException("negative"), this.transfer).code())
			.isEqualTo(RpcCode.INVALID_ARGUMENT);
		assertThat(this.translator.translate(new ConstraintViolationException("amount: must be positive", null),
				this.transfer).getMessage()).isEqualTo("Bank.transfer: amount: must be positive");
	}

	@Test
	void securityRejectionsAreUnauthenticatedOrPermissionDenied() {
		RpcFailure unauthenticated = this.translator.translate(new BadCredentialsException("who are you"), this.transfer);
		assertThat(unauthenticated.status()).isEqualTo(401);
		assertThat(unauthenticated.code()).isEqualTo(RpcCode.UNAUTHENTICATED);
		RpcFailure denied = this.translator.translate(new AccessDeniedException("not yours"), this.transfer);
		assertThat(denied.status()).isEqualTo(403);
		assertThat(denied.code()).isEqualTo(RpcCode.PERMISSION_DENIED);
		assertThat(denied.getMessage()).isEqualTo("Bank.transfer: not yours");
	}

	@Test
	void anythingElseIsInternalWithoutItsMessage() {
		RpcFailure failure = this.translator.translate(new IllegalStateException("password=hunter2"), this.transfer);
		assertThat(failure.status()).isEqualTo(500);
		assertThat(failure.code()).isEqualTo(RpcCode.INTERNAL);
		assertThat(failure.exceptionType()).isNull();
		assertThat(failure.getMessage()).startsWith("Bank.transfer: internal error; the server logged it with error id ")
			.doesNotContain("hunter2");
		assertThat(failure.getStackTrace()).isEmpty();
	}

	@Test
	void responseStatusUnder400NeverMakesAFailurePassForASuccess() {
		RpcFailure undeclared = this.translator.translate(new Cheerful("all good, really"), this.transfer);
		assertThat(undeclared.status()).isEqualTo(500);
		assertThat(undeclared.code()).isEqualTo(RpcCode.INTERNAL);
		RpcFailure exported = this.translator.translate(new Redirected("elsewhere"), this.transfer);
		assertThat(exported.status()).isEqualTo(422);
		assertThat(exported.code()).isEqualTo(RpcCode.FAILED_PRECONDITION);
		assertThat(exported.exceptionType()).isEqualTo(Redirected.class.getName());
	}

	@Test
	void broadDeclarationsDoNotExportEverything() {
		RpcOperation broad = new RpcInterfaces(new RpcJson(JsonMapper.builder().build()))
			.operations(Broad.class, "Broad", true)
			.get(0);
		assertThat(this.translator.translate(new IllegalStateException("x"), broad).code()).isEqualTo(RpcCode.INTERNAL);
	}

	static class InsufficientFunds extends Exception {

		InsufficientFunds(String message) {
			super(message);
		}

	}

	@ResponseStatus(HttpStatus.CONFLICT)
	static class AccountLocked extends RuntimeException {

		AccountLocked(String message) {
			super(message);
		}

	}

	@ResponseStatus(HttpStatus.FORBIDDEN)
	static class Forbidden extends RuntimeException {

	}

	@ResponseStatus(HttpStatus.OK)
	static class Cheerful extends RuntimeException {

		Cheerful(String message) {
			super(message);
		}

	}

	@RpcExported
	@ResponseStatus(HttpStatus.FOUND)
	static class Redirected extends RuntimeException {

		Redirected(String message) {
			super(message);
		}

	}

	@RpcExported
	static class AccountClosed extends RuntimeException {

		AccountClosed(String message) {
			super(message);
		}

	}

	static class AccountFrozen extends AccountClosed {

		AccountFrozen() {
			super("frozen");
		}

	}

	interface Bank {

		List<String> transfer(String from, String to, long amount) throws InsufficientFunds, AccountLocked;

	}

	interface Broad {

		void run() throws Exception;

	}

}
