package io.homeshore.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the best-known objective of an instance from the benchmark's {@code best-known.csv}. */
final class BestKnown {

    private BestKnown() {
    }

    /** The second column of the line whose first column is {@code instance}, or {@code null}. */
    static Long lookup(Path csv, String instance) throws IOException {
        for (String line : Files.readAllLines(csv)) {
            String[] f = line.split(",", 3);
            if (f.length >= 2 && f[0].strip().equals(instance)) {
                try {
                    return Long.parseLong(f[1].strip());
                } catch (NumberFormatException e) {
                    throw new CliException(csv.getFileName() + ": best-known objective of " + instance
                            + " is not an integer: '" + f[1] + "'");
                }
            }
        }
        return null;
    }
}
