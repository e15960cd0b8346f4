package io.jejaring.system.browser;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the browser tests where Chromium and chromedriver are installed. Elsewhere it skips them and says so in one
 * line, unless the environment says a browser is required ({@code JEJARING_BROWSER_REQUIRED=true}, as CI does):
 * then a missing browser fails the tests instead of hiding them.
 */
public class BrowserAvailable implements ExecutionCondition {

    static final String REQUIRED = "JEJARING_BROWSER_REQUIRED";
    private static final AtomicBoolean SAID = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<String> missing = BrowserBinaries.missing();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
        }
        String what = String.join(" and ", missing) + " not found on the PATH";
        if (Boolean.parseBoolean(System.getenv(REQUIRED))) {
            throw new IllegalStateException(REQUIRED + " is true, but " + what
                    + ": install them (apt-get install chromium chromium-driver)");
        }
        String reason = "Browser tests skipped: " + what + " (apt-get install chromium chromium-driver to run them)";
        if (SAID.compareAndSet(false, true)) {
            System.out.println(reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
