package no.samla.system.database;

import java.net.ConnectException;
import java.sql.SQLException;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns the two common database failures at start into one clear line: the database cannot be
 * reached, or its schema was migrated by a newer Samla than this one.
 */
class DatabaseStartupFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FlywayValidateException validate
                    && validate.getMessage().contains("not resolved locally")) {
                return new FailureAnalysis(
                        "Samla cannot start: the database schema is newer than this version of Samla.",
                        "Run the Samla version that last migrated this database, or a newer one.",
                        cause);
            }
            if (cause instanceof ConnectException || isConnectionRefused(cause)) {
                return new FailureAnalysis(
                        "Samla cannot start: the database cannot be reached (" + cause.getMessage() + ").",
                        "Check SPRING_DATASOURCE_URL, _USERNAME and _PASSWORD, and that PostgreSQL is running.",
                        cause);
            }
        }
        return null;
    }

    private static boolean isConnectionRefused(Throwable cause) {
        // PostgreSQL's SQL states of class 08 are connection failures; 28 is a rejected login.
        return cause instanceof SQLException sql
                && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28"));
    }
}
