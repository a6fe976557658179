package io.rpcboot.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observations of RPC calls and their keys, after the OpenTelemetry semantic conventions
 * for RPC. Every key is low-cardinality: its values come from the application's own service
 * and method names, codes and exception classes, never from argument values or error ids.
 */
public enum RpcObservationDocumentation implements ObservationDocumentation {

	/** One call made by a client proxy, its resends included. */
	RPC_CLIENT {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultRpcClientObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return LowCardinalityKeyNames.values();
		}

	},

	/** One call the server stub resolved to an exported method, until it is answered. */
	RPC_SERVER {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultRpcServerObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return LowCardinalityKeyNames.values();
		}

	};

	/** The keys of both observations. */
	public enum LowCardinalityKeyNames implements KeyName {

		/** Always {@code rpcboot}. */
		RPC_SYSTEM {

			@Override
			public String asString() {
				return "rpc.system";
			}

		},

		/** The service name on the wire. */
		RPC_SERVICE {

			@Override
			public String asString() {
				return "rpc.service";
			}

		},

		/** The method name on the wire. */
		RPC_METHOD {

			@Override
			public String asString() {
				return "rpc.method";
			}

		},

		/** {@code OK}, or the name of the {@link io.rpcboot.RpcCode} the call failed with, such as {@code INVALID_ARGUMENT}. */
		RPC_RESPONSE_STATUS_CODE {

			@Override
			public String asString() {
				return "rpc.response.status_code";
			}

		},

		/**
		 * {@code none} on success; else the simple class name of the exception (the one the
		 * caller sees, or the one the service method threw), or the code's name where the server
		 * stub refused the call itself.
		 */
		ERROR_TYPE {

			@Override
			public String asString() {
				return "error.type";
			}

		},

		/** Client: the host of the client's URL. Server: the local address that took the call. */
		SERVER_ADDRESS {

			@Override
			public String asString() {
				return "server.address";
			}

		},

		/** Client: the port of the client's URL (the scheme's default where it names none). Server: the local port. */
		SERVER_PORT {

			@Override
			public String asString() {
				return "server.port";
			}

		}

	}

}
