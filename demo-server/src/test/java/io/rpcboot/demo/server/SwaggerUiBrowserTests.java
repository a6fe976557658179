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
 * "Try it out", type the body, "Execute", read the answer; the page is saved as
 * {@code target/swagger-ui.png}. Skipped, with the reason, where no browser is installed (see
 * {@link SystemChromium}); Selenium Manager is never asked, so nothing is downloaded.
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
					"--window-size=1280,1600", "--no-first-run", "--disable-extensions",
					"--disable-background-networking", "--disable-component-update");
		// an explicit driver executable: Selenium Manager is skipped and never goes to the network
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

		// POST /rpc/Bookstore/book, under the tag "Bookstore", beside the REST endpoint GET /api/store
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-get[id*='store']")));
		WebElement operation = wait
			.until(ExpectedConditions.presenceOfElementLocated(By.id("operations-Bookstore-Bookstore_book")));
		operation.findElement(By.cssSelector(".opblock-summary-control")).click();
		wait.until((page) -> operation.findElement(By.cssSelector(".try-out__btn"))).click();
		WebElement body = wait.until((page) -> operation.findElement(By.cssSelector("textarea.body-param__text")));
		body.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		body.sendKeys("{\"isbn\": \"978-0134685991\"}");
		operation.findElement(By.cssSelector("button.execute")).click();

		WebElement status = wait.until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(operation,
				By.cssSelector(".live-responses-table tr.response .response-col_status")))
			.get(0);
		WebElement answer = operation
			.findElement(By.cssSelector(".live-responses-table tr.response .highlight-code pre"));
		screenshot(operation, Path.of("target", "swagger-ui.png"));

		assertThat(status.getText()).isEqualTo("200");
		assertThat(answer.getText()).contains("\"title\": \"Effective Java\"").contains("\"cents\": 4599");
	}

	/**
	 * The window from the operation's title down: at 1280x1600 (a 1280x1457 page) the call, its body and its
	 * answer show together.
	 */
	private void screenshot(WebElement operation, Path file) throws Exception {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView(true)", operation);
		Files.createDirectories(file.getParent());
		Files.copy(this.browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
	}

}
