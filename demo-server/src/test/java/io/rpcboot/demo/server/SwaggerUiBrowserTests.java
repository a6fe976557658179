package io.rpcboot.demo.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static io.rpcboot.demo.server.VisibleAssumptions.assumeAvailable;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real headless Chromium runs one RPC call through the demo server's Swagger UI: expand the operation,
 * "Try it out", type the body, "Execute", read the answer. Skipped, with the reason, where no browser is
 * installed (see {@link SystemChromium}); Selenium Manager is never asked, so nothing is downloaded.
 */
class SwaggerUiBrowserTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private ConfigurableApplicationContext server;

	private ChromeDriver browser;

	@BeforeEach
	void startServerAndBrowser() {
		SystemChromium chromium = SystemChromium.find().orElse(null);
		assumeAvailable(chromium != null, getClass().getSimpleName(), SystemChromium.whyMissing());
		this.server = SpringApplication.run(DemoServerApplication.class, "--server.port=0",
				"--server.address=127.0.0.1", "--spring.main.banner-mode=off");
		ChromeOptions options = new ChromeOptions().setBinary(chromium.browser().toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
					"--window-size=1280,1400", "--no-first-run", "--disable-extensions",
					"--disable-background-networking", "--disable-component-update");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(chromium.driver().toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.server != null) {
			this.server.close();
		}
	}

	@Test
	void runsOneRpcCallThroughTheSwaggerUi() throws Exception {
		int port = ((WebServerApplicationContext) this.server).getWebServer().getPort();
		this.browser.get("http://127.0.0.1:" + port + "/swagger-ui.html");
		WebDriverWait wait = new WebDriverWait(this.browser, WAIT);

		WebElement operation = wait.until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector(".opblock-get[id*='store']")));
		operation.findElement(By.cssSelector(".opblock-summary-control")).click();
		wait.until((page) -> operation.findElement(By.cssSelector(".try-out__btn"))).click();
		wait.until((page) -> operation.findElement(By.cssSelector("button.execute"))).click();

		WebElement status = wait.until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(operation,
				By.cssSelector(".live-responses-table tr.response .response-col_status")))
			.get(0);
		WebElement body = operation.findElement(By.cssSelector(".live-responses-table tr.response .highlight-code pre"));
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", status);
		Path screenshot = this.browser.getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(screenshot, Path.of("target", "swagger-ui.png"), StandardCopyOption.REPLACE_EXISTING);

		assertThat(status.getText()).isEqualTo("200");
		assertThat(body.getText()).contains("\"name\": \"rpcboot demo bookstore\"");
	}

}
