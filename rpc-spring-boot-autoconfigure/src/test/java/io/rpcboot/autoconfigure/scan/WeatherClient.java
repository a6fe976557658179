package io.rpcboot.autoconfigure.scan;

import io.rpcboot.RpcClient;

@RpcClient(name = "weather", service = "Forecast", url = "${weather.url}")
public interface WeatherClient {

	String today();

}
